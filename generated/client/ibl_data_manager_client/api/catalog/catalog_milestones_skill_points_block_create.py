"""`catalog_milestones_skill_points_block_create`: POST /api/catalog/milestones/skill_points/block/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.block_skill_point_info_request import BlockSkillPointInfoRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="catalog_milestones_skill_points_block_create",
    method="POST",
    path="/api/catalog/milestones/skill_points/block/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema={"$ref": "#/components/schemas/BlockSkillPointInfoRequest"},
    parameter_schemas={
        "query.block_id": {"type": "string", "minLength": 1},
        "query.get_obj": {"type": "boolean"},
    },
)


def build_request(
    *,
    block_id: str,
    get_obj: bool | Unset = UNSET,
    body: BlockSkillPointInfoRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["block_id"] = block_id

    params["get_obj"] = get_obj

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/milestones/skill_points/block/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
