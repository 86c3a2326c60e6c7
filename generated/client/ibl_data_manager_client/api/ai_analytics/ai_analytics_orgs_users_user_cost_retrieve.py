"""`ai_analytics_orgs_users_user_cost_retrieve`: GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-cost/"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.cost import Cost
from ...types import UNSET


def _parse(status: int, data: Any) -> Cost:
    """The typed value of a checked 2xx body."""
    response_200 = Cost.from_dict(data)

    return response_200


OPERATION: Operation[Cost] = Operation(
    operation_id="ai_analytics_orgs_users_user_cost_retrieve",
    method="GET",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/user-cost/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Cost"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.end_date": {"type": "string"},
        "path.org": {"type": "string"},
        "query.start_date": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
    username: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/user-cost/".format(
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
