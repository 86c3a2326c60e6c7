"""`core_rbac_permissions_check_create`: POST /api/core/rbac/permissions/check/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.permission_check_request import PermissionCheckRequest


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="core_rbac_permissions_check_create",
    method="POST",
    path="/api/core/rbac/permissions/check/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema={"$ref": "#/components/schemas/PermissionCheckRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: PermissionCheckRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/rbac/permissions/check/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
