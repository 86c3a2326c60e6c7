"""`audience_orgs_active_users_users_retrieve`: GET /api/audience/orgs/{org}/active-users/users"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.active_users_list import ActiveUsersList
from ...models.audience_orgs_active_users_users_retrieve_format import (
    AudienceOrgsActiveUsersUsersRetrieveFormat,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ActiveUsersList:
    """The typed value of a checked 2xx body."""
    response_200 = ActiveUsersList.from_dict(data)

    return response_200


OPERATION: Operation[ActiveUsersList] = Operation(
    operation_id="audience_orgs_active_users_users_retrieve",
    method="GET",
    path="/api/audience/orgs/{org}/active-users/users",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ActiveUsersList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.format": {"$ref": "#/components/schemas/AudienceOrgsActiveUsersUsersRetrieveFormat"},
        "query.include_main_platform": {"type": "boolean"},
        "query.length": {"type": "integer"},
        "query.page": {"type": "integer"},
    },
)


def build_request(
    *,
    org: str,
    department_id: int | Unset = UNSET,
    format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["length"] = length

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/audience/orgs/{org}/active-users/users".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
