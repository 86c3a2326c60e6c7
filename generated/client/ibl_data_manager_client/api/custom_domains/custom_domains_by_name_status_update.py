"""`custom_domains_by_name_status_update`: PUT /api/custom-domains/by-name/{domain_name}/status/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="custom_domains_by_name_status_update",
    method="PUT",
    path="/api/custom-domains/by-name/{domain_name}/status/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.domain_name": {"type": "string"}},
)


def build_request(
    *,
    domain_name: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="PUT",
        url="/api/custom-domains/by-name/{domain_name}/status/".format(
            domain_name=quote(wire_text(domain_name), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.domain_name": wire_value(domain_name),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
