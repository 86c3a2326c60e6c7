"""`core_user_groups_retrieve`: GET /api/core/user-groups/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.user_group import UserGroup


def _parse(status: int, data: Any) -> UserGroup:
    """The typed value of a checked 2xx body."""
    response_200 = UserGroup.from_dict(data)

    return response_200


OPERATION: Operation[UserGroup] = Operation(
    operation_id="core_user_groups_retrieve",
    method="GET",
    path="/api/core/user-groups/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserGroup"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.id": {"type": "integer"}},
)


def build_request(
    *,
    id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/user-groups/{id}/".format(
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
