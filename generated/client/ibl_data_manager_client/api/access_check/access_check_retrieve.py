"""`access_check_retrieve`: GET /access-check/{item_type}/{item_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.item_access_check_response import ItemAccessCheckResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ItemAccessCheckResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ItemAccessCheckResponse.from_dict(data)

    return response_200


OPERATION: Operation[ItemAccessCheckResponse] = Operation(
    operation_id="access_check_retrieve",
    method="GET",
    path="/access-check/{item_type}/{item_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ItemAccessCheckResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.item_id": {"type": "string"},
        "path.item_type": {"type": "string"},
        "query.platform_key": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    item_type: str,
    item_id: str,
    platform_key: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/access-check/{item_type}/{item_id}/".format(
            item_type=quote(wire_text(item_type), safe=""),
            item_id=quote(wire_text(item_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.item_type": wire_value(item_type),
            "path.item_id": wire_value(item_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
