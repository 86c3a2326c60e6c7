"""`ai_mentor_orgs_claw_model_providers_list`: GET /api/ai-mentor/orgs/{org}/claw/model-providers/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.claw_model_provider import ClawModelProvider
from ...models.paginated_claw_model_provider_list import PaginatedClawModelProviderList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedClawModelProviderList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedClawModelProviderList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedClawModelProviderList] = Operation(
    operation_id="ai_mentor_orgs_claw_model_providers_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/claw/model-providers/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedClawModelProviderList"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.enabled": {"type": "boolean"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.server": {"type": "integer"},
    },
)


def _parse_item(data: Any) -> ClawModelProvider:
    """One item of a page."""
    results_item = ClawModelProvider.from_dict(data)

    return results_item


PAGE: PageShape[ClawModelProvider] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    server: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["enabled"] = enabled

    params["limit"] = limit

    params["offset"] = offset

    params["server"] = server

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/claw/model-providers/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
