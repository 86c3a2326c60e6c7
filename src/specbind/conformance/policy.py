"""Our rule for statuses the document does not list, as a Schemathesis check.

drf-spectacular documents only success responses, while a correct server answers a
malformed or unauthenticated request with 400, 401, 403, 404 or 422, and a request for
an id nobody created with 404. Schemathesis's own `status_code_conformance` flags those
and stops testing the operation there, hiding the faults behind it. Our rule: an
undocumented 4xx answering an invalid or unauthenticated request is a warning (a failure
when strict), and so is an undocumented 404/410 answering a request whose path parameters
were made up; a 404/410 for a resource created in the run, any other undocumented status,
and any 5xx, is a failure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import schemathesis
from schemathesis.core.failures import Failure, Severity
from schemathesis.core.result import Ok
from schemathesis.generation.meta import REQUEST_SHAPE_PROBES, coverage_scenario

if TYPE_CHECKING:
    from schemathesis.checks import CheckContext
    from schemathesis.core.transport import Response
    from schemathesis.generation.case import Case

CHECK_NAME = "status_code_policy"
REFUSAL_STATUSES = frozenset({400, 401, 403, 404, 422})
# "No such resource": correct for an id made up by the generator, wrong for a created one.
MISSING_STATUSES = frozenset({404, 410})
VALID_REQUEST = "a valid request (generated from the schema)"
INVALID_REQUEST = "a request made invalid on purpose"


class Verdict(StrEnum):
    NOT_APPLICABLE = "not-applicable"
    DOCUMENTED = "documented"
    WARNING = "warning"
    FAILURE = "failure"


@dataclass(frozen=True)
class StatusJudgement:
    verdict: Verdict
    reason: str


def documented(status: int, responses: Iterable[str]) -> bool:
    """Whether `status` is listed, directly, by range (`4XX`) or through `default`."""
    for key in responses:
        text = str(key).upper()
        if text == "DEFAULT" or text == str(status):
            return True
        if len(text) == 3 and text.endswith("XX") and text[0] == str(status)[0]:
            return True
    return False


def judge_status(
    status: int,
    responses: Iterable[str],
    *,
    invalid: bool,
    unauthenticated: bool,
    kind: str | None = None,
    made_up_path: bool = False,
    created_by: str | None = None,
) -> StatusJudgement:
    """The rule itself, free of Schemathesis so both of its sides are easy to test.

    `kind` says what the request was (see `request_kind`); `made_up_path`: its path
    parameters were generated, so no such resource need exist; `created_by`: the operation
    that created the resource it names in this run, which must therefore exist.
    """
    listed = list(responses)
    if status >= 500:
        return StatusJudgement(Verdict.FAILURE, f"server error {status}")
    if documented(status, listed):
        return StatusJudgement(Verdict.DOCUMENTED, f"{status} is documented")
    names = ", ".join(listed) or "none"
    kind = kind or (INVALID_REQUEST if invalid else VALID_REQUEST)
    if status in MISSING_STATUSES and created_by is not None:
        return StatusJudgement(
            Verdict.FAILURE,
            f"undocumented {status} for a resource known to exist: its id came from the "
            f"answer of {created_by} in this run (documented: {names})",
        )
    if status in REFUSAL_STATUSES and (invalid or unauthenticated):
        why = kind if invalid else "a request without a valid key"
        return StatusJudgement(
            Verdict.WARNING, f"undocumented {status} answering {why} (documented: {names})"
        )
    if status in MISSING_STATUSES and made_up_path:
        return StatusJudgement(
            Verdict.WARNING,
            f"undocumented {status} answering a request whose path parameters were made up "
            f"(nothing says such a resource exists; documented: {names})",
        )
    return StatusJudgement(
        Verdict.FAILURE, f"undocumented {status} answering {kind} (documented: {names})"
    )


def is_invalid(case: Case[Any]) -> bool:
    """Schemathesis generated this request to violate the document."""
    meta = case.meta
    return meta is not None and bool(meta.generation.mode.is_negative)


_PARTS = {"body": "body", "query": "query", "path": "path", "header": "header", "cookie": "cookie"}


def request_kind(case: Case[Any], *, detailed: bool = True) -> str:
    """What the request was, in words: generated from the schema, or which part was broken.

    `detailed` adds the parameter and what was broken in it, e.g. "(body `name`: String
    larger than maxLength)"; without it the words group alike requests ("(body)").
    """
    meta = case.meta
    if meta is None:
        return VALID_REQUEST
    if str(case.method).upper() != str(case.operation.method).upper():
        return f"a request with the undeclared method {str(case.method).upper()}, on purpose"
    scenario = coverage_scenario(case)
    if scenario in REQUEST_SHAPE_PROBES:
        return "a request with a wrong Content-Type, on purpose"
    if not meta.generation.mode.is_negative:
        return VALID_REQUEST
    parts = [
        _PARTS.get(str(location.value), str(location.value))
        for location, info in meta.components.items()
        if info.mode.is_negative and location.value is not None
    ]
    data = meta.phase.data
    detail = ""
    if detailed and data.parameter:
        detail = f" `{data.parameter}`"
    if detailed and data.description:
        detail += f": {data.description}"
    where = "/".join(sorted(set(parts))) or "request"
    return f"{INVALID_REQUEST} ({where}{detail})"


def path_parameters(case: Case[Any]) -> bool:
    """Whether the operation's path has parameters, i.e. names a resource by id."""
    return "{" in case.operation.path


