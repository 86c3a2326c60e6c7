"""`catalog_enrollment_programs_retrieve`: GET /api/catalog/enrollment/programs/"""

from __future__ import annotations

import datetime
from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_enrollment_plus import ProgramEnrollmentPlus
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ProgramEnrollmentPlus:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramEnrollmentPlus.from_dict(data)

    return response_200


OPERATION: Operation[ProgramEnrollmentPlus] = Operation(
    operation_id="catalog_enrollment_programs_retrieve",
    method="GET",
    path="/api/catalog/enrollment/programs/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramEnrollmentPlus"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.active": {"type": "boolean"},
        "query.expired": {"type": "string"},
        "query.ignore_expiration": {"type": "boolean"},
        "query.include_default_platform": {"type": "boolean"},
        "query.include_metadata": {"type": "boolean"},
        "query.org": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.program_id": {"type": "string", "minLength": 1},
        "query.program_key": {"type": "string", "minLength": 1},
        "query.program_type": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
        "query.started": {"type": "string"},
        "query.user_id": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    active: bool | Unset = UNSET,
    expired: datetime.datetime | Unset = UNSET,
    ignore_expiration: bool | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    program_type: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    started: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["active"] = active

    json_expired: str | Unset = UNSET
    if not isinstance(expired, Unset):
        json_expired = expired.isoformat()
    params["expired"] = json_expired

    params["ignore_expiration"] = ignore_expiration

    params["include_default_platform"] = include_default_platform

    params["include_metadata"] = include_metadata

    params["org"] = org

    params["platform_key"] = platform_key

    params["program_id"] = program_id

    params["program_key"] = program_key

    params["program_type"] = program_type

    params["slug"] = slug

    json_started: str | Unset = UNSET
    if not isinstance(started, Unset):
        json_started = started.isoformat()
    params["started"] = json_started

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/enrollment/programs/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
