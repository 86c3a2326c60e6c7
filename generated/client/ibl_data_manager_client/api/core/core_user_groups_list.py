"""`core_user_groups_list`: GET /api/core/user-groups/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ..._pagination import PageShape
from ...models.paginated_user_group_list import PaginatedUserGroupList
from ...models.user_group import UserGroup
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedUserGroupList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedUserGroupList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedUserGroupList] = Operation(
    operation_id="core_user_groups_list",
    method="GET",
    path="/api/core/user-groups/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedUserGroupList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.include_users": {"type": "boolean"},
        "query.name": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.required_action": {"type": "string", "minLength": 1},
        "query.with_permissions": {"type": "boolean"},
    },
)


def _parse_item(data: Any) -> UserGroup:
    """One item of a page."""
    results_item = UserGroup.from_dict(data)

    return results_item


PAGE: PageShape[UserGroup] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    required_action: str | Unset = UNSET,
    with_permissions: bool | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["include_users"] = include_users

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["required_action"] = required_action

    params["with_permissions"] = with_permissions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/user-groups/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
