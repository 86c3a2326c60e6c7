"""`catalog_milestones_skill_points_block_retrieve`: GET /api/catalog/milestones/skill_points/block/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.catalog_milestones_skill_points_block_retrieve_response_200 import (
    CatalogMilestonesSkillPointsBlockRetrieveResponse200,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CatalogMilestonesSkillPointsBlockRetrieveResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CatalogMilestonesSkillPointsBlockRetrieveResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CatalogMilestonesSkillPointsBlockRetrieveResponse200] = Operation(
    operation_id="catalog_milestones_skill_points_block_retrieve",
    method="GET",
    path="/api/catalog/milestones/skill_points/block/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.block_id": {"type": "string", "minLength": 1},
        "query.get_obj": {"type": "boolean"},
    },
)


def build_request(
    *,
    block_id: str,
    get_obj: bool | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["block_id"] = block_id

    params["get_obj"] = get_obj

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/milestones/skill_points/block/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
