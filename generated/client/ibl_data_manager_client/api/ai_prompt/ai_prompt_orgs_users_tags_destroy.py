"""`ai_prompt_orgs_users_tags_destroy`: DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="ai_prompt_orgs_users_tags_destroy",
    method="DELETE",
    path="/api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/",
    parse=_parse,
    responses=((204, 204, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.tag_id": {"type": "integer"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    tag_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            tag_id=quote(wire_text(tag_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.tag_id": wire_value(tag_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
