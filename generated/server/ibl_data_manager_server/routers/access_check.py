"""Routes for the operations tagged `access-check`: each calls `AccessCheckApi`."""

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Security

from .. import models
from ..interfaces import AccessCheckApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["access-check"])


async def access_check_api(request: Request) -> AccessCheckApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AccessCheckApi):
        return implementation
    return AccessCheckApi()


# What a secured operation receives, once the caller's key is accepted.
secured_access_check_api = ApiKeyGuard(access_check_api)


@router.get(
    "/access-check/{item_type}/{item_id}/",
    operation_id="access_check_retrieve",
    description="Check whether the authenticated user has payment access to an item.",
    status_code=200,
    response_model=models.ItemAccessCheckResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def access_check_retrieve(
    *,
    api: Annotated[AccessCheckApi, Security(secured_access_check_api)],
    item_id: Annotated[str, Path()],
    item_type: Annotated[str, Path()],
    platform_key: Annotated[
        str | None,
        Query(min_length=1, description="Platform key. Omit to resolve from request context."),
    ] = None,
) -> models.ItemAccessCheckResponse:
    return await api.access_check_retrieve(
        item_id=item_id, item_type=item_type, platform_key=platform_key
    )
