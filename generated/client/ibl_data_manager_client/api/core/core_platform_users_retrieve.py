"""`core_platform_users_retrieve`: GET /api/core/platform/users/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_platform_management_list_view_get_response import (
    UserPlatformManagementListViewGetResponse,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> UserPlatformManagementListViewGetResponse:
    """The typed value of a checked 2xx body."""
    response_200 = UserPlatformManagementListViewGetResponse.from_dict(data)

    return response_200


OPERATION: Operation[UserPlatformManagementListViewGetResponse] = Operation(
    operation_id="core_platform_users_retrieve",
    method="GET",
    path="/api/core/platform/users/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"$ref": "#/components/schemas/UserPlatformManagementListViewGetResponse"},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.query": {"type": "string", "minLength": 1},
        "query.return_policies": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_policies: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["return_policies"] = return_policies

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/platform/users/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
