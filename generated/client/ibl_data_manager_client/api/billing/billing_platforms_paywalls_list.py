"""`billing_platforms_paywalls_list`: GET /api/billing/platforms/{platform_key}/paywalls/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.billing_platforms_paywalls_list_item_type import BillingPlatformsPaywallsListItemType
from ...models.item_paywall_config import ItemPaywallConfig
from ...models.paginated_item_paywall_config_list import PaginatedItemPaywallConfigList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedItemPaywallConfigList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedItemPaywallConfigList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedItemPaywallConfigList] = Operation(
    operation_id="billing_platforms_paywalls_list",
    method="GET",
    path="/api/billing/platforms/{platform_key}/paywalls/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedItemPaywallConfigList"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "query.is_enabled": {"type": "boolean"},
        "query.item_type": {"$ref": "#/components/schemas/BillingPlatformsPaywallsListItemType"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
    },
)


def _parse_item(data: Any) -> ItemPaywallConfig:
    """One item of a page."""
    results_item = ItemPaywallConfig.from_dict(data)

    return results_item


PAGE: PageShape[ItemPaywallConfig] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    platform_key: str,
    is_enabled: bool | Unset = UNSET,
    item_type: BillingPlatformsPaywallsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["is_enabled"] = is_enabled

    json_item_type: str | Unset = UNSET
    if not isinstance(item_type, Unset):
        json_item_type = item_type.value

    params["item_type"] = json_item_type

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/billing/platforms/{platform_key}/paywalls/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
