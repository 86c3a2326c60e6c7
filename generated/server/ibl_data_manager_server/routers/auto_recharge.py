"""Routes for the operations tagged `auto-recharge`: each calls `AutoRechargeApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Request, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AutoRechargeApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["auto-recharge"])


async def auto_recharge_api(request: Request) -> AutoRechargeApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AutoRechargeApi):
        return implementation
    return AutoRechargeApi()


# What a secured operation receives, once the caller's key is accepted.
secured_auto_recharge_api = ApiKeyGuard(auto_recharge_api)


@router.post(
    "/auto-recharge/trigger/",
    operation_id="auto_recharge_trigger_create",
    summary="Trigger auto-recharge or manual top-up",
    description="With amount_usd: manual top-up (charge that amount, add credits; no threshold/limit/cooldown). Without amount_usd: run auto-recharge once if enabled and balance below threshold. Returns 400 if skipped or failed (e.g. no payment method, cooldown). Pass platform_key in request body.",
    status_code=200,
    response_model=models.AutoRechargeTriggerResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def auto_recharge_trigger_create(
    *,
    api: Annotated[AutoRechargeApi, Security(secured_auto_recharge_api)],
    request: Request,
    body: Annotated[models.AutoRechargeTriggerRequest | None, Body()] = None,
) -> models.AutoRechargeTriggerResponse:
    await reject_json_null(request, body)
    return await api.auto_recharge_trigger_create(body=body)
