"""`catalog_pathways_destroy`: DELETE /api/catalog/pathways/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.pathway_delete_response import PathwayDeleteResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PathwayDeleteResponse:
    """The typed value of a checked 2xx body."""
    response_200 = PathwayDeleteResponse.from_dict(data)

    return response_200


OPERATION: Operation[PathwayDeleteResponse] = Operation(
    operation_id="catalog_pathways_destroy",
    method="DELETE",
    path="/api/catalog/pathways/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PathwayDeleteResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.pathway_id": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
        "query.item_id": {"type": "string", "minLength": 1},
        "query.name": {"type": "string", "minLength": 1},
        "query.pathway_uuid": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
        "query.visible": {"type": "boolean"},
    },
)


def build_request(
    *,
    pathway_id: str,
    user_id: int,
    item_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    username: str | Unset = UNSET,
    visible: bool | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["pathway_id"] = pathway_id

    params["user_id"] = user_id

    params["item_id"] = item_id

    params["name"] = name

    params["pathway_uuid"] = pathway_uuid

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["username"] = username

    params["visible"] = visible

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/catalog/pathways/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
