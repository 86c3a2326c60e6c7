"""`overview_orgs_registered_users_retrieve`: GET /api/overview/orgs/{org}/registered-users"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.overtime_with_change_info import OvertimeWithChangeInfo
from ...models.overview_orgs_registered_users_retrieve_format import (
    OverviewOrgsRegisteredUsersRetrieveFormat,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> OvertimeWithChangeInfo:
    """The typed value of a checked 2xx body."""
    response_200 = OvertimeWithChangeInfo.from_dict(data)

    return response_200


OPERATION: Operation[OvertimeWithChangeInfo] = Operation(
    operation_id="overview_orgs_registered_users_retrieve",
    method="GET",
    path="/api/overview/orgs/{org}/registered-users",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/OvertimeWithChangeInfo"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.end_date": {"type": "string", "minLength": 1},
        "query.format": {"$ref": "#/components/schemas/OverviewOrgsRegisteredUsersRetrieveFormat"},
        "query.include_main_platform": {"type": "boolean"},
        "query.start_date": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
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
        url="/api/overview/orgs/{org}/registered-users".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
