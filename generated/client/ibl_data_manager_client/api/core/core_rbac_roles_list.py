"""`core_rbac_roles_list`: GET /api/core/rbac/roles/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ..._pagination import PageShape
from ...models.paginated_rbac_role_list import PaginatedRbacRoleList
from ...models.rbac_role import RbacRole
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedRbacRoleList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedRbacRoleList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedRbacRoleList] = Operation(
    operation_id="core_rbac_roles_list",
    method="GET",
    path="/api/core/rbac/roles/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedRbacRoleList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.include_global_roles": {"type": "boolean"},
        "query.name": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> RbacRole:
    """One item of a page."""
    results_item = RbacRole.from_dict(data)

    return results_item


PAGE: PageShape[RbacRole] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    include_global_roles: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["include_global_roles"] = include_global_roles

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/rbac/roles/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
