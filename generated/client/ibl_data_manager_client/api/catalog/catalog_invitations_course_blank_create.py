"""`catalog_invitations_course_blank_create`: POST /api/catalog/invitations/course/blank/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.blank_course_invitation_create import BlankCourseInvitationCreate
from ...models.bulk_course_invitation_response import BulkCourseInvitationResponse


def _parse(status: int, data: Any) -> BulkCourseInvitationResponse:
    """The typed value of a checked 2xx body."""
    response_200 = BulkCourseInvitationResponse.from_dict(data)

    return response_200


OPERATION: Operation[BulkCourseInvitationResponse] = Operation(
    operation_id="catalog_invitations_course_blank_create",
    method="POST",
    path="/api/catalog/invitations/course/blank/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/BulkCourseInvitationResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/BlankCourseInvitationCreate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: BlankCourseInvitationCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/invitations/course/blank/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
