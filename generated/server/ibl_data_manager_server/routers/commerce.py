"""Routes for the operations tagged `commerce`: each calls `CommerceApi`."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Path, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import CommerceApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["commerce"])


async def commerce_api(request: Request) -> CommerceApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, CommerceApi):
        return implementation
    return CommerceApi()


# What a secured operation receives, once the caller's key is accepted.
secured_commerce_api = ApiKeyGuard(commerce_api)


@router.get(
    "/api/provider-association/stripe/callback/{launch_id}/",
    operation_id="provider_association_stripe_callback_retrieve",
    description="Handle callbacks from Stripe after successful checkout.  Updates: - Platform launch state - Association configuration status",
    status_code=200,
    response_model=models.ProviderAssociationStripeCallbackRetrieveResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def provider_association_stripe_callback_retrieve(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    launch_id: Annotated[str, Path()],
) -> models.ProviderAssociationStripeCallbackRetrieveResponse:
    return await api.provider_association_stripe_callback_retrieve(launch_id=launch_id)


@router.post(
    "/api/providers/apple/associate-account/",
    operation_id="providers_apple_associate_account_create",
    description="Associate an Apple account with a user known user",
    status_code=200,
    response_model=models.AssociateAccountResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def providers_apple_associate_account_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    body: Annotated[models.AssociateAppleAccount, Body()],
) -> models.AssociateAccountResponse:
    return await api.providers_apple_associate_account_create(body=body)


@router.post(
    "/api/providers/apple/hook/",
    operation_id="providers_apple_hook_create",
    description="View to handle apple webhooks",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def providers_apple_hook_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
) -> Response:
    await api.providers_apple_hook_create()
    return Response(status_code=200)


@router.post(
    "/api/providers/apple/subscription-status/",
    operation_id="providers_apple_subscription_status_create",
    description="Returns information about a user subscription status",
    status_code=200,
    response_model=models.AppleSubscriptionStatusView,
    response_model_exclude_unset=True,
    response_description="",
)
async def providers_apple_subscription_status_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    request: Request,
    body: Annotated[models.AppleSubscriptionStatusRequest | None, Body()] = None,
) -> models.AppleSubscriptionStatusView:
    await reject_json_null(request, body)
    return await api.providers_apple_subscription_status_create(body=body)


@router.post(
    "/api/providers/apple/validate-transaction-id/",
    operation_id="providers_apple_validate_transaction_id_create",
    description="Checks if a provided transaction_id is valid",
    status_code=200,
    response_model=models.BaseResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def providers_apple_validate_transaction_id_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    body: Annotated[models.AppleVerifyTransactionId, Body()],
) -> models.BaseResponse:
    return await api.providers_apple_validate_transaction_id_create(body=body)


@router.post(
    "/api/providers/aws/create-organization/",
    operation_id="providers_aws_create_organization_create",
    description="Serves a view that redirects to the AWS marketplace create organization page  Set CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the AWS marketplace create organization page",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def providers_aws_create_organization_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
) -> Response:
    await api.providers_aws_create_organization_create()
    return Response(status_code=200)


@router.get(
    "/api/providers/aws/domain-status/",
    operation_id="providers_aws_domain_status_retrieve",
    description="API endpoint to get domain setup status",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def providers_aws_domain_status_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
) -> Response:
    await api.providers_aws_domain_status_retrieve()
    return Response(status_code=200)


@router.post(
    "/api/providers/aws/launch-tenant/",
    operation_id="providers_aws_launch_tenant_create",
    description="Proxy to the Platform launch API  We cannot expose launching a tenant to an authorized user hence the need for the API  The API validates the x_amzn_marketplace_token and then proxies the request to the Platform Launch API",
    status_code=201,
    response_model=models.TenantLaunchResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def providers_aws_launch_tenant_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    body: Annotated[models.AWSTenantLaunchRequest, Body()],
) -> models.TenantLaunchResponse:
    return await api.providers_aws_launch_tenant_create(body=body)


@router.get(
    "/api/providers/aws/sync-domain-records/",
    operation_id="providers_aws_sync_domain_records_retrieve",
    description="API endpoint to get/update CNAME records for domain setup",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def providers_aws_sync_domain_records_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
) -> Response:
    await api.providers_aws_sync_domain_records_retrieve()
    return Response(status_code=200)


@router.post(
    "/api/providers/aws/sync-domain-records/",
    operation_id="providers_aws_sync_domain_records_create",
    description="API endpoint to get/update CNAME records for domain setup",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def providers_aws_sync_domain_records_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
) -> Response:
    await api.providers_aws_sync_domain_records_create()
    return Response(status_code=200)


@router.post(
    "/api/providers/gcp/create-organization/",
    operation_id="providers_gcp_create_organization_create",
    description="Serves a view that redirects to the GCP marketplace create organization page  Set CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the GCP marketplace create organization page",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def providers_gcp_create_organization_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
) -> Response:
    await api.providers_gcp_create_organization_create()
    return Response(status_code=200)


@router.post(
    "/api/providers/gcp/create-organization/{product_id}/",
    operation_id="providers_gcp_create_organization_create_2",
    description="Serves a view that redirects to the GCP marketplace create organization page  Set CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the GCP marketplace create organization page",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def providers_gcp_create_organization_create_2(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    product_id: Annotated[str, Path()],
) -> Response:
    await api.providers_gcp_create_organization_create_2(product_id=product_id)
    return Response(status_code=200)


@router.post(
    "/api/providers/gcp/hook/",
    operation_id="providers_gcp_hook_create",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def providers_gcp_hook_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
) -> Response:
    await api.providers_gcp_hook_create()
    return Response(status_code=200)


@router.post(
    "/api/providers/gcp/launch-tenant/",
    operation_id="providers_gcp_launch_tenant_create",
    description="Proxy to the Platform launch API  We cannot expose launching a tenant to an authorized user hence the need for the API  The API validates the x_gcp_marketplace_token and then proxies the request to the Platform Launc API",
    status_code=201,
    response_model=models.TenantLaunchResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def providers_gcp_launch_tenant_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    body: Annotated[models.GCPTenantLaunchRequest, Body()],
) -> models.TenantLaunchResponse:
    return await api.providers_gcp_launch_tenant_create(body=body)


@router.post(
    "/api/providers/gcp/validate-signup-token/",
    operation_id="providers_gcp_validate_signup_token_create",
    status_code=200,
    response_model=models.VerifyGCPMarketPlaceResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def providers_gcp_validate_signup_token_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    body: Annotated[models.VerifyGCPMarketPlaceRequest, Body()],
) -> models.VerifyGCPMarketPlaceResponse:
    return await api.providers_gcp_validate_signup_token_create(body=body)


@router.get(
    "/api/providers/google-pay/get-account/{bundle_id}",
    operation_id="providers_google_pay_get_account_retrieve",
    description="Google Allows us to pass an obfuscated account id to be sent to during a subscription purchase",
    status_code=200,
    response_model=models.GooglePayAccountResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def providers_google_pay_get_account_retrieve(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    bundle_id: Annotated[str, Path()],
) -> models.GooglePayAccountResponse:
    return await api.providers_google_pay_get_account_retrieve(bundle_id=bundle_id)


@router.post(
    "/api/providers/google-pay/hook/",
    operation_id="providers_google_pay_hook_create",
    description="View to handle Google Pay webhooks",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def providers_google_pay_hook_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
) -> Response:
    await api.providers_google_pay_hook_create()
    return Response(status_code=200)


@router.post(
    "/api/providers/google-pay/validate-transaction-id/",
    operation_id="providers_google_pay_validate_transaction_id_create",
    description="Associate a Google Pay account with a known user",
    status_code=200,
    response_model=models.BaseResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def providers_google_pay_validate_transaction_id_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    body: Annotated[models.GooglePayVerifyToken, Body()],
) -> models.BaseResponse:
    return await api.providers_google_pay_validate_transaction_id_create(body=body)


@router.post(
    "/api/providers/stripe/create-organization/",
    operation_id="providers_stripe_create_organization_create",
    description="Proxy to the Platform launch API  We cannot expose launching a tenant to an unauthorized user hence the need for the API  The API validates the stripe_checkout_id and then proxies the request to the Platform Launch API",
    status_code=201,
    response_model=models.TenantLaunchResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def providers_stripe_create_organization_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    body: Annotated[models.StripeNewUserTenantLaunchRequest, Body()],
) -> models.TenantLaunchResponse:
    return await api.providers_stripe_create_organization_create(body=body)


@router.post(
    "/api/provision/{config_name}/",
    operation_id="provision_create",
    description='POST Update platform provisioning config  request body: {"config_name": "demo_config}',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def provision_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    config_name: Annotated[str, Path()],
) -> Response:
    await api.provision_create(config_name=config_name)
    return Response(status_code=200)


@router.post(
    "/api/service/launch/tenant/",
    operation_id="service_launch_tenant_create",
    description="User/tenant creation API  To create using any payment provider, ensure you use the StudentToken Authentication Mechanism  and also include the correct `provider_key` in the request body:  ```     apple_transaction_id: str     stripe_checkout_id: str     x_gcp_marketplace_token: str     aws_transaction_id: str     google_pay_transaction_id: str ```  To create a tenant without a payment provider, call the API without ny of the above provider keys in the request body",
    status_code=201,
    response_model=models.TenantLaunchResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_launch_tenant_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    body: Annotated[models.TenantLaunchRequest, Body()],
) -> models.TenantLaunchResponse:
    return await api.service_launch_tenant_create(body=body)


@router.post(
    "/api/service/manage/user/",
    operation_id="service_manage_user_create",
    description="User creation flow",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_manage_user_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
) -> Response:
    await api.service_manage_user_create()
    return Response(status_code=200)


@router.post(
    "/api/service/manage/user/role/",
    operation_id="service_manage_user_role_create",
    description="Make user tenant admin",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_manage_user_role_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
) -> Response:
    await api.service_manage_user_role_create()
    return Response(status_code=200)


@router.post(
    "/api/service/orgs/{org}/users/{user_id}/stripe/checkout-session/",
    operation_id="service_orgs_users_stripe_checkout_session_create",
    description='Stripe checkout session API View for user upgrade  Request the following fields:  - tenant - sku - mode - success_url - cancel_url  Response: {     "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }',
    status_code=200,
    response_model=models.StripeCheckoutSessionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_orgs_users_stripe_checkout_session_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.StripeCheckoutSessionRequest, Body()],
) -> models.StripeCheckoutSessionResponse:
    return await api.service_orgs_users_stripe_checkout_session_create(
        org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/service/orgs/{org}/users/{user_id}/stripe/customer-portal/",
    operation_id="service_orgs_users_stripe_customer_portal_create",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.StripeCustomerPortalResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_orgs_users_stripe_customer_portal_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.StripeCustomerPortalRequest, Body()],
) -> models.StripeCustomerPortalResponse:
    return await api.service_orgs_users_stripe_customer_portal_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/service/orgs/{org}/users/{user_id}/stripe/products/",
    operation_id="service_orgs_users_stripe_products_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.StripeLocalProduct,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_orgs_users_stripe_products_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.StripeLocalProduct:
    return await api.service_orgs_users_stripe_products_retrieve(org=org, user_id=user_id)


@router.post(
    "/api/service/orgs/{org}/users/{user_id}/stripe/products/manage/",
    operation_id="service_orgs_users_stripe_products_manage_create",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_orgs_users_stripe_products_manage_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.service_orgs_users_stripe_products_manage_create(org=org, user_id=user_id)
    return Response(status_code=200)


@router.post(
    "/api/service/orgs/{org}/users/{user_id}/stripe/subscription-renewal/",
    operation_id="service_orgs_users_stripe_subscription_renewal_create",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.StripeSubscriptionRenewalResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_orgs_users_stripe_subscription_renewal_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.StripeSubscriptionRenewalRequest, Body()],
) -> models.StripeSubscriptionRenewalResponse:
    return await api.service_orgs_users_stripe_subscription_renewal_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/service/orgs/{org}/users/{user_id}/stripe/subscriptions/",
    operation_id="service_orgs_users_stripe_subscriptions_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_orgs_users_stripe_subscriptions_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.service_orgs_users_stripe_subscriptions_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.get(
    "/api/service/orgs/{platform_key}/stripe/course-payment-callback/",
    operation_id="service_orgs_stripe_course_payment_callback_retrieve",
    description="Handle course payment callback after successful Stripe checkout. Enrolls the user in the purchased course.  URL Parameters:     - stripe_checkout_id: The local Checkout Session UUID  Response:     - Redirect: Successfully processed course enrollment     - 404: Checkout session not found     - 400: Invalid checkout session or product     - 500: Server error during processing",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_orgs_stripe_course_payment_callback_retrieve(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    platform_key: Annotated[str, Path()],
) -> Response:
    await api.service_orgs_stripe_course_payment_callback_retrieve(platform_key=platform_key)
    return Response(status_code=200)


@router.delete(
    "/api/service/platforms/{platform_key}/stripe/connect/",
    operation_id="service_platforms_stripe_connect_destroy",
    description="Disconnect Stripe Connect account",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def service_platforms_stripe_connect_destroy(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    platform_key: Annotated[str, Path()],
) -> dict[str, Any]:
    return await api.service_platforms_stripe_connect_destroy(platform_key=platform_key)


@router.get(
    "/api/service/platforms/{platform_key}/stripe/connect/dashboard/",
    operation_id="service_platforms_stripe_connect_dashboard_retrieve",
    description="Get Express Dashboard login link",
    status_code=200,
    response_model=models.StripeConnectDashboardLink,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_platforms_stripe_connect_dashboard_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    platform_key: Annotated[str, Path()],
) -> models.StripeConnectDashboardLink:
    return await api.service_platforms_stripe_connect_dashboard_retrieve(platform_key=platform_key)


@router.post(
    "/api/service/platforms/{platform_key}/stripe/connect/onboard/",
    operation_id="service_platforms_stripe_connect_onboard_create",
    description="Start Stripe Connect onboarding for platform admin",
    status_code=200,
    response_model=models.StripeConnectOnboardResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_platforms_stripe_connect_onboard_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.StripeConnectOnboard, Body()],
) -> models.StripeConnectOnboardResponse:
    return await api.service_platforms_stripe_connect_onboard_create(
        platform_key=platform_key, body=body
    )


@router.post(
    "/api/service/platforms/{platform_key}/stripe/connect/onboard/refresh/",
    operation_id="service_platforms_stripe_connect_onboard_refresh_create",
    description="Start Stripe Connect onboarding for platform admin",
    status_code=200,
    response_model=models.StripeConnectOnboardResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_platforms_stripe_connect_onboard_refresh_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.StripeConnectOnboard, Body()],
) -> models.StripeConnectOnboardResponse:
    return await api.service_platforms_stripe_connect_onboard_refresh_create(
        platform_key=platform_key, body=body
    )


@router.get(
    "/api/service/platforms/{platform_key}/stripe/connect/status/",
    operation_id="service_platforms_stripe_connect_status_retrieve",
    description="Get Connect account status",
    status_code=200,
    response_model=models.StripeConnectStatus,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_platforms_stripe_connect_status_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    platform_key: Annotated[str, Path()],
) -> models.StripeConnectStatus:
    return await api.service_platforms_stripe_connect_status_retrieve(platform_key=platform_key)


@router.get(
    "/api/service/platforms/{platform_key}/stripe/context/",
    operation_id="service_platforms_stripe_context_retrieve",
    description="Create a uuid to help us track internally user initiated checkout",
    status_code=200,
    response_model=models.StripeContext,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_platforms_stripe_context_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    platform_key: Annotated[str, Path()],
) -> models.StripeContext:
    return await api.service_platforms_stripe_context_retrieve(platform_key=platform_key)


@router.get(
    "/api/service/platforms/{platform_key}/stripe/credit-topup-callback/{checkout_session_id}/",
    operation_id="service_platforms_stripe_credit_topup_callback_retrieve",
    description="Handle  callback after successful Stripe checkout for credit top up. Redirects user to another page, ensures user credit is updated accordingly.  URL Parameters:     - stripe_checkout_id: The Checkout Session UUID  Response:     - Redirect: Successfully validated and sending to next page     - 404: Checkout session not found     - 400: Invalid checkout session or product     - 500: Server error during processing",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_platforms_stripe_credit_topup_callback_retrieve(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    checkout_session_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> Response:
    await api.service_platforms_stripe_credit_topup_callback_retrieve(
        checkout_session_id=checkout_session_id, platform_key=platform_key
    )
    return Response(status_code=200)


@router.get(
    "/api/service/platforms/{platform_key}/stripe/pricing-page-callback/",
    operation_id="service_platforms_stripe_pricing_page_callback_retrieve",
    description="Handle  callback after successful Stripe checkout. Redirects user to another page, ensures user subscription is updated accordingly.  URL Parameters:     - stripe_checkout_id: The local Checkout Session UUID  Response:     - Redirect: Successfully validated and sending to next page     - 404: Checkout session not found     - 400: Invalid checkout session or product     - 500: Server error during processing",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_platforms_stripe_pricing_page_callback_retrieve(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    platform_key: Annotated[str, Path()],
) -> Response:
    await api.service_platforms_stripe_pricing_page_callback_retrieve(platform_key=platform_key)
    return Response(status_code=200)


@router.get(
    "/api/service/platforms/{platform_key}/stripe/pricing-page-callback/{checkout_session_id}/",
    operation_id="service_platforms_stripe_pricing_page_callback_retrieve_2",
    description="Handle  callback after successful Stripe checkout. Redirects user to another page, ensures user subscription is updated accordingly.  URL Parameters:     - stripe_checkout_id: The local Checkout Session UUID  Response:     - Redirect: Successfully validated and sending to next page     - 404: Checkout session not found     - 400: Invalid checkout session or product     - 500: Server error during processing",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_platforms_stripe_pricing_page_callback_retrieve_2(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    checkout_session_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
) -> Response:
    await api.service_platforms_stripe_pricing_page_callback_retrieve_2(
        checkout_session_id=checkout_session_id, platform_key=platform_key
    )
    return Response(status_code=200)


@router.get(
    "/api/service/platforms/{platform_key}/stripe/pricing-page-session/",
    operation_id="service_platforms_stripe_pricing_page_session_retrieve",
    description="Create a uuid to help us track internally user initiated checkout",
    status_code=200,
    response_model=models.StripeBillingPageIdentifierResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_platforms_stripe_pricing_page_session_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    platform_key: Annotated[str, Path()],
) -> models.StripeBillingPageIdentifierResponse:
    return await api.service_platforms_stripe_pricing_page_session_retrieve(
        platform_key=platform_key
    )


@router.post(
    "/api/service/stripe/checkout/free-trial/",
    operation_id="service_stripe_checkout_free_trial_create",
    description='Stripe free trial checkout session. No user auth  Request the following fields:  - success_url - cancel_url - product  Response: {     "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }',
    status_code=200,
    response_model=models.StripeCheckoutSessionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_stripe_checkout_free_trial_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
    body: Annotated[models.StripeCheckoutSessionResponse, Body()],
) -> models.StripeCheckoutSessionResponse:
    return await api.service_stripe_checkout_free_trial_create(body=body)


@router.get(
    "/api/service/stripe/checkout/{checkout_uuid}/",
    operation_id="service_stripe_checkout_retrieve",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_stripe_checkout_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    checkout_uuid: Annotated[str, Path()],
) -> Response:
    await api.service_stripe_checkout_retrieve(checkout_uuid=checkout_uuid)
    return Response(status_code=200)


@router.post(
    "/api/service/stripe/new-user-checkout/",
    operation_id="service_stripe_new_user_checkout_create",
    description='Stripe checkout session API View for new users (first-time subscription)  Request the following fields:  - user_id, username, or email (user identifier) - tenant (tenant type to create after successful checkout) - sku - mode (choices: "subscription", "payment", "setup") - success_url - cancel_url - period (optional): Billing period - "weekly", "monthly", or "yearly" (defaults to "monthly") - skip_card (optional): Skip card collection for free plans - is_free_trial (optional): Enable free trial mode  Response: {     "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }',
    status_code=200,
    response_model=models.StripeCheckoutSessionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def service_stripe_new_user_checkout_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
    body: Annotated[models.StripeCheckoutSessionRequest, Body()],
) -> models.StripeCheckoutSessionResponse:
    return await api.service_stripe_new_user_checkout_create(body=body)


@router.post(
    "/api/service/tenant/validation/",
    operation_id="service_tenant_validation_create",
    description="Check if a tenant with a given key, org, or name exists.  At least one non-empty filter parameter (key, org, or name) is required.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_tenant_validation_create(
    *,
    api: Annotated[CommerceApi, Depends(commerce_api)],
) -> Response:
    await api.service_tenant_validation_create()
    return Response(status_code=200)


@router.get(
    "/api/service/token/",
    operation_id="service_token_retrieve",
    description="GET Gets site hash_key from or Gets site_id form hash_key",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_token_retrieve(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
) -> Response:
    await api.service_token_retrieve()
    return Response(status_code=200)


@router.post(
    "/api/service/user/validation/",
    operation_id="service_user_validation_create",
    description="Check if tenant exists or not",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def service_user_validation_create(
    *,
    api: Annotated[CommerceApi, Security(secured_commerce_api)],
) -> Response:
    await api.service_user_validation_create()
    return Response(status_code=200)
