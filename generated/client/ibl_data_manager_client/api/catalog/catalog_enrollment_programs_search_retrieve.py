"""`catalog_enrollment_programs_search_retrieve`: GET /api/catalog/enrollment/programs/search/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_enrollment_search_response import ProgramEnrollmentSearchResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ProgramEnrollmentSearchResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramEnrollmentSearchResponse.from_dict(data)

    return response_200


OPERATION: Operation[ProgramEnrollmentSearchResponse] = Operation(
    operation_id="catalog_enrollment_programs_search_retrieve",
    method="GET",
    path="/api/catalog/enrollment/programs/search/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/ProgramEnrollmentSearchResponse"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "query.include_default_platform": {"type": "boolean"},
        "query.org": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.program_id": {"type": "string", "minLength": 1},
        "query.program_type": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["include_default_platform"] = include_default_platform

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["program_id"] = program_id

    params["program_type"] = program_type

    params["slug"] = slug

    params["sort"] = sort

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/enrollment/programs/search/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
