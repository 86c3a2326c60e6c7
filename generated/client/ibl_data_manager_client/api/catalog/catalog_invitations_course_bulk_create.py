"""`catalog_invitations_course_bulk_create`: POST /api/catalog/invitations/course/bulk/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.bulk_course_invitation_create import BulkCourseInvitationCreate
from ...models.bulk_course_invitation_response import BulkCourseInvitationResponse


def _parse(status: int, data: Any) -> BulkCourseInvitationResponse:
    """The typed value of a checked 2xx body."""
    response_200 = BulkCourseInvitationResponse.from_dict(data)

    return response_200


OPERATION: Operation[BulkCourseInvitationResponse] = Operation(
    operation_id="catalog_invitations_course_bulk_create",
    method="POST",
    path="/api/catalog/invitations/course/bulk/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/BulkCourseInvitationResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/BulkCourseInvitationCreate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: BulkCourseInvitationCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/invitations/course/bulk/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
