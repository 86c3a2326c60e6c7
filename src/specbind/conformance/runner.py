"""`specbind contract`: Schemathesis's engine against a deployed server, read into a report.

We drive the engine in-process and consume its events, rather than its CLI, so the
summary, the exit status and every artifact are ours and pass through the redactor.
"""

from __future__ import annotations

import re
import shlex
import time
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from specbind.conformance import policy
from specbind.conformance.links import add_crud_links
from specbind.conformance.probe import check_key_accepted, check_reachable
from specbind.conformance.redaction import Redactor
from specbind.conformance.report import ContractReport, Evidence, Exchange, Finding, Level
from specbind.errors import SpecbindError
from specbind.openapi.validate import iter_operations
from specbind.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from schemathesis.engine.recorder import Interaction, ScenarioRecorder
    from schemathesis.schemas import BaseSchema

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
RATE_LIMIT = re.compile(r"^[1-9][0-9]*/[smhd]$")
# Response headers worth showing beside a finding; the HAR log has them all.
SHOWN_RESPONSE_HEADERS = (
    "content-type",
    "content-length",
    "location",
    "allow",
    "www-authenticate",
    "retry-after",
)
# Request headers every request carries; left out of the evidence and the curl line.
ROUTINE_REQUEST_HEADERS = frozenset(
    {"user-agent", "accept-encoding", "accept", "connection", "content-length",
     "x-schemathesis-testcaseid"}
)  # fmt: skip


@dataclass(frozen=True)
class ContractOptions:
    """How to run: where, with which key, how hard, and how strictly."""

    base_url: str
    api_key: str | None
    key_source: str  # the environment variable, named in messages
    auth_prefix: str = "Api-Token "
    allow_writes: bool = False
    strict: bool = False
    max_examples: int = 25
    time_budget: int | None = None
    rate_limit: str | None = None
    workers: int = 1
    seed: int | None = 0
    request_timeout: float = 10.0
    stateful: bool = True
    all_encodings: bool = False

    def problems(self) -> list[str]:
        """What is wrong with the options themselves, one line each (a usage error)."""
        found = []
        if self.rate_limit is not None and not RATE_LIMIT.match(self.rate_limit):
            found.append(
                f"--rate-limit {self.rate_limit}: expected a count per unit, "
                "e.g. 10/s, 100/m, 1000/h or 10000/d"
            )
        if self.max_examples < 1:
            found.append(f"--max-examples {self.max_examples}: must be 1 or more")
        if self.workers < 1:
            found.append(f"--workers {self.workers}: must be 1 or more")
        if self.time_budget is not None and self.time_budget < 1:
            found.append(f"--time-budget {self.time_budget}: must be 1 second or more")
        if not self.request_timeout > 0:
            found.append(f"--timeout {self.request_timeout}: must be more than 0 seconds")
        if not re.match(r"^https?://[^/\s]+", self.base_url):
            found.append(f"--url {self.base_url}: expected an http:// or https:// URL")
        return found


def auth_header_name(data: dict[str, Any]) -> str:
    """The header of the document's first apiKey-in-header scheme, else Authorization."""
    schemes = data.get("components", {}).get("securitySchemes", {}) or {}
    for scheme in schemes.values():
        if not isinstance(scheme, dict):
            continue
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return str(scheme.get("name") or "Authorization")
    return "Authorization"


def json_bodies_only(data: dict[str, Any]) -> dict[str, Any]:
    """A copy whose request bodies offer only JSON where JSON is one of the offers.

    drf-spectacular lists form and multipart encodings beside JSON for every body; the
    bindings send JSON, and in a form a one-element array and a scalar look the same, so
    Schemathesis would report a correct server for accepting "invalid" form data.
    """
    copy = deepcopy(data)
    for _, _, operation, _ in iter_operations(copy):
        body = operation.get("requestBody")
        if not isinstance(body, dict):
            continue
        content = body.get("content")
        if isinstance(content, dict) and "application/json" in content and len(content) > 1:
            body["content"] = {"application/json": content["application/json"]}
    return copy


