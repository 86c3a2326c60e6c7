"""`catalog_milestones_skill_points_platform_bulk_create`: POST /api/catalog/milestones/skill_points/platform/bulk/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_skill_point_bulk_request import PlatformSkillPointBulkRequest
from ...models.platform_skill_point_bulk_response import PlatformSkillPointBulkResponse


def _parse(status: int, data: Any) -> PlatformSkillPointBulkResponse:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformSkillPointBulkResponse.from_dict(data)

    return response_200


OPERATION: Operation[PlatformSkillPointBulkResponse] = Operation(
    operation_id="catalog_milestones_skill_points_platform_bulk_create",
    method="POST",
    path="/api/catalog/milestones/skill_points/platform/bulk/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PlatformSkillPointBulkResponse"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/PlatformSkillPointBulkRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: PlatformSkillPointBulkRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/milestones/skill_points/platform/bulk/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
