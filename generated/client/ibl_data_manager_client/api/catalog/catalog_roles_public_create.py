"""`catalog_roles_public_create`: POST /api/catalog/roles/public/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.role import Role
from ...models.role_create_update_request import RoleCreateUpdateRequest


def _parse(status: int, data: Any) -> Role:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = Role.from_dict(data)

        return response_200

    response_201 = Role.from_dict(data)

    return response_201


OPERATION: Operation[Role] = Operation(
    operation_id="catalog_roles_public_create",
    method="POST",
    path="/api/catalog/roles/public/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/Role"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/Role"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/RoleCreateUpdateRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: RoleCreateUpdateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/roles/public/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
