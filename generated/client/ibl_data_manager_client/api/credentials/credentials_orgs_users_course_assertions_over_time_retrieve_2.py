"""`credentials_orgs_users_course_assertions_over_time_retrieve_2`: GET /api/credentials/orgs/{platform_key}/users/{username}/course-assertions-over-time/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.credentials_orgs_users_course_assertions_over_time_retrieve_2_format import (
    CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format,
)
from ...models.over_time import OverTime
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> OverTime:
    """The typed value of a checked 2xx body."""
    response_200 = OverTime.from_dict(data)

    return response_200


OPERATION: Operation[OverTime] = Operation(
    operation_id="credentials_orgs_users_course_assertions_over_time_retrieve_2",
    method="GET",
    path="/api/credentials/orgs/{platform_key}/users/{username}/course-assertions-over-time/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/OverTime"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.username": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.end_date": {"type": "string", "minLength": 1},
        "query.format": {
            "$ref": "#/components/schemas/CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format"
        },
        "query.include_main_platform": {"type": "boolean"},
        "query.start_date": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    platform_key: str,
    username: str,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    params["end_date"] = end_date

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/credentials/orgs/{platform_key}/users/{username}/course-assertions-over-time/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
