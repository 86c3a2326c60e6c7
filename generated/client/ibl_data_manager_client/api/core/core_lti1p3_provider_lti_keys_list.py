"""`core_lti1p3_provider_lti_keys_list`: GET /api/core/lti/1p3/provider/lti-keys/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.lti_key import LtiKey
from ...types import UNSET


def _parse(status: int, data: Any) -> list[LtiKey]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = LtiKey.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[LtiKey]] = Operation(
    operation_id="core_lti1p3_provider_lti_keys_list",
    method="GET",
    path="/api/core/lti/1p3/provider/lti-keys/",
    parse=_parse,
    responses=(
        (200, 200, {"type": "array", "items": {"$ref": "#/components/schemas/LtiKey"}}, "json"),
    ),
    body_schema=None,
    parameter_schemas={"query.platform_key": {"type": "string", "minLength": 1}},
)


def build_request(
    *,
    platform_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/lti/1p3/provider/lti-keys/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