def engine_config(options: ContractOptions, headers: dict[str, str]) -> dict[str, Any]:
    """The Schemathesis configuration (its TOML keys) for one run."""
    header, authorization = next(iter(headers.items()), ("Authorization", None))
    config: dict[str, Any] = {
        "base-url": options.base_url,
        "headers": headers,
        "workers": options.workers,
        "request-timeout": options.request_timeout,
        "generation": {"max-examples": options.max_examples},
        "checks": {
            "enabled": True,
            # Replaced by our rule for undocumented statuses (see policy.py).
            "status_code_conformance": {"enabled": False},
            policy.CHECK_NAME: {
                "strict": options.strict,
                "authorization": authorization,
                "header": header,
            },
        },
        "phases": {"stateful": {"enabled": options.stateful}},
    }
    if not options.allow_writes:
        # The unsupported-method probes would send POST/PUT/PATCH/DELETE to read paths;
        # OPTIONS stays, so the `Allow` headers are still checked.
        config["phases"]["coverage"] = {"unexpected-methods": ["trace", "options"]}
    if options.seed is not None:
        config["seed"] = options.seed
        # The same seed then gives the same requests, run after run.
        config["generation"]["deterministic"] = True
    if options.time_budget is not None:
        config["max-time"] = options.time_budget
    if options.rate_limit is not None:
        config["rate-limit"] = options.rate_limit
    return config


def load_schema(data: dict[str, Any], config: dict[str, Any], spec: str) -> BaseSchema:
    import schemathesis
    from schemathesis.config import SchemathesisConfig
    from schemathesis.core.errors import InvalidSchema, LoaderError

    try:
        loaded = schemathesis.openapi.from_dict(data, config=SchemathesisConfig.from_dict(config))
    except (InvalidSchema, LoaderError) as exc:
        raise SpecbindError(f"{spec}: Schemathesis cannot load the document: {exc}") from None
    return loaded


def has_security(data: dict[str, Any]) -> bool:
    """Whether the document declares any security scheme at all."""
    schemes = data.get("components", {}).get("securitySchemes")
    return isinstance(schemes, dict) and bool(schemes)


def servers_hint(data: dict[str, Any]) -> str:
    urls = [
        str(server.get("url"))
        for server in data.get("servers") or []
        if isinstance(server, dict) and server.get("url")
    ]
    if not urls:
        return "the document has no servers"
    return f"the document's servers say {', '.join(urls)}"


@dataclass
class RunState:
    """What one run needs while it reads events: the secrets, and what it counted."""

    options: ContractOptions
    report: ContractReport
    redactor: Redactor
    header: str
    credential: str
    warnings: dict[tuple[str, int, str], Finding]
    failures: dict[tuple[str, str, str], Finding]
    answered: int = 0  # responses of any kind
    not_found: int = 0  # of which 404
    keyed: int = 0  # responses to requests that carried our key
    refused: int = 0  # of which 401/403
    dropped: set[str] = field(default_factory=set)  # operations whose connection was dropped
    unanswered: dict[str, Evidence] = field(default_factory=dict)  # a request without answer
    skip_reasons: dict[str, str] = field(default_factory=dict)
    stateful_links: int | None = None  # links the stateful phase had, once it started


def run_contract(
    data: dict[str, Any], spec: str, options: ContractOptions, progress: Progress = NO_PROGRESS
) -> ContractReport:
    """Preflight (reachable? key accepted?), then the engine; SpecbindError if it cannot run.

    A run whose every answer says the setup is wrong (all 404: the wrong base URL; all
    401/403 to the key: a refused key) raises too: that is not the server breaking its
    contract. `progress` gets the steps, and one unit per finished test scenario.
    """
    problems = options.problems()
    if problems:
        raise SpecbindError(problems[0])
    if not options.api_key:
        raise SpecbindError(
            f"no API key: set the environment variable {options.key_source} "
            "(or name another with --api-key-env)"
        )
    header = auth_header_name(data)
    credential = f"{options.auth_prefix}{options.api_key}"
    headers = {header: credential}
    redactor = Redactor([credential, options.api_key])
    progress.stage("contract: preflight (reachable, key accepted)")
    check_reachable(options.base_url, options.request_timeout)
    check_key_accepted(data, options.base_url, headers, options.request_timeout, options.key_source)

    tested = data if options.all_encodings else json_bodies_only(data)
    links = add_crud_links(tested) if options.allow_writes and options.stateful else []
    schema = load_schema(tested, engine_config(options, headers), spec)
    report = ContractReport(base_url=options.base_url, spec=spec, seed=options.seed)
    if not has_security(data):
        report.notes.append(
            "the document declares no security scheme, so a wrong key cannot be told from "
            "no key: the key was sent but not checked"
        )
    if links:
        report.notes.append(
            f"{len(links)} link(s) added from drf-spectacular's convention "
            "(a create's id feeds the item operations)"
        )
    for path, method, _, _ in iter_operations(data):
        label = f"{method.upper()} {path}"
        report.operation(label)
        if not options.allow_writes and method.upper() not in SAFE_METHODS:
            report.operation(label).skipped = "writes (pass --allow-writes to test)"
    if not options.allow_writes:
        schema = schema.include(method=list(SAFE_METHODS))
    run = RunState(options, report, redactor, header, credential, {}, {})
    tested_count = sum(1 for op in report.operations.values() if not op.skipped)
    progress.stage(f"contract: testing {tested_count:,} operation(s), scenarios run")
    started = time.monotonic()
    _consume(schema, run, progress)
    report.duration = time.monotonic() - started
    check_setup(data, run)
    mark_untested(run)
    return report


