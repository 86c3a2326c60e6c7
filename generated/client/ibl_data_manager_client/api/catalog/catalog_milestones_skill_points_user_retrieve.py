"""`catalog_milestones_skill_points_user_retrieve`: GET /api/catalog/milestones/skill_points/user/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.catalog_milestones_skill_points_user_retrieve_response_200 import (
    CatalogMilestonesSkillPointsUserRetrieveResponse200,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CatalogMilestonesSkillPointsUserRetrieveResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CatalogMilestonesSkillPointsUserRetrieveResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CatalogMilestonesSkillPointsUserRetrieveResponse200] = Operation(
    operation_id="catalog_milestones_skill_points_user_retrieve",
    method="GET",
    path="/api/catalog/milestones/skill_points/user/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.user_id": {"type": "integer"},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/milestones/skill_points/user/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
