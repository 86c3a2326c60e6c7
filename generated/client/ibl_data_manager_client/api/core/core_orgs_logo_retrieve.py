"""`core_orgs_logo_retrieve`: GET /api/core/orgs/{org}/logo/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.core_orgs_logo_retrieve_response_200 import CoreOrgsLogoRetrieveResponse200


def _parse(status: int, data: Any) -> CoreOrgsLogoRetrieveResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CoreOrgsLogoRetrieveResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CoreOrgsLogoRetrieveResponse200] = Operation(
    operation_id="core_orgs_logo_retrieve",
    method="GET",
    path="/api/core/orgs/{org}/logo/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/orgs/{org}/logo/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
