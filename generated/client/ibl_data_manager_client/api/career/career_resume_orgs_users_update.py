"""`career_resume_orgs_users_update`: PUT /api/career/resume/orgs/{org}/users/{username}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="career_resume_orgs_users_update",
    method="PUT",
    path="/api/career/resume/orgs/{org}/users/{username}/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.username": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    username: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="PUT",
        url="/api/career/resume/orgs/{org}/users/{username}/".format(
            org=quote(wire_text(org), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
