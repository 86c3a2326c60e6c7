"""`ai_mentor_orgs_users_projects_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/projects/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.project import Project
from ...models.project_request import ProjectRequest


def _parse(status: int, data: Any) -> Project:
    """The typed value of a checked 2xx body."""
    response_201 = Project.from_dict(data)

    return response_201


OPERATION: Operation[Project] = Operation(
    operation_id="ai_mentor_orgs_users_projects_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/projects/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/Project"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ProjectRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: ProjectRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/projects/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
