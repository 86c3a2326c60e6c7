"""`catalog_resources_destroy`: DELETE /api/catalog/resources/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.resource_delete_response import ResourceDeleteResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ResourceDeleteResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ResourceDeleteResponse.from_dict(data)

    return response_200


OPERATION: Operation[ResourceDeleteResponse] = Operation(
    operation_id="catalog_resources_destroy",
    method="DELETE",
    path="/api/catalog/resources/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ResourceDeleteResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.id": {"type": "integer"},
        "query.item_id": {"type": "string", "minLength": 1},
        "query.key": {"type": "string", "minLength": 1},
        "query.name": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.resource_type": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    id: int,
    item_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["item_id"] = item_id

    params["key"] = key

    params["name"] = name

    params["org"] = org

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["resource_type"] = resource_type

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/catalog/resources/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
