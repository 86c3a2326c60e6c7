"""`catalog_eligibility_courses_check_retrieve`: GET /api/catalog/eligibility/courses/check/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.catalog_eligibility_courses_check_retrieve_response_200 import (
    CatalogEligibilityCoursesCheckRetrieveResponse200,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CatalogEligibilityCoursesCheckRetrieveResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CatalogEligibilityCoursesCheckRetrieveResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CatalogEligibilityCoursesCheckRetrieveResponse200] = Operation(
    operation_id="catalog_eligibility_courses_check_retrieve",
    method="GET",
    path="/api/catalog/eligibility/courses/check/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.local_only": {"type": "boolean"},
        "query.org": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    course_id: str,
    local_only: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["local_only"] = local_only

    params["org"] = org

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/eligibility/courses/check/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
