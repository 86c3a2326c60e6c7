"""`ai_mentor_orgs_users_course_creation_course_update_xblock_create`: POST
/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/update-xblock/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.update_xblock import UpdateXblock
from ...models.xblock_result import XblockResult


def _parse(status: int, data: Any) -> XblockResult:
    """The typed value of a checked 2xx body."""
    response_200 = XblockResult.from_dict(data)

    return response_200


OPERATION: Operation[XblockResult] = Operation(
    operation_id="ai_mentor_orgs_users_course_creation_course_update_xblock_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/update-xblock/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/XblockResult"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UpdateXblock"},
    parameter_schemas={
        "path.id": {"type": "integer"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    id: int,
    body: UpdateXblock,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/update-xblock/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
