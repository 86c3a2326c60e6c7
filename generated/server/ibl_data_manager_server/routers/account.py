"""Routes for the operations tagged `account`: each calls `AccountApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Query, Request, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AccountApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["account"])


async def account_api(request: Request) -> AccountApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AccountApi):
        return implementation
    return AccountApi()


# What a secured operation receives, once the caller's key is accepted.
secured_account_api = ApiKeyGuard(account_api)


@router.get(
    "/account/",
    operation_id="account_retrieve",
    summary="Get credit account information",
    description="Return display credits (available_credits, has_credits, account_id) and auto-recharge settings. Pass platform_key (or key) to see platform balance if you are a platform admin.",
    status_code=200,
    response_model=models.CreditAccountInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def account_retrieve(
    *,
    api: Annotated[AccountApi, Security(secured_account_api)],
    platform_key: Annotated[
        str | None,
        Query(
            min_length=1,
            description="The unique key of the platform to access. If not provided, defaults to 'main' (user's own account).",
        ),
    ] = None,
) -> models.CreditAccountInfo:
    return await api.account_retrieve(platform_key=platform_key)


@router.put(
    "/account/",
    operation_id="account_update",
    summary="Update auto-recharge preferences",
    description="Update auto_recharge_threshold_usd, auto_recharge_amount_usd, auto_recharge_enabled, and/or auto_recharge_spending_limit_usd. When enabling auto-recharge, missing values are calculated: if only limit set, amount = 20% of limit; if only amount set, limit = 5x amount; if neither set, defaults are limit=20, amount=4. Pass platform_key in the request body to update platform settings.",
    status_code=200,
    response_model=models.CreditAccountInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def account_update(
    *,
    api: Annotated[AccountApi, Security(secured_account_api)],
    request: Request,
    body: Annotated[models.CreditAccountAutoRechargeUpdate | None, Body()] = None,
) -> models.CreditAccountInfo:
    await reject_json_null(request, body)
    return await api.account_update(body=body)


@router.patch(
    "/account/",
    operation_id="account_partial_update",
    summary="Partially update auto-recharge preferences",
    description="Same as PUT; partial update of auto-recharge fields.",
    status_code=200,
    response_model=models.CreditAccountInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def account_partial_update(
    *,
    api: Annotated[AccountApi, Security(secured_account_api)],
    request: Request,
    body: Annotated[models.PatchedCreditAccountAutoRechargeUpdate | None, Body()] = None,
) -> models.CreditAccountInfo:
    await reject_json_null(request, body)
    return await api.account_partial_update(body=body)