def created_by(case: Case[Any], recorder: Any) -> str | None:
    """The operation whose answer named the resource this request is for, when known.

    Only a stateful transition whose path parameters were taken from an earlier success
    response counts (a create, or a list that showed the resource), and only while no
    DELETE of the same URL succeeded in between: such a resource exists, so "not found"
    for it is a bug, not a made-up id.
    """
    if recorder is None or not path_parameters(case):
        return None
    node = recorder.cases.get(case.id)
    transition = getattr(node, "transition", None)
    if node is None or transition is None or not node.is_transition_applied:
        return None
    extracted = transition.parameters.get("path_parameters") or {}
    if not extracted or not all(isinstance(p.value, Ok) for p in extracted.values()):
        return None
    parent = recorder.cases.get(transition.parent_id)
    source = recorder.interactions.get(transition.parent_id)
    if parent is None or source is None or source.response is None:
        return None
    if not 200 <= source.response.status_code < 300:
        return None
    target = case.formatted_path
    for other_id, other in recorder.cases.items():
        if other_id == case.id:
            break
        exchange = recorder.interactions.get(other_id)
        if (
            str(other.value.method).upper() == "DELETE"
            and other.value.formatted_path == target
            and exchange is not None
            and exchange.response is not None
            and exchange.response.status_code < 300
        ):
            return None
    return str(parent.value.operation.label)


def is_unauthenticated(
    response: Response, authorization: str | None, header: str = "Authorization"
) -> bool:
    """The request that was sent carried no key, or not the one the run was given."""
    sent = response.request.headers.get(header)
    if authorization is None:
        return sent is None
    return sent != authorization


def shape_probe(case: Case[Any]) -> bool:
    """A request malformed on purpose (another method, a wrong Content-Type).

    Other checks (`unsupported_method`, the content-type probes) judge those answers;
    only a 5xx to them is ours.
    """
    if str(case.method).upper() != str(case.operation.method).upper():
        return True
    return coverage_scenario(case) in REQUEST_SHAPE_PROBES


def judge_response(
    case: Case[Any],
    response: Response,
    authorization: str | None,
    header: str = "Authorization",
    recorder: Any = None,
) -> StatusJudgement:
    if shape_probe(case) and response.status_code < 500:
        return StatusJudgement(Verdict.NOT_APPLICABLE, "another method's probe")
    creator = created_by(case, recorder)
    return judge_status(
        response.status_code,
        case.operation.responses.status_codes,
        invalid=is_invalid(case),
        unauthenticated=is_unauthenticated(response, authorization, header),
        kind=request_kind(case),
        made_up_path=path_parameters(case) and creator is None,
        created_by=creator,
    )


class UndocumentedStatus(Failure):
    """A status the document does not list, where our rule says it must not appear."""

    kind_title = "Undocumented status code"
    checks = (CHECK_NAME,)

    def __init__(self, *, operation: str, status: int, reason: str) -> None:
        super().__init__(
            operation=operation,
            title="Server error" if status >= 500 else "Undocumented status code",
            message=reason,
            severity=Severity.CRITICAL if status >= 500 else Severity.MEDIUM,
        )
        self.status = status

    @property
    def _unique_key(self) -> str:
        return f"{self.status}"


@schemathesis.check
class status_code_policy:  # Schemathesis names a check after its class
    """Undocumented 4xx to invalid/unauthenticated requests warn; everything else fails."""

    def __init__(
        self,
        strict: bool = False,
        authorization: str | None = None,
        header: str = "Authorization",
        **_: Any,
    ) -> None:
        self.strict = strict
        self.authorization = authorization
        self.header = header

    def after_response(self, ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        recorder = ctx.internals.recorder if ctx.internals is not None else None
        judgement = judge_response(case, response, self.authorization, self.header, recorder)
        if judgement.verdict is Verdict.FAILURE or (
            judgement.verdict is Verdict.WARNING and self.strict
        ):
            raise UndocumentedStatus(
                operation=case.operation.label,
                status=response.status_code,
                reason=judgement.reason,
            )
        return None
