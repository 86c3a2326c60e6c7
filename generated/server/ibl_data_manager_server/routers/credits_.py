"""Routes for the operations tagged `credits`: each calls `CreditsApi`."""

from typing import Annotated

from fastapi import APIRouter, Request, Response, Security

from ..interfaces import CreditsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["credits"])


async def credits__api(request: Request) -> CreditsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, CreditsApi):
        return implementation
    return CreditsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_credits__api = ApiKeyGuard(credits__api)


@router.post(
    "/credits/sample-action/",
    operation_id="credits_sample_action_create",
    description="Sample endpoint protected by @consume_credits (opt-in).  Balance is checked before the view runs. If insufficient, 402 with pricing_table is returned; otherwise the view runs and 1 credit is consumed.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credits_sample_action_create(
    *,
    api: Annotated[CreditsApi, Security(secured_credits__api)],
) -> Response:
    await api.credits_sample_action_create()
    return Response(status_code=200)
