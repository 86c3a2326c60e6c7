"""`ai_analytics_orgs_users_user_metrics_retrieve`: GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.user_metrics_response import UserMetricsResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> UserMetricsResponse:
    """The typed value of a checked 2xx body."""
    response_200 = UserMetricsResponse.from_dict(data)

    return response_200


OPERATION: Operation[UserMetricsResponse] = Operation(
    operation_id="ai_analytics_orgs_users_user_metrics_retrieve",
    method="GET",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserMetricsResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.group_by": {"type": "string", "minLength": 1},
        "query.mentor_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["group_by"] = group_by

    params["mentor_id"] = mentor_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
