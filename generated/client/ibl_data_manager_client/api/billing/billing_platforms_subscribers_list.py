"""`billing_platforms_subscribers_list`: GET /api/billing/platforms/{platform_key}/subscribers/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.billing_platforms_subscribers_list_item_type import (
    BillingPlatformsSubscribersListItemType,
)
from ...models.billing_platforms_subscribers_list_status import (
    BillingPlatformsSubscribersListStatus,
)
from ...models.item_subscription_list import ItemSubscriptionList
from ...models.paginated_item_subscription_list_list import PaginatedItemSubscriptionListList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedItemSubscriptionListList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedItemSubscriptionListList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedItemSubscriptionListList] = Operation(
    operation_id="billing_platforms_subscribers_list",
    method="GET",
    path="/api/billing/platforms/{platform_key}/subscribers/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedItemSubscriptionListList"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "query.item_type": {"$ref": "#/components/schemas/BillingPlatformsSubscribersListItemType"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.status": {"$ref": "#/components/schemas/BillingPlatformsSubscribersListStatus"},
    },
)


def _parse_item(data: Any) -> ItemSubscriptionList:
    """One item of a page."""
    results_item = ItemSubscriptionList.from_dict(data)

    return results_item


PAGE: PageShape[ItemSubscriptionList] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    platform_key: str,
    item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_item_type: str | Unset = UNSET
    if not isinstance(item_type, Unset):
        json_item_type = item_type.value

    params["item_type"] = json_item_type

    params["page"] = page

    params["page_size"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/billing/platforms/{platform_key}/subscribers/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
