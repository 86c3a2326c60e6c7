"""`ai_mentor_orgs_mentors_memory_categories_partial_update`: PATCH /api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="ai_mentor_orgs_mentors_memory_categories_partial_update",
    method="PATCH",
    path="/api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.category_id": {"type": "integer"},
        "path.mentor_id": {"type": "string"},
        "path.org": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    mentor_id: str,
    category_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="PATCH",
        url="/api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/".format(
            org=quote(wire_text(org), safe=""),
            mentor_id=quote(wire_text(mentor_id), safe=""),
            category_id=quote(wire_text(category_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.mentor_id": wire_value(mentor_id),
            "path.category_id": wire_value(category_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
