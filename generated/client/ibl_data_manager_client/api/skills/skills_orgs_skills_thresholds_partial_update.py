"""`skills_orgs_skills_thresholds_partial_update`: PATCH /api/skills/orgs/{org}/skills/thresholds/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_skill_threshold import PatchedSkillThreshold
from ...models.skill_threshold import SkillThreshold
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> SkillThreshold:
    """The typed value of a checked 2xx body."""
    response_200 = SkillThreshold.from_dict(data)

    return response_200


OPERATION: Operation[SkillThreshold] = Operation(
    operation_id="skills_orgs_skills_thresholds_partial_update",
    method="PATCH",
    path="/api/skills/orgs/{org}/skills/thresholds/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SkillThreshold"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedSkillThreshold"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: PatchedSkillThreshold | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/skills/orgs/{org}/skills/thresholds/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
