"""`ai_mentor_orgs_users_category_groups_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.mentor_category_group import MentorCategoryGroup
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[MentorCategoryGroup]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = MentorCategoryGroup.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[MentorCategoryGroup]] = Operation(
    operation_id="ai_mentor_orgs_users_category_groups_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/MentorCategoryGroup"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.audience": {"type": "integer"},
        "query.audience__name": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.search": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    audience: int | Unset = UNSET,
    audience_name: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["audience"] = audience

    params["audience__name"] = audience_name

    params["ordering"] = ordering

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
