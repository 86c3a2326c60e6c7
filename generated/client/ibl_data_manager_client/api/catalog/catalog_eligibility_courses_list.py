"""`catalog_eligibility_courses_list`: GET /api/catalog/eligibility/courses/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course import Course
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[Course]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Course.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[Course]] = Operation(
    operation_id="catalog_eligibility_courses_list",
    method="GET",
    path="/api/catalog/eligibility/courses/",
    parse=_parse,
    responses=(
        (200, 200, {"type": "array", "items": {"$ref": "#/components/schemas/Course"}}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "query.org": {"type": "string", "minLength": 1},
        "query.query": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["org"] = org

    params["query"] = query

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/eligibility/courses/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