def check_setup(data: dict[str, Any], run: RunState) -> None:
    """Raise when the answers say the run was set up wrong rather than the server broken."""
    if run.answered and run.not_found == run.answered:
        raise SpecbindError(
            f"every request was answered 404: is --url the API's base ({servers_hint(data)})?"
        )
    if has_security(data) and run.keyed and run.refused == run.keyed:
        raise SpecbindError(
            f"the key was refused: all {run.keyed} request(s) carrying the key from "
            f"{run.options.key_source} were answered 401 or 403"
        )


def mark_untested(run: RunState) -> None:
    """An operation that got no request is skipped, with the reason."""
    out_of_time = any("time budget" in note for note in run.report.notes)
    for label, result in run.report.operations.items():
        if result.skipped is not None or result.requests or result.checks:
            continue
        if label in run.dropped:
            continue
        if label in run.skip_reasons:
            result.skipped = run.skip_reasons[label]
        elif out_of_time:
            result.skipped = "not reached: the time budget ran out first"
        else:
            result.skipped = "no request was generated for it"


def _consume(schema: BaseSchema, run: RunState, progress: Progress) -> None:
    from schemathesis.engine import Status, StopReason, events, from_schema

    report, redactor = run.report, run.redactor
    for event in from_schema(schema).execute():
        if isinstance(event, events.PhaseStarted) and event.payload is not None:
            run.stateful_links = event.payload.transitions_selected
        if isinstance(event, events.ScenarioFinished):
            if event.status is Status.SKIP and event.label and event.skip_reason:
                run.skip_reasons.setdefault(event.label, f"skipped: {event.skip_reason}")
            _read_scenario(event.recorder, run)
            progress.advance()
        elif isinstance(event, events.NonFatalError):
            if _is_dropped_connection(event.value) and event.label in report.operations:
                run.dropped.add(event.label)
                continue
            detail = next((ln.strip() for ln in event.info.message.splitlines() if ln.strip()), "")
            line = redactor.text(f"{event.label}: {event.info.title}: {detail}".rstrip(": "))
            if line not in report.errors:
                report.errors.append(line)
        elif isinstance(event, events.FatalError):
            raise SpecbindError(redactor.text(f"the run stopped: {event.exception}"))
        elif isinstance(event, events.EngineFinished):
            if event.stop_reason is StopReason.MAX_TIME:
                report.notes.append("the time budget ran out before every test finished")
            elif event.stop_reason is StopReason.SERVER_UNAVAILABLE and not run.dropped:
                report.errors.append("the server stopped responding during the run")
    for label in sorted(run.dropped):
        evidence = run.unanswered.get(label) or _no_answer_evidence(label, run)
        result = report.operation(label)
        result.tally("not_a_server_error").failed += 1
        run.failures[(label, "not_a_server_error", "Server crashed")] = Finding(
            level=Level.FAILURE,
            operation=label,
            check="not_a_server_error",
            title="Server crashed",
            message="the server closed the connection without answering "
            "(the process or its worker died, or a proxy cut it off)",
            request=evidence.request_line,
            evidence=evidence,
        )
    if run.options.allow_writes and run.options.stateful:
        report.notes.append(_stateful_note(run))
    report.findings = sorted(
        [*run.failures.values(), *run.warnings.values()],
        key=lambda f: (f.level != Level.FAILURE, f.operation, f.check, f.status or 0),
    )


def _stateful_note(run: RunState) -> str:
    """How far the stateful phase got: it runs last, so a time budget can starve it."""
    ran = sum(run.report.links.values())
    if run.stateful_links is None:
        return "the stateful phase did not start (the time budget ran out first, or no links)"
    if not ran:
        return (
            f"the stateful phase had {run.stateful_links} link(s) but ran no transition "
            "(no request a link starts from succeeded, or the time budget ran out)"
        )
    return (
        f"the stateful phase ran {ran} transition(s) over {len(run.report.links)} of "
        f"{run.stateful_links} link(s)"
    )


