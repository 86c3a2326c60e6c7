"""`ai_mentor_orgs_users_mentors_available_tools_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.tool_response import ToolResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[ToolResponse]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = ToolResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[ToolResponse]] = Operation(
    operation_id="ai_mentor_orgs_users_mentors_available_tools_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/ToolResponse"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.mentor": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.search": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    mentor: str,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            mentor=quote(wire_text(mentor), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.mentor": wire_value(mentor),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
