"""`career_orgs_companies_users_retrieve`: GET /api/career/orgs/{org}/companies/users/{username}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.company import Company


def _parse(status: int, data: Any) -> Company:
    """The typed value of a checked 2xx body."""
    response_200 = Company.from_dict(data)

    return response_200


OPERATION: Operation[Company] = Operation(
    operation_id="career_orgs_companies_users_retrieve",
    method="GET",
    path="/api/career/orgs/{org}/companies/users/{username}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Company"}, "json"),),
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
        url="/api/career/orgs/{org}/companies/users/{username}/".format(
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
