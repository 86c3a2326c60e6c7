"""`platforms_revenue_retrieve`: GET /platforms/{platform_key}/revenue/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.platform_revenue_summary import PlatformRevenueSummary


def _parse(status: int, data: Any) -> PlatformRevenueSummary:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformRevenueSummary.from_dict(data)

    return response_200


OPERATION: Operation[PlatformRevenueSummary] = Operation(
    operation_id="platforms_revenue_retrieve",
    method="GET",
    path="/platforms/{platform_key}/revenue/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformRevenueSummary"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.platform_key": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/platforms/{platform_key}/revenue/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
