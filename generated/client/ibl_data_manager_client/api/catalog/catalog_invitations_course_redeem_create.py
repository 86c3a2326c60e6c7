"""`catalog_invitations_course_redeem_create`: POST /api/catalog/invitations/course/redeem/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_invitation_detail import CourseInvitationDetail
from ...models.course_invitation_redemption import CourseInvitationRedemption


def _parse(status: int, data: Any) -> CourseInvitationDetail:
    """The typed value of a checked 2xx body."""
    response_200 = CourseInvitationDetail.from_dict(data)

    return response_200


OPERATION: Operation[CourseInvitationDetail] = Operation(
    operation_id="catalog_invitations_course_redeem_create",
    method="POST",
    path="/api/catalog/invitations/course/redeem/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CourseInvitationDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CourseInvitationRedemption"},
    parameter_schemas={},
)


def build_request(
    *,
    body: CourseInvitationRedemption,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/invitations/course/redeem/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
