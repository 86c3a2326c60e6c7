"""`credentials_orgs_users_assertions_bulk_create`: POST /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/bulk/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.bulk_create_assertion import BulkCreateAssertion


def _parse(status: int, data: Any) -> BulkCreateAssertion:
    """The typed value of a checked 2xx body."""
    response_200 = BulkCreateAssertion.from_dict(data)

    return response_200


OPERATION: Operation[BulkCreateAssertion] = Operation(
    operation_id="credentials_orgs_users_assertions_bulk_create",
    method="POST",
    path="/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/bulk/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/BulkCreateAssertion"}, "json"),),
    body_schema={"$ref": "#/components/schemas/BulkCreateAssertion"},
    parameter_schemas={
        "path.entity_id": {"type": "string"},
        "path.platform_key": {"type": "string"},
        "path.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    platform_key: str,
    user_id: int,
    entity_id: str,
    body: BulkCreateAssertion,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/bulk/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            entity_id=quote(wire_text(entity_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.user_id": wire_value(user_id),
            "path.entity_id": wire_value(entity_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