def _is_dropped_connection(error: BaseException) -> bool:
    """A connection closed without an answer (not a timeout, not a refused connect)."""
    import requests

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, requests.Timeout):
            return False
        if isinstance(current, requests.ConnectionError):
            text = str(current)
            return "Connection refused" not in text and "Failed to establish" not in text
        if isinstance(current, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
            return True
        if type(current).__name__ in {"RemoteDisconnected", "ProtocolError"}:
            return True
        current = current.__cause__ or current.__context__
    return False


def _no_answer_evidence(label: str, run: RunState) -> Evidence:
    """Evidence for a dropped connection; the request itself comes from the recorder."""
    method, _, path = label.partition(" ")
    url = run.options.base_url.rstrip("/") + path
    return Evidence(
        kind=policy.VALID_REQUEST,
        request_line=f"{method} {url}",
        request_headers=[],
        request_body="",
        status_line="(no answer: the connection was closed; the request is in requests.har)",
        response_headers=[],
        response_body="",
        curl=f"curl -X {method} {shlex.quote(url)}",
    )


def _headers(raw: Any) -> Iterator[tuple[str, str]]:
    for name, values in dict(raw or {}).items():
        if isinstance(values, list | tuple):
            for value in values:
                yield str(name), str(value)
        else:
            yield str(name), str(values)


def _exchange(interaction: Interaction, redactor: Redactor) -> Exchange:
    request, response = interaction.request, interaction.response
    return Exchange(
        started=interaction.timestamp,
        method=request.method,
        url=redactor.url(request.uri),
        request_headers=redactor.header_pairs(_headers(request.headers)),
        request_body=request.body,
        status=response.status_code if response is not None else None,
        response_headers=redactor.header_pairs(_headers(response.headers))
        if response is not None
        else [],
        response_body=response.content if response is not None else b"",
        elapsed=response.elapsed if response is not None else 0.0,
    )


def _excerpt(body: bytes | None, redactor: Redactor, limit: int = 300) -> str:
    if not body:
        return ""
    text = redactor.text(body.decode("utf-8", errors="replace"))
    return text if len(text) <= limit else text[:limit] + "..."


def _quote_piece(text: str) -> str:
    """One piece of a shell word: single quotes, or $'...' when it holds control characters."""
    if text.isprintable():
        return shlex.quote(text) if text else ""
    escaped = []
    for char in text:
        if char in "\\'":
            escaped.append("\\" + char)
        elif char == "\n":
            escaped.append("\\n")
        elif char == "\r":
            escaped.append("\\r")
        elif char == "\t":
            escaped.append("\\t")
        elif not char.isprintable():
            code = ord(char)
            escaped.append(f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}")
        else:
            escaped.append(char)
    return "$'" + "".join(escaped) + "'"


def shell_word(text: str, secret: str | None, env: str) -> str:
    """`text` as one shell word, the secret in it replaced by "${ENV}" (expanded by the shell)."""
    if not secret or secret not in text:
        return _quote_piece(text) or "''"
    pieces = [_quote_piece(piece) for piece in text.split(secret)]
    return f'"${{{env}}}"'.join(pieces)


def curl_line(
    method: str,
    url: str,
    headers: list[tuple[str, str]],
    body: bytes | None,
    secret: str | None,
    env: str,
) -> str:
    """A one-line curl that sends the same request, with the key read from `$ENV`."""
    parts = ["curl", "-X", method, shell_word(url, secret, env)]
    for name, value in headers:
        if name.lower() in ROUTINE_REQUEST_HEADERS:
            continue
        # curl drops a header given as "Name: "; "Name;" sends it empty.
        header = f"{name}: {value}" if value else f"{name};"
        parts += ["-H", shell_word(header, secret, env)]
    if body:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            parts.append(f"--data-binary @body.bin  # {len(body)} bytes, see requests.har")
        else:
            parts += ["--data-raw", shell_word(text, secret, env)]
    return " ".join(parts)


def _evidence(case: Any, interaction: Interaction, run: RunState, kind: str) -> Evidence:
    request, response = interaction.request, interaction.response
    redactor = run.redactor
    sent = list(_headers(request.headers))
    shown = [(n, v) for n, v in sent if n.lower() not in ROUTINE_REQUEST_HEADERS]
    if response is not None:
        status_line = f"HTTP/{response.http_version} {response.status_code} {response.message}"
        answered = [
            (n, redactor.text(v))
            for n, v in _headers(response.headers)
            if n.lower() in SHOWN_RESPONSE_HEADERS
        ]
        body = _excerpt(response.content, redactor, limit=500)
    else:
        status_line, answered, body = "(no answer: the connection was closed)", [], ""
    return Evidence(
        kind=kind,
        request_line=redactor.url(f"{request.method} {request.uri}"),
        request_headers=redactor.header_pairs(shown),
        request_body=_excerpt(request.body, redactor),
        status_line=status_line.strip(),
        response_headers=answered,
        response_body=body,
        curl=curl_line(
            str(request.method),
            request.uri,
            sent,
            request.body,
            run.options.api_key,
            run.options.key_source,
        ),
    )


def _request_kind(case: Any, recorder: ScenarioRecorder) -> str:
    kind = policy.request_kind(case)
    creator = policy.created_by(case, recorder)
    if creator is not None:
        kind += f", for a resource named in the answer of {creator}"
    return kind


def _read_scenario(recorder: ScenarioRecorder, run: RunState) -> None:
    report, redactor = run.report, run.redactor
    for case_id, node in recorder.cases.items():
        case = node.value
        label = case.operation.label
        result = report.operation(label)
        interaction = recorder.interactions.get(case_id)
        transition = node.transition
        if transition is not None and node.is_transition_applied:
            report.links[transition.id] = report.links.get(transition.id, 0) + 1
        if interaction is not None:
            result.requests += 1
            report.exchanges.append(_exchange(interaction, redactor))
            if interaction.response is None:
                if label not in run.unanswered:
                    kind = _request_kind(case, recorder)
                    run.unanswered[label] = _evidence(case, interaction, run, kind)
                continue
            status = interaction.response.status_code
            run.answered += 1
            run.not_found += status == 404
            sent = dict(_headers(interaction.request.headers))
            sent_key = next((v for k, v in sent.items() if k.lower() == run.header.lower()), None)
            if sent_key == run.credential:
                run.keyed += 1
                run.refused += status in (401, 403)
        checks = recorder.checks.get(case_id, [])
        for check in checks:
            tally = result.tally(check.name)
            if check.status.value == "failure" and check.failure_info is not None:
                tally.failed += 1
                failure = check.failure_info.failure
                response = interaction.response if interaction else None
                status_code = response.status_code if response is not None else None
                key = (label, check.name, failure.title)
                if key in run.failures:
                    old = run.failures[key]
                    run.failures[key] = Finding(**{**old.__dict__, "count": old.count + 1})
                    continue
                kind = _request_kind(case, recorder)
                run.failures[key] = Finding(
                    level=Level.FAILURE,
                    operation=label,
                    check=check.name,
                    title=redactor.text(failure.title),
                    message=redactor.text(failure.message.strip()),
                    status=status_code,
                    request=redactor.url(f"{interaction.request.method} {interaction.request.uri}")
                    if interaction
                    else "",
                    body=_excerpt(interaction.request.body, redactor) if interaction else "",
                    evidence=_evidence(case, interaction, run, kind) if interaction else None,
                )
            elif check.status.value == "success":
                tally.passed += 1
        if interaction is None or interaction.response is None:
            continue
        if policy.shape_probe(case) and interaction.response.status_code < 500:
            continue
        sent = dict(_headers(interaction.request.headers))
        sent_key = next((v for k, v in sent.items() if k.lower() == run.header.lower()), None)
        creator = policy.created_by(case, recorder)
        judgement = policy.judge_status(
            interaction.response.status_code,
            case.operation.responses.status_codes,
            invalid=policy.is_invalid(case),
            unauthenticated=sent_key != run.credential,
            kind=policy.request_kind(case, detailed=False),
            made_up_path=policy.path_parameters(case) and creator is None,
            created_by=creator,
        )
        if judgement.verdict is policy.Verdict.WARNING and any(
            c.name == policy.CHECK_NAME and c.status.value == "success" for c in checks
        ):
            result.tally(policy.CHECK_NAME).warned += 1
            wkey = (label, interaction.response.status_code, judgement.reason)
            if wkey in run.warnings:
                old = run.warnings[wkey]
                run.warnings[wkey] = Finding(**{**old.__dict__, "count": old.count + 1})
            else:
                run.warnings[wkey] = Finding(
                    level=Level.WARNING,
                    operation=label,
                    check=policy.CHECK_NAME,
                    title="Undocumented status code",
                    message=redactor.text(judgement.reason),
                    status=interaction.response.status_code,
                    request=redactor.url(f"{interaction.request.method} {interaction.request.uri}"),
                )
