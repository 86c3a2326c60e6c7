"""`ai_mentor_orgs_mentors_link_course_create`: POST /api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.link_course_request import LinkCourseRequest
from ...models.link_course_response import LinkCourseResponse


def _parse(status: int, data: Any) -> LinkCourseResponse:
    """The typed value of a checked 2xx body."""
    response_200 = LinkCourseResponse.from_dict(data)

    return response_200


OPERATION: Operation[LinkCourseResponse] = Operation(
    operation_id="ai_mentor_orgs_mentors_link_course_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/LinkCourseResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/LinkCourseRequest"},
    parameter_schemas={"path.mentor": {"type": "string"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    mentor: str,
    body: LinkCourseRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/".format(
            org=quote(wire_text(org), safe=""),
            mentor=quote(wire_text(mentor), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.mentor": wire_value(mentor),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
