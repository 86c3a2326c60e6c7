"""`core_lti1p3_provider_lti_mentors_update`: PUT /api/core/lti/1p3/provider/lti-mentors/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.lti_mentor import LtiMentor
from ...models.lti_mentor_request import LtiMentorRequest


def _parse(status: int, data: Any) -> LtiMentor:
    """The typed value of a checked 2xx body."""
    response_200 = LtiMentor.from_dict(data)

    return response_200


OPERATION: Operation[LtiMentor] = Operation(
    operation_id="core_lti1p3_provider_lti_mentors_update",
    method="PUT",
    path="/api/core/lti/1p3/provider/lti-mentors/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/LtiMentor"}, "json"),),
    body_schema={"$ref": "#/components/schemas/LtiMentorRequest"},
    parameter_schemas={"path.id": {"type": "string"}},
)


def build_request(
    *,
    id: str,
    body: LtiMentorRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/core/lti/1p3/provider/lti-mentors/{id}/".format(
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
