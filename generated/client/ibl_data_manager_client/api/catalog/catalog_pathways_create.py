"""`catalog_pathways_create`: POST /api/catalog/pathways/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.pathway import Pathway
from ...models.pathway_create_update_request import PathwayCreateUpdateRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Pathway:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = Pathway.from_dict(data)

        return response_200

    response_201 = Pathway.from_dict(data)

    return response_201


OPERATION: Operation[Pathway] = Operation(
    operation_id="catalog_pathways_create",
    method="POST",
    path="/api/catalog/pathways/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/Pathway"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/Pathway"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/PathwayCreateUpdateRequest"},
    parameter_schemas={
        "query.item_id": {"type": "string", "minLength": 1},
        "query.name": {"type": "string", "minLength": 1},
        "query.pathway_id": {"type": "string", "minLength": 1},
        "query.pathway_uuid": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
        "query.username": {"type": "string", "minLength": 1},
        "query.visible": {"type": "boolean"},
    },
)


def build_request(
    *,
    item_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    visible: bool | Unset = UNSET,
    body: PathwayCreateUpdateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["item_id"] = item_id

    params["name"] = name

    params["pathway_id"] = pathway_id

    params["pathway_uuid"] = pathway_uuid

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["user_id"] = user_id

    params["username"] = username

    params["visible"] = visible

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/pathways/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
