"""`credentials_orgs_users_credentials_over_time_retrieve`: GET /api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.credentials_orgs_users_credentials_over_time_retrieve_format import (
    CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat,
)
from ...models.over_time import OverTime
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> OverTime:
    """The typed value of a checked 2xx body."""
    response_200 = OverTime.from_dict(data)

    return response_200


OPERATION: Operation[OverTime] = Operation(
    operation_id="credentials_orgs_users_credentials_over_time_retrieve",
    method="GET",
    path="/api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/OverTime"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.user_id": {"type": "integer"},
        "query.department_id": {"type": "integer"},
        "query.end_date": {"type": "string", "minLength": 1},
        "query.format": {
            "$ref": "#/components/schemas/CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
        "query.start_date": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    platform_key: str,
    user_id: int,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
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
        url="/api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
