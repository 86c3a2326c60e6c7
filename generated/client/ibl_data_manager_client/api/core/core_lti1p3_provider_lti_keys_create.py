"""`core_lti1p3_provider_lti_keys_create`: POST /api/core/lti/1p3/provider/lti-keys/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.lti_key import LtiKey
from ...models.lti_key_request import LtiKeyRequest


def _parse(status: int, data: Any) -> LtiKey:
    """The typed value of a checked 2xx body."""
    response_201 = LtiKey.from_dict(data)

    return response_201


OPERATION: Operation[LtiKey] = Operation(
    operation_id="core_lti1p3_provider_lti_keys_create",
    method="POST",
    path="/api/core/lti/1p3/provider/lti-keys/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/LtiKey"}, "json"),),
    body_schema={"$ref": "#/components/schemas/LtiKeyRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: LtiKeyRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/lti/1p3/provider/lti-keys/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
