"""`core_domains_whitelist_create`: POST /api/core/domains/whitelist/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.whitelisted_domain import WhitelistedDomain


def _parse(status: int, data: Any) -> WhitelistedDomain:
    """The typed value of a checked 2xx body."""
    response_201 = WhitelistedDomain.from_dict(data)

    return response_201


OPERATION: Operation[WhitelistedDomain] = Operation(
    operation_id="core_domains_whitelist_create",
    method="POST",
    path="/api/core/domains/whitelist/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/WhitelistedDomain"}, "json"),),
    body_schema={"$ref": "#/components/schemas/WhitelistedDomain"},
    parameter_schemas={},
)


def build_request(
    *,
    body: WhitelistedDomain,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/domains/whitelist/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
