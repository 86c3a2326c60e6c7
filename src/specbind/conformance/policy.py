"""Our rule for statuses the document does not list, as a Schemathesis check.

drf-spectacular documents only success responses, while a correct server answers a
malformed or unauthenticated request with 400, 401, 403, 404 or 422. Schemathesis's own
`status_code_conformance` flags those and stops testing the operation there, hiding the
faults behind it. Our rule: an undocumented 4xx answering an invalid or unauthenticated
request is a warning (a failure when strict); any other undocumented status, and any
5xx, is a failure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import schemathesis
from schemathesis.core.failures import Failure, Severity
from schemathesis.generation.meta import REQUEST_SHAPE_PROBES, coverage_scenario

if TYPE_CHECKING:
    from schemathesis.checks import CheckContext
    from schemathesis.core.transport import Response
    from schemathesis.generation.case import Case

CHECK_NAME = "status_code_policy"
REFUSAL_STATUSES = frozenset({400, 401, 403, 404, 422})


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
    status: int, responses: Iterable[str], *, invalid: bool, unauthenticated: bool
) -> StatusJudgement:
    """The rule itself, free of Schemathesis so both of its sides are easy to test."""
    listed = list(responses)
    if status >= 500:
        return StatusJudgement(Verdict.FAILURE, f"server error {status}")
    if documented(status, listed):
        return StatusJudgement(Verdict.DOCUMENTED, f"{status} is documented")
    names = ", ".join(listed) or "none"
    if status in REFUSAL_STATUSES and (invalid or unauthenticated):
        why = "an invalid request" if invalid else "a request without a valid key"
        return StatusJudgement(
            Verdict.WARNING, f"undocumented {status} answering {why} (documented: {names})"
        )
    return StatusJudgement(
        Verdict.FAILURE, f"undocumented {status} answering a valid request (documented: {names})"
    )


def is_invalid(case: Case[Any]) -> bool:
    """Schemathesis generated this request to violate the document."""
    meta = case.meta
    return meta is not None and bool(meta.generation.mode.is_negative)


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
    case: Case[Any], response: Response, authorization: str | None, header: str = "Authorization"
) -> StatusJudgement:
    if shape_probe(case) and response.status_code < 500:
        return StatusJudgement(Verdict.NOT_APPLICABLE, "another method's probe")
    return judge_status(
        response.status_code,
        case.operation.responses.status_codes,
        invalid=is_invalid(case),
        unauthenticated=is_unauthenticated(response, authorization, header),
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
        judgement = judge_response(case, response, self.authorization, self.header)
        if judgement.verdict is Verdict.FAILURE or (
            judgement.verdict is Verdict.WARNING and self.strict
        ):
            raise UndocumentedStatus(
                operation=case.operation.label,
                status=response.status_code,
                reason=judgement.reason,
            )
        return None
