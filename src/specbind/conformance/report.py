"""What a contract run found, per operation and per check: plain data for the CLI and writers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Level(StrEnum):
    FAILURE = "failure"
    WARNING = "warning"


@dataclass
class CheckTally:
    """How often one check ran on one operation, and how it went."""

    passed: int = 0
    failed: int = 0
    warned: int = 0

    @property
    def outcome(self) -> str:
        if self.failed:
            return "FAIL"
        return "warn" if self.warned else "ok"


@dataclass(frozen=True)
class Evidence:
    """One example of a finding, as sent and as answered, already redacted.

    Enough to read what happened without the HAR log, and to send it again: `curl` is one
    shell line naming the key's environment variable, never the key.
    """

    kind: str  # what the request was: generated from the schema, or made invalid on purpose
    request_line: str  # "METHOD URL"
    request_headers: list[tuple[str, str]]
    request_body: str  # excerpt
    status_line: str  # "HTTP/1.1 500 Internal Server Error", or why there was no answer
    response_headers: list[tuple[str, str]]
    response_body: str  # excerpt
    curl: str

    def lines(self) -> list[str]:
        """The evidence as indented text, for the summary and the JUnit report."""
        lines = [f"request, {self.kind}:", f"  {self.request_line}"]
        lines += [f"  {name}: {value}" for name, value in self.request_headers]
        if self.request_body:
            lines.append(f"  body: {self.request_body}")
        lines += ["response:", f"  {self.status_line}"]
        lines += [f"  {name}: {value}" for name, value in self.response_headers]
        if self.response_body:
            lines.append(f"  body: {self.response_body}")
        lines.append(f"reproduce: {self.curl}")
        return lines


@dataclass(frozen=True)
class Finding:
    """One failed check (or a warning under our status rule), already redacted."""

    level: Level
    operation: str
    check: str
    title: str
    message: str
    status: int | None = None
    request: str = ""  # "METHOD URL", redacted
    body: str = ""  # the request body's start, redacted
    count: int = 1
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Exchange:
    """One request and its response, redacted, for the HAR log."""

    started: float
    method: str
    url: str
    request_headers: list[tuple[str, str]]
    request_body: bytes | None
    status: int | None
    response_headers: list[tuple[str, str]]
    response_body: bytes
    elapsed: float


@dataclass
class OperationResult:
    label: str
    checks: dict[str, CheckTally] = field(default_factory=dict)
    requests: int = 0
    skipped: str | None = None  # why the operation was not tested

    def tally(self, check: str) -> CheckTally:
        return self.checks.setdefault(check, CheckTally())

    @property
    def failed(self) -> bool:
        return any(t.failed for t in self.checks.values())


@dataclass
class ContractReport:
    base_url: str
    spec: str
    operations: dict[str, OperationResult] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Stateful transitions that ran, per link ("POST /x/ -> [201] ... -> GET /x/{id}/").
    links: dict[str, int] = field(default_factory=dict)
    duration: float = 0.0
    seed: int | None = None
    artifacts: list[str] = field(default_factory=list)

    def operation(self, label: str) -> OperationResult:
        return self.operations.setdefault(label, OperationResult(label))

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if f.level is Level.FAILURE]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level is Level.WARNING]

    @property
    def passed(self) -> bool:
        return not self.failures and not self.errors

    @property
    def tested(self) -> list[OperationResult]:
        """Operations that got at least one request."""
        return [op for op in self.operations.values() if op.skipped is None and op.requests]

    @property
    def checks(self) -> list[str]:
        return sorted({name for op in self.operations.values() for name in op.checks})
