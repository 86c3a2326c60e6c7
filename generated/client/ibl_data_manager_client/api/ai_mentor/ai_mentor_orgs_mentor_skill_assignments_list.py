"""`ai_mentor_orgs_mentor_skill_assignments_list`: GET /api/ai-mentor/orgs/{org}/mentor-skill-assignments/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.mentor_skill_assignment import MentorSkillAssignment
from ...models.paginated_mentor_skill_assignment_list import PaginatedMentorSkillAssignmentList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedMentorSkillAssignmentList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedMentorSkillAssignmentList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedMentorSkillAssignmentList] = Operation(
    operation_id="ai_mentor_orgs_mentor_skill_assignments_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/mentor-skill-assignments/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedMentorSkillAssignmentList"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.enabled": {"type": "boolean"},
        "query.limit": {"type": "integer"},
        "query.mentor": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.skill": {"type": "integer"},
    },
)


def _parse_item(data: Any) -> MentorSkillAssignment:
    """One item of a page."""
    results_item = MentorSkillAssignment.from_dict(data)

    return results_item


PAGE: PageShape[MentorSkillAssignment] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["enabled"] = enabled

    params["limit"] = limit

    params["mentor"] = mentor

    params["offset"] = offset

    params["skill"] = skill

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/mentor-skill-assignments/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
