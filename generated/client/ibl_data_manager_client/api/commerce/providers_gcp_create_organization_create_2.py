"""`providers_gcp_create_organization_create_2`: POST /api/providers/gcp/create-organization/{product_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="providers_gcp_create_organization_create_2",
    method="POST",
    path="/api/providers/gcp/create-organization/{product_id}/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.product_id": {"type": "string"}},
)


def build_request(
    *,
    product_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="POST",
        url="/api/providers/gcp/create-organization/{product_id}/".format(
            product_id=quote(wire_text(product_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.product_id": wire_value(product_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
