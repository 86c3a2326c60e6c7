"""`core_lti1p3_provider_lti_mentors_create`: POST /api/core/lti/1p3/provider/lti-mentors/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.lti_mentor import LtiMentor
from ...models.lti_mentor_request import LtiMentorRequest


def _parse(status: int, data: Any) -> LtiMentor:
    """The typed value of a checked 2xx body."""
    response_201 = LtiMentor.from_dict(data)

    return response_201


OPERATION: Operation[LtiMentor] = Operation(
    operation_id="core_lti1p3_provider_lti_mentors_create",
    method="POST",
    path="/api/core/lti/1p3/provider/lti-mentors/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/LtiMentor"}, "json"),),
    body_schema={"$ref": "#/components/schemas/LtiMentorRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: LtiMentorRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/lti/1p3/provider/lti-mentors/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
