"""`roles_platform_orgs_roles_users_reported_roles_retrieve`: GET /api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.reported_role import ReportedRole


def _parse(status: int, data: Any) -> ReportedRole:
    """The typed value of a checked 2xx body."""
    response_200 = ReportedRole.from_dict(data)

    return response_200


OPERATION: Operation[ReportedRole] = Operation(
    operation_id="roles_platform_orgs_roles_users_reported_roles_retrieve",
    method="GET",
    path="/api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ReportedRole"}, "json"),),
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
        method="GET",
        url="/api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/".format(
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
