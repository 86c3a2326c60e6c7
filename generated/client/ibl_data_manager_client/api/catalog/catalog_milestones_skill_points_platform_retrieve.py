"""`catalog_milestones_skill_points_platform_retrieve`: GET /api/catalog/milestones/skill_points/platform/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_skill_point_response import PlatformSkillPointResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PlatformSkillPointResponse:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformSkillPointResponse.from_dict(data)

    return response_200


OPERATION: Operation[PlatformSkillPointResponse] = Operation(
    operation_id="catalog_milestones_skill_points_platform_retrieve",
    method="GET",
    path="/api/catalog/milestones/skill_points/platform/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformSkillPointResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.department_mode": {"type": "boolean"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.query": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["department_mode"] = department_mode

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/milestones/skill_points/platform/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
