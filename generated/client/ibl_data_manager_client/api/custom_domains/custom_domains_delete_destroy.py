"""`custom_domains_delete_destroy`: DELETE /api/custom-domains/{domain_id}/delete/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="custom_domains_delete_destroy",
    method="DELETE",
    path="/api/custom-domains/{domain_id}/delete/",
    parse=_parse,
    responses=((204, 204, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.domain_id": {"type": "integer"}},
)


def build_request(
    *,
    domain_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/custom-domains/{domain_id}/delete/".format(
            domain_id=quote(wire_text(domain_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.domain_id": wire_value(domain_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
