"""`catalog_roles_desired_retrieve`: GET /api/catalog/roles/desired/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.desired_role import DesiredRole
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> DesiredRole:
    """The typed value of a checked 2xx body."""
    response_200 = DesiredRole.from_dict(data)

    return response_200


OPERATION: Operation[DesiredRole] = Operation(
    operation_id="catalog_roles_desired_retrieve",
    method="GET",
    path="/api/catalog/roles/desired/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/DesiredRole"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.user_id": {"type": "integer"},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/roles/desired/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
