"""`analytics_orgs_time_update_create`: POST /api/analytics/orgs/{org}/time/update/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.time_spent_update_request import TimeSpentUpdateRequest
from ...models.time_spent_update_response import TimeSpentUpdateResponse


def _parse(status: int, data: Any) -> TimeSpentUpdateResponse:
    """The typed value of a checked 2xx body."""
    response_200 = TimeSpentUpdateResponse.from_dict(data)

    return response_200


OPERATION: Operation[TimeSpentUpdateResponse] = Operation(
    operation_id="analytics_orgs_time_update_create",
    method="POST",
    path="/api/analytics/orgs/{org}/time/update/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TimeSpentUpdateResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/TimeSpentUpdateRequest"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: TimeSpentUpdateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/analytics/orgs/{org}/time/update/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
