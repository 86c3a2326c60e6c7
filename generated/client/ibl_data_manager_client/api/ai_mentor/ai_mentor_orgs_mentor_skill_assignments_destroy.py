"""`ai_mentor_orgs_mentor_skill_assignments_destroy`: DELETE /api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="ai_mentor_orgs_mentor_skill_assignments_destroy",
    method="DELETE",
    path="/api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/",
    parse=_parse,
    responses=((204, 204, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/".format(
            org=quote(wire_text(org), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
