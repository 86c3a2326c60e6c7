"""Routes for the operations tagged `ai-marketing`: each calls `AiMarketingApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Request, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AiMarketingApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-marketing"])


async def ai_marketing_api(request: Request) -> AiMarketingApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiMarketingApi):
        return implementation
    return AiMarketingApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_marketing_api = ApiKeyGuard(ai_marketing_api)


@router.get(
    "/api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/",
    operation_id="ai_marketing_orgs_users_heygen_videos_list",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.PaginatedHeygenMarketingVideoListList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_marketing_orgs_users_heygen_videos_list(
    *,
    api: Annotated[AiMarketingApi, Security(secured_ai_marketing_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> models.PaginatedHeygenMarketingVideoListList:
    return await api.ai_marketing_orgs_users_heygen_videos_list(
        org=org, user_id=user_id, page=page, page_size=page_size
    )


@router.post(
    "/api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/",
    operation_id="ai_marketing_orgs_users_heygen_videos_create",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.HeygenMarketingVideoList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_marketing_orgs_users_heygen_videos_create(
    *,
    api: Annotated[AiMarketingApi, Security(secured_ai_marketing_api)],
    request: Request,
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.HeygenMarketingVideoListRequest | None, Body()] = None,
) -> models.HeygenMarketingVideoList:
    await reject_json_null(request, body)
    return await api.ai_marketing_orgs_users_heygen_videos_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/{name}/",
    operation_id="ai_marketing_orgs_users_heygen_videos_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.HeygenMarketingVideoDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_marketing_orgs_users_heygen_videos_retrieve(
    *,
    api: Annotated[AiMarketingApi, Security(secured_ai_marketing_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.HeygenMarketingVideoDetail:
    return await api.ai_marketing_orgs_users_heygen_videos_retrieve(
        name=name, org=org, user_id=user_id
    )
