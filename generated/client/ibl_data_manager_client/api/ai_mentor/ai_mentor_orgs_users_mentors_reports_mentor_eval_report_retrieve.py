"""`ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mento
r-eval-report/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.mentor_eval_report import MentorEvalReport


def _parse(status: int, data: Any) -> MentorEvalReport:
    """The typed value of a checked 2xx body."""
    response_200 = MentorEvalReport.from_dict(data)

    return response_200


OPERATION: Operation[MentorEvalReport] = Operation(
    operation_id="ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mentor-eval-report/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/MentorEvalReport"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.mentor": {"type": "string"},
        "path.org": {"type": "string"},
        "path.report_id": {"type": "integer"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    mentor: str,
    report_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mentor-eval-report/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            mentor=quote(wire_text(mentor), safe=""),
            report_id=quote(wire_text(report_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.mentor": wire_value(mentor),
            "path.report_id": wire_value(report_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
