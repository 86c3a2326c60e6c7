"""`career_orgs_education_users_update`: PUT /api/career/orgs/{org}/education/users/{username}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.education import Education
from ...models.education_request import EducationRequest


def _parse(status: int, data: Any) -> Education:
    """The typed value of a checked 2xx body."""
    response_200 = Education.from_dict(data)

    return response_200


OPERATION: Operation[Education] = Operation(
    operation_id="career_orgs_education_users_update",
    method="PUT",
    path="/api/career/orgs/{org}/education/users/{username}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Education"}, "json"),),
    body_schema={"$ref": "#/components/schemas/EducationRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.username": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    username: str,
    body: EducationRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/career/orgs/{org}/education/users/{username}/".format(
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
