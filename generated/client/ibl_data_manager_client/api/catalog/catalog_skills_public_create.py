"""`catalog_skills_public_create`: POST /api/catalog/skills/public/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.skill import Skill
from ...models.skill_create_update_request import SkillCreateUpdateRequest


def _parse(status: int, data: Any) -> Skill:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = Skill.from_dict(data)

        return response_200

    response_201 = Skill.from_dict(data)

    return response_201


OPERATION: Operation[Skill] = Operation(
    operation_id="catalog_skills_public_create",
    method="POST",
    path="/api/catalog/skills/public/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/Skill"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/Skill"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/SkillCreateUpdateRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: SkillCreateUpdateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/skills/public/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
