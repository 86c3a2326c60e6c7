"""Routes for the operations tagged `platforms`: each calls `PlatformsApi`."""

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import PlatformsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["platforms"])


async def platforms_api(request: Request) -> PlatformsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, PlatformsApi):
        return implementation
    return PlatformsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_platforms_api = ApiKeyGuard(platforms_api)


@router.get(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/access-check/",
    operation_id="platforms_items_access_check_retrieve",
    description="Check whether the authenticated user has payment access to an item on a scoped platform.",
    status_code=200,
    response_model=models.ItemAccessCheckResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_access_check_retrieve(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> models.ItemAccessCheckResponse:
    return await api.platforms_items_access_check_retrieve(
        item_id=item_id, item_type=item_type, platform_key=platform_key
    )


@router.get(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/checkout-callback/",
    operation_id="platforms_items_checkout_callback_retrieve",
    summary="Handle checkout callback",
    description="Stripe redirects here after checkout. Processes the completed session and redirects to the return URL.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platforms_items_checkout_callback_retrieve(
    *,
    api: Annotated[PlatformsApi, Depends(platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    return_url: Annotated[str | None, Query(min_length=1)] = None,
) -> Response:
    await api.platforms_items_checkout_callback_retrieve(
        item_id=item_id, item_type=item_type, platform_key=platform_key, return_url=return_url
    )
    return Response(status_code=200)


@router.get(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/checkout-callback/{checkout_session_id}/",
    operation_id="platforms_items_checkout_callback_retrieve_2",
    summary="Handle checkout callback",
    description="Stripe redirects here after checkout. Processes the completed session and redirects to the return URL.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platforms_items_checkout_callback_retrieve_2(
    *,
    api: Annotated[PlatformsApi, Depends(platforms_api)],
    checkout_session_id: Annotated[str, Path()],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    return_url: Annotated[str | None, Query(min_length=1)] = None,
) -> Response:
    await api.platforms_items_checkout_callback_retrieve_2(
        checkout_session_id=checkout_session_id,
        item_id=item_id,
        item_type=item_type,
        platform_key=platform_key,
        return_url=return_url,
    )
    return Response(status_code=200)


@router.post(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/checkout-guest/",
    operation_id="platforms_items_checkout_guest_create",
    summary="Create guest checkout session",
    description="Create a Stripe checkout session for a guest user (email required).",
    status_code=200,
    response_model=models.CheckoutSessionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_checkout_guest_create(
    *,
    api: Annotated[PlatformsApi, Depends(platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.CheckoutSessionCreate, Body()],
) -> models.CheckoutSessionResponse:
    return await api.platforms_items_checkout_guest_create(
        item_id=item_id, item_type=item_type, platform_key=platform_key, body=body
    )


@router.post(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/checkout/",
    operation_id="platforms_items_checkout_create",
    summary="Create checkout session",
    description="Create a Stripe checkout session for an authenticated user to purchase or subscribe to an item.",
    status_code=200,
    response_model=models.CheckoutSessionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_checkout_create(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.CheckoutSessionCreate, Body()],
) -> models.CheckoutSessionResponse:
    return await api.platforms_items_checkout_create(
        item_id=item_id, item_type=item_type, platform_key=platform_key, body=body
    )


@router.get(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/",
    operation_id="platforms_items_paywall_retrieve",
    summary="Get paywall configuration",
    description="Retrieve the paywall configuration for an item. Returns default (disabled) config if none exists.",
    status_code=200,
    response_model=models.ItemPaywallConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_paywall_retrieve(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> models.ItemPaywallConfig:
    return await api.platforms_items_paywall_retrieve(
        item_id=item_id, item_type=item_type, platform_key=platform_key
    )


@router.put(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/",
    operation_id="platforms_items_paywall_update",
    summary="Update paywall configuration",
    description="Same as POST. Update the paywall configuration for an item.",
    status_code=200,
    response_model=models.ItemPaywallConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_paywall_update(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    request: Request,
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.ItemPaywallConfigCreate | None, Body()] = None,
) -> models.ItemPaywallConfig:
    await reject_json_null(request, body)
    return await api.platforms_items_paywall_update(
        item_id=item_id, item_type=item_type, platform_key=platform_key, body=body
    )


@router.post(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/",
    operation_id="platforms_items_paywall_create",
    summary="Create or update paywall configuration",
    description="Enable or configure the paywall for an item. Creates a Stripe product on first enable.",
    status_code=200,
    response_model=models.ItemPaywallConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_paywall_create(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    request: Request,
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.ItemPaywallConfigCreate | None, Body()] = None,
) -> models.ItemPaywallConfig:
    await reject_json_null(request, body)
    return await api.platforms_items_paywall_create(
        item_id=item_id, item_type=item_type, platform_key=platform_key, body=body
    )


@router.delete(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/",
    operation_id="platforms_items_paywall_destroy",
    summary="Disable paywall configuration",
    description="Disable the paywall for an item. Does not delete the configuration.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def platforms_items_paywall_destroy(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> Response:
    await api.platforms_items_paywall_destroy(
        item_id=item_id, item_type=item_type, platform_key=platform_key
    )
    return Response(status_code=204)


@router.get(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/",
    operation_id="platforms_items_paywall_prices_list",
    summary="List prices",
    description="List active prices for an item's paywall configuration.",
    status_code=200,
    response_model=list[models.ItemPrice],
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_paywall_prices_list(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> list[models.ItemPrice]:
    return await api.platforms_items_paywall_prices_list(
        item_id=item_id, item_type=item_type, platform_key=platform_key
    )


@router.post(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/",
    operation_id="platforms_items_paywall_prices_create",
    summary="Create a price",
    description="Create a new price tier for an item. Requires paywall to be enabled and Stripe Connect account ready.",
    status_code=201,
    response_model=models.ItemPrice,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_paywall_prices_create(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.ItemPriceCreate, Body()],
) -> models.ItemPrice:
    return await api.platforms_items_paywall_prices_create(
        item_id=item_id, item_type=item_type, platform_key=platform_key, body=body
    )


@router.get(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/",
    operation_id="platforms_items_paywall_prices_retrieve",
    summary="Get price details",
    description="Retrieve a specific price by ID.",
    status_code=200,
    response_model=models.ItemPrice,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_paywall_prices_retrieve(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    price_id: Annotated[str, Path()],
) -> models.ItemPrice:
    return await api.platforms_items_paywall_prices_retrieve(
        item_id=item_id, item_type=item_type, platform_key=platform_key, price_id=price_id
    )


@router.put(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/",
    operation_id="platforms_items_paywall_prices_update",
    summary="Update a price",
    description="Update a price tier. If pricing fields change and a Stripe price exists, a new Stripe price is created and the old one deactivated.",
    status_code=200,
    response_model=models.ItemPrice,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_paywall_prices_update(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    price_id: Annotated[str, Path()],
    body: Annotated[models.ItemPriceCreate, Body()],
) -> models.ItemPrice:
    return await api.platforms_items_paywall_prices_update(
        item_id=item_id,
        item_type=item_type,
        platform_key=platform_key,
        price_id=price_id,
        body=body,
    )


@router.delete(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/",
    operation_id="platforms_items_paywall_prices_destroy",
    summary="Delete a price",
    description="Soft-delete a price tier and deactivate the corresponding Stripe price.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def platforms_items_paywall_prices_destroy(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    price_id: Annotated[str, Path()],
) -> Response:
    await api.platforms_items_paywall_prices_destroy(
        item_id=item_id, item_type=item_type, platform_key=platform_key, price_id=price_id
    )
    return Response(status_code=204)


@router.get(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/pricing/",
    operation_id="platforms_items_pricing_retrieve",
    summary="Get public pricing",
    description="Retrieve public pricing information for an item. No authentication required.",
    status_code=200,
    response_model=models.PublicItemPricing,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_pricing_retrieve(
    *,
    api: Annotated[PlatformsApi, Depends(platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> models.PublicItemPricing:
    return await api.platforms_items_pricing_retrieve(
        item_id=item_id, item_type=item_type, platform_key=platform_key
    )


@router.get(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/",
    operation_id="platforms_items_subscribers_list",
    summary="List item subscribers",
    description="List all subscribers for an item. Optionally filter by subscription status.",
    status_code=200,
    response_model=models.PaginatedItemSubscriptionList,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_subscribers_list(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    status: Annotated[
        Literal["active", "free", "grandfathered", "trialing", "past_due", "canceled", "incomplete"]
        | None,
        Query(
            min_length=1,
            description="* `active` - Active * `free` - Free Tier * `grandfathered` - Grandfathered * `trialing` - Trialing * `past_due` - Past Due * `canceled` - Canceled * `incomplete` - Incomplete",
        ),
    ] = None,
) -> models.PaginatedItemSubscriptionList:
    return await api.platforms_items_subscribers_list(
        item_id=item_id,
        item_type=item_type,
        platform_key=platform_key,
        page=page,
        page_size=page_size,
        status=status,
    )


@router.get(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/",
    operation_id="platforms_items_subscription_retrieve",
    summary="Get user subscription",
    description="Retrieve the current user's subscription to an item.",
    status_code=200,
    response_model=models.ItemSubscription,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_subscription_retrieve(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> models.ItemSubscription:
    return await api.platforms_items_subscription_retrieve(
        item_id=item_id, item_type=item_type, platform_key=platform_key
    )


@router.post(
    "/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/cancel/",
    operation_id="platforms_items_subscription_cancel_create",
    summary="Cancel subscription",
    description="Cancel the current user's subscription. Returns a Stripe customer portal URL for recurring subscriptions, or cancels directly for one-time purchases.",
    status_code=200,
    response_model=models.PortalUrlResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_items_subscription_cancel_create(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> models.PortalUrlResponse:
    return await api.platforms_items_subscription_cancel_create(
        item_id=item_id, item_type=item_type, platform_key=platform_key
    )


@router.get(
    "/platforms/{platform_key}/my-subscriptions/",
    operation_id="platforms_my_subscriptions_list",
    summary="List user subscriptions",
    description="Paginated list of the current user's subscriptions on a platform. Optionally filter by status or item_type.",
    status_code=200,
    response_model=models.PaginatedItemSubscriptionListList,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_my_subscriptions_list(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    platform_key: Annotated[str, Path()],
    item_type: Annotated[
        Literal["mentor", "course", "program", "pathway"] | None,
        Query(
            min_length=1,
            description="* `mentor` - mentor * `course` - course * `program` - program * `pathway` - pathway",
        ),
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    status: Annotated[
        Literal["active", "free", "grandfathered", "trialing", "past_due", "canceled", "incomplete"]
        | None,
        Query(
            min_length=1,
            description="* `active` - Active * `free` - Free Tier * `grandfathered` - Grandfathered * `trialing` - Trialing * `past_due` - Past Due * `canceled` - Canceled * `incomplete` - Incomplete",
        ),
    ] = None,
) -> models.PaginatedItemSubscriptionListList:
    return await api.platforms_my_subscriptions_list(
        platform_key=platform_key,
        item_type=item_type,
        page=page,
        page_size=page_size,
        status=status,
    )


@router.get(
    "/platforms/{platform_key}/paywalls/",
    operation_id="platforms_paywalls_list",
    summary="List all platform paywall configurations",
    description="Paginated list of all item paywall configurations on a platform. Filterable by item_type and is_enabled.",
    status_code=200,
    response_model=models.PaginatedItemPaywallConfigList,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_paywalls_list(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    platform_key: Annotated[str, Path()],
    is_enabled: Annotated[bool | None, Query()] = None,
    item_type: Annotated[
        Literal["mentor", "course", "program", "pathway"] | None,
        Query(
            min_length=1,
            description="* `mentor` - mentor * `course` - course * `program` - program * `pathway` - pathway",
        ),
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> models.PaginatedItemPaywallConfigList:
    return await api.platforms_paywalls_list(
        platform_key=platform_key,
        is_enabled=is_enabled,
        item_type=item_type,
        page=page,
        page_size=page_size,
    )


@router.get(
    "/platforms/{platform_key}/revenue/",
    operation_id="platforms_revenue_retrieve",
    summary="Platform sales summary",
    description="Aggregate sales volume and count for a platform across all item types.",
    status_code=200,
    response_model=models.PlatformRevenueSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_revenue_retrieve(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    platform_key: Annotated[str, Path()],
) -> models.PlatformRevenueSummary:
    return await api.platforms_revenue_retrieve(platform_key=platform_key)


@router.get(
    "/platforms/{platform_key}/subscribers/",
    operation_id="platforms_subscribers_list",
    summary="List all platform subscribers",
    description="Paginated list of all subscribers across all items on a platform. Filterable by status and item_type.",
    status_code=200,
    response_model=models.PaginatedItemSubscriptionListList,
    response_model_exclude_unset=True,
    response_description="",
)
async def platforms_subscribers_list(
    *,
    api: Annotated[PlatformsApi, Security(secured_platforms_api)],
    platform_key: Annotated[str, Path()],
    item_type: Annotated[
        Literal["mentor", "course", "program", "pathway"] | None,
        Query(
            min_length=1,
            description="* `mentor` - mentor * `course` - course * `program` - program * `pathway` - pathway",
        ),
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    status: Annotated[
        Literal["active", "free", "grandfathered", "trialing", "past_due", "canceled", "incomplete"]
        | None,
        Query(
            min_length=1,
            description="* `active` - Active * `free` - Free Tier * `grandfathered` - Grandfathered * `trialing` - Trialing * `past_due` - Past Due * `canceled` - Canceled * `incomplete` - Incomplete",
        ),
    ] = None,
) -> models.PaginatedItemSubscriptionListList:
    return await api.platforms_subscribers_list(
        platform_key=platform_key,
        item_type=item_type,
        page=page,
        page_size=page_size,
        status=status,
    )
