"""`platforms_items_subscribers_list`: GET /platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.item_subscription import ItemSubscription
from ...models.paginated_item_subscription_list import PaginatedItemSubscriptionList
from ...models.platforms_items_subscribers_list_status import PlatformsItemsSubscribersListStatus
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedItemSubscriptionList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedItemSubscriptionList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedItemSubscriptionList] = Operation(
    operation_id="platforms_items_subscribers_list",
    method="GET",
    path="/platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedItemSubscriptionList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.item_id": {"type": "string"},
        "path.item_type": {"type": "string"},
        "path.platform_key": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.status": {"$ref": "#/components/schemas/PlatformsItemsSubscribersListStatus"},
    },
)


def _parse_item(data: Any) -> ItemSubscription:
    """One item of a page."""
    results_item = ItemSubscription.from_dict(data)

    return results_item


PAGE: PageShape[ItemSubscription] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    platform_key: str,
    item_type: str,
    item_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

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
        url="/platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            item_type=quote(wire_text(item_type), safe=""),
            item_id=quote(wire_text(item_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.item_type": wire_value(item_type),
            "path.item_id": wire_value(item_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
