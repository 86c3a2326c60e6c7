"""`career_orgs_institutions_users_create`: POST /api/career/orgs/{org}/institutions/users/{username}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.institution import Institution
from ...models.institution_request import InstitutionRequest


def _parse(status: int, data: Any) -> Institution:
    """The typed value of a checked 2xx body."""
    response_200 = Institution.from_dict(data)

    return response_200


OPERATION: Operation[Institution] = Operation(
    operation_id="career_orgs_institutions_users_create",
    method="POST",
    path="/api/career/orgs/{org}/institutions/users/{username}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Institution"}, "json"),),
    body_schema={"$ref": "#/components/schemas/InstitutionRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.username": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    username: str,
    body: InstitutionRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/career/orgs/{org}/institutions/users/{username}/".format(
            org=quote(wire_text(org), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
