"""`ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve`: GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview
/engagement-index"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.value import Value


def _parse(status: int, data: Any) -> Value:
    """The typed value of a checked 2xx body."""
    response_200 = Value.from_dict(data)

    return response_200


OPERATION: Operation[Value] = Operation(
    operation_id="ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve",
    method="GET",
    path="/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Value"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.course_id": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    course_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            course_id=quote(wire_text(course_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.course_id": wire_value(course_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
