"""Routes for the operations tagged `features`: each calls `FeaturesApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Query, Request, Response, Security

from .. import models
from ..interfaces import FeaturesApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["features"])


async def features_api(request: Request) -> FeaturesApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, FeaturesApi):
        return implementation
    return FeaturesApi()


# What a secured operation receives, once the caller's key is accepted.
secured_features_api = ApiKeyGuard(features_api)


@router.get(
    "/api/features/apps/",
    operation_id="features_apps_list",
    description="Returns a list of the apps that the user has access to.",
    status_code=200,
    response_model=models.PaginatedUserAppList,
    response_model_exclude_unset=True,
    response_description="",
)
async def features_apps_list(
    *,
    api: Annotated[FeaturesApi, Security(secured_features_api)],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> models.PaginatedUserAppList:
    return await api.features_apps_list(page=page, page_size=page_size)


@router.post(
    "/api/features/apps/update-trial-status/",
    operation_id="features_apps_update_trial_status_create",
    description="Activates free trial for the user  Set free_trial_started to True| false for the user app  App URL or ID is required as well as the platform key",
    status_code=200,
    response_model=models.ActivateUserFreeTrial,
    response_model_exclude_unset=True,
    response_description="",
)
async def features_apps_update_trial_status_create(
    *,
    api: Annotated[FeaturesApi, Security(secured_features_api)],
    body: Annotated[models.ActivateUserFreeTrial, Body()],
) -> models.ActivateUserFreeTrial:
    return await api.features_apps_update_trial_status_create(body=body)


@router.post(
    "/api/features/apps/update/",
    operation_id="features_apps_update_create",
    description="Updates the user onboarding completed status",
    status_code=200,
    response_model=models.OnboardingStatusUpdate,
    response_model_exclude_unset=True,
    response_description="",
)
async def features_apps_update_create(
    *,
    api: Annotated[FeaturesApi, Security(secured_features_api)],
    body: Annotated[models.OnboardingStatusUpdate, Body()],
) -> models.OnboardingStatusUpdate:
    return await api.features_apps_update_create(body=body)


@router.post(
    "/api/features/bulk-config/",
    operation_id="features_bulk_config_create",
    description="POST Bulk update user feature config  NOTE: Will not create user feature configs  Params: platform_key  config (OR) feature values",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def features_bulk_config_create(
    *,
    api: Annotated[FeaturesApi, Security(secured_features_api)],
) -> Response:
    await api.features_bulk_config_create()
    return Response(status_code=200)


@router.get(
    "/api/features/config/",
    operation_id="features_config_retrieve",
    description="Query user feature config  Params: user_id/username/email platform_key",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def features_config_retrieve(
    *,
    api: Annotated[FeaturesApi, Security(secured_features_api)],
) -> Response:
    await api.features_config_retrieve()
    return Response(status_code=200)


@router.post(
    "/api/features/config/",
    operation_id="features_config_create",
    description="POST Update user feature config  Params: user_id/username/email platform_key  config (OR) feature values",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def features_config_create(
    *,
    api: Annotated[FeaturesApi, Security(secured_features_api)],
) -> Response:
    await api.features_config_create()
    return Response(status_code=200)
