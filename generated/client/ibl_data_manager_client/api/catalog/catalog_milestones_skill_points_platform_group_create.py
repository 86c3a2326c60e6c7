"""`catalog_milestones_skill_points_platform_group_create`: POST /api/catalog/milestones/skill_points/platform/group/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_skill_point_group_request import PlatformSkillPointGroupRequest


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="catalog_milestones_skill_points_platform_group_create",
    method="POST",
    path="/api/catalog/milestones/skill_points/platform/group/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema={"$ref": "#/components/schemas/PlatformSkillPointGroupRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: PlatformSkillPointGroupRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/milestones/skill_points/platform/group/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
