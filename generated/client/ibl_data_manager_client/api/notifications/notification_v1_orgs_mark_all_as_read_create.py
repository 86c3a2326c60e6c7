"""`notification_v1_orgs_mark_all_as_read_create`: POST /api/notification/v1/orgs/{platform_key}/mark-all-as-read"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.mark_all_read_request import MarkAllReadRequest
from ...models.mark_all_read_response import MarkAllReadResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> MarkAllReadResponse:
    """The typed value of a checked 2xx body."""
    response_200 = MarkAllReadResponse.from_dict(data)

    return response_200


OPERATION: Operation[MarkAllReadResponse] = Operation(
    operation_id="notification_v1_orgs_mark_all_as_read_create",
    method="POST",
    path="/api/notification/v1/orgs/{platform_key}/mark-all-as-read",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/MarkAllReadResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/MarkAllReadRequest"},
    parameter_schemas={"path.platform_key": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
    body: MarkAllReadRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/notification/v1/orgs/{platform_key}/mark-all-as-read".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
