"""`ai_mentor_orgs_projects_partial_update`: PATCH /api/ai-mentor/orgs/{org}/projects/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_project import PatchedProject
from ...models.project import Project
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Project:
    """The typed value of a checked 2xx body."""
    response_200 = Project.from_dict(data)

    return response_200


OPERATION: Operation[Project] = Operation(
    operation_id="ai_mentor_orgs_projects_partial_update",
    method="PATCH",
    path="/api/ai-mentor/orgs/{org}/projects/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Project"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedProject"},
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
    body: PatchedProject | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/ai-mentor/orgs/{org}/projects/{id}/".format(
            org=quote(wire_text(org), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
