"""`ai_mentor_orgs_all_triggers_retrieve`: GET /api/ai-mentor/orgs/{org}/all-triggers/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="ai_mentor_orgs_all_triggers_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/all-triggers/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/all-triggers/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
