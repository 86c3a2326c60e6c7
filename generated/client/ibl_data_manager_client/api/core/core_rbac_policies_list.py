"""`core_rbac_policies_list`: GET /api/core/rbac/policies/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ..._pagination import PageShape
from ...models.paginated_rbac_policy_list import PaginatedRbacPolicyList
from ...models.rbac_policy import RbacPolicy
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedRbacPolicyList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedRbacPolicyList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedRbacPolicyList] = Operation(
    operation_id="core_rbac_policies_list",
    method="GET",
    path="/api/core/rbac/policies/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedRbacPolicyList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.email": {"type": "string", "minLength": 1},
        "query.group": {"type": "string", "minLength": 1},
        "query.include_groups": {"type": "boolean"},
        "query.include_users": {"type": "boolean"},
        "query.name": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.role_id": {"type": "integer"},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> RbacPolicy:
    """One item of a page."""
    results_item = RbacPolicy.from_dict(data)

    return results_item


PAGE: PageShape[RbacPolicy] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    email: str | Unset = UNSET,
    group: str | Unset = UNSET,
    include_groups: bool | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["email"] = email

    params["group"] = group

    params["include_groups"] = include_groups

    params["include_users"] = include_users

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["role_id"] = role_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/rbac/policies/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
