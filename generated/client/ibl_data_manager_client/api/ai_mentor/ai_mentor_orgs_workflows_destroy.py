"""`ai_mentor_orgs_workflows_destroy`: DELETE /api/ai-mentor/orgs/{org}/workflows/{unique_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="ai_mentor_orgs_workflows_destroy",
    method="DELETE",
    path="/api/ai-mentor/orgs/{org}/workflows/{unique_id}/",
    parse=_parse,
    responses=((204, 204, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.unique_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    unique_id: UUID,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/ai-mentor/orgs/{org}/workflows/{unique_id}/".format(
            org=quote(wire_text(org), safe=""),
            unique_id=quote(wire_text(unique_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.unique_id": wire_value(unique_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
