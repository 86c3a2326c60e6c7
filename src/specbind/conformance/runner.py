"""`specbind contract`: Schemathesis's engine against a deployed server, read into a report.

We drive the engine in-process and consume its events, rather than its CLI, so the
summary, the exit status and every artifact are ours and pass through the redactor.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from specbind.conformance import policy
from specbind.conformance.probe import check_key_accepted, check_reachable
from specbind.conformance.redaction import Redactor
from specbind.conformance.report import ContractReport, Exchange, Finding, Level
from specbind.errors import SpecbindError
from specbind.progress import NO_PROGRESS, Progress
from specbind.spec.validate import iter_operations

if TYPE_CHECKING:
    from schemathesis.engine.recorder import Interaction, ScenarioRecorder
    from schemathesis.schemas import BaseSchema

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


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
        # The unsupported-method probes would send POST/PUT/PATCH/DELETE to read paths.
        config["phases"]["coverage"] = {"unexpected-methods": ["trace"]}
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


def run_contract(
    data: dict[str, Any], spec: str, options: ContractOptions, progress: Progress = NO_PROGRESS
) -> ContractReport:
    """Preflight (reachable? key accepted?), then the engine; SpecbindError if it cannot run.

    `progress` gets the steps, and one unit per finished test scenario.
    """
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
    schema = load_schema(tested, engine_config(options, headers), spec)
    report = ContractReport(base_url=options.base_url, spec=spec, seed=options.seed)
    for path, method, _, _ in iter_operations(data):
        label = f"{method.upper()} {path}"
        report.operation(label)
        if not options.allow_writes and method.upper() not in SAFE_METHODS:
            report.operation(label).skipped = "writes (pass --allow-writes to test)"
    if not options.allow_writes:
        schema = schema.include(method=list(SAFE_METHODS))
    tested_count = sum(1 for op in report.operations.values() if not op.skipped)
    progress.stage(f"contract: testing {tested_count:,} operation(s), scenarios run")
    started = time.monotonic()
    _consume(schema, report, redactor, header, credential, progress)
    report.duration = time.monotonic() - started
    return report


def _consume(
    schema: BaseSchema,
    report: ContractReport,
    redactor: Redactor,
    header: str,
    credential: str,
    progress: Progress,
) -> None:
    from schemathesis.engine import StopReason, events, from_schema

    warnings: dict[tuple[str, int, str], Finding] = {}
    failures: dict[tuple[str, str, str], Finding] = {}
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            _read_scenario(event.recorder, report, redactor, header, credential, warnings, failures)
            progress.advance()
        elif isinstance(event, events.NonFatalError):
            detail = next((ln.strip() for ln in event.info.message.splitlines() if ln.strip()), "")
            line = redactor.text(f"{event.label}: {event.info.title}: {detail}".rstrip(": "))
            if line not in report.errors:
                report.errors.append(line)
        elif isinstance(event, events.FatalError):
            raise SpecbindError(redactor.text(f"the run stopped: {event.exception}"))
        elif isinstance(event, events.EngineFinished):
            if event.stop_reason is StopReason.MAX_TIME:
                report.notes.append("the time budget ran out before every test finished")
            elif event.stop_reason is StopReason.SERVER_UNAVAILABLE:
                report.errors.append("the server stopped responding during the run")
    report.findings = sorted(
        [*failures.values(), *warnings.values()],
        key=lambda f: (f.level != Level.FAILURE, f.operation, f.check, f.status or 0),
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


def _read_scenario(
    recorder: ScenarioRecorder,
    report: ContractReport,
    redactor: Redactor,
    header: str,
    credential: str,
    warnings: dict[tuple[str, int, str], Finding],
    failures: dict[tuple[str, str, str], Finding],
) -> None:
    for case_id, node in recorder.cases.items():
        case = node.value
        label = case.operation.label
        result = report.operation(label)
        interaction = recorder.interactions.get(case_id)
        if interaction is not None:
            result.requests += 1
            report.exchanges.append(_exchange(interaction, redactor))
        checks = recorder.checks.get(case_id, [])
        for check in checks:
            tally = result.tally(check.name)
            if check.status.value == "failure" and check.failure_info is not None:
                tally.failed += 1
                failure = check.failure_info.failure
                response = interaction.response if interaction else None
                status = response.status_code if response is not None else None
                key = (label, check.name, failure.title)
                if key in failures:
                    old = failures[key]
                    failures[key] = Finding(**{**old.__dict__, "count": old.count + 1})
                    continue
                failures[key] = Finding(
                    level=Level.FAILURE,
                    operation=label,
                    check=check.name,
                    title=redactor.text(failure.title),
                    message=redactor.text(failure.message.strip()),
                    status=status,
                    request=redactor.url(f"{interaction.request.method} {interaction.request.uri}")
                    if interaction
                    else "",
                    body=_excerpt(interaction.request.body, redactor) if interaction else "",
                )
            elif check.status.value == "success":
                tally.passed += 1
        if interaction is None or interaction.response is None:
            continue
        sent = dict(_headers(interaction.request.headers))
        sent_key = next((v for k, v in sent.items() if k.lower() == header.lower()), None)
        if policy.shape_probe(case) and interaction.response.status_code < 500:
            continue
        judgement = policy.judge_status(
            interaction.response.status_code,
            case.operation.responses.status_codes,
            invalid=policy.is_invalid(case),
            unauthenticated=sent_key != credential,
        )
        if judgement.verdict is policy.Verdict.WARNING and any(
            c.name == policy.CHECK_NAME and c.status.value == "success" for c in checks
        ):
            result.tally(policy.CHECK_NAME).warned += 1
            wkey = (label, interaction.response.status_code, judgement.reason)
            if wkey in warnings:
                old = warnings[wkey]
                warnings[wkey] = Finding(**{**old.__dict__, "count": old.count + 1})
            else:
                warnings[wkey] = Finding(
                    level=Level.WARNING,
                    operation=label,
                    check=policy.CHECK_NAME,
                    title="Undocumented status code",
                    message=redactor.text(judgement.reason),
                    status=interaction.response.status_code,
                    request=redactor.url(f"{interaction.request.method} {interaction.request.uri}"),
                )


def default_report_dir(root: Path) -> Path:
    return root / "contract-report"
