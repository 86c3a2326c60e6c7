"""`core_lti1p3_provider_lti_keys_update`: PUT /api/core/lti/1p3/provider/lti-keys/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.lti_key import LtiKey
from ...models.lti_key_request import LtiKeyRequest


def _parse(status: int, data: Any) -> LtiKey:
    """The typed value of a checked 2xx body."""
    response_200 = LtiKey.from_dict(data)

    return response_200


OPERATION: Operation[LtiKey] = Operation(
    operation_id="core_lti1p3_provider_lti_keys_update",
    method="PUT",
    path="/api/core/lti/1p3/provider/lti-keys/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/LtiKey"}, "json"),),
    body_schema={"$ref": "#/components/schemas/LtiKeyRequest"},
    parameter_schemas={"path.id": {"type": "string"}},
)


def build_request(
    *,
    id: str,
    body: LtiKeyRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/core/lti/1p3/provider/lti-keys/{id}/".format(
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
