"""Routes for the operations tagged `recommendations`: each calls `RecommendationsApi`."""

from typing import Annotated

from fastapi import APIRouter, Path, Request, Security

from .. import models
from ..interfaces import RecommendationsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["recommendations"])


async def recommendations_api(request: Request) -> RecommendationsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, RecommendationsApi):
        return implementation
    return RecommendationsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_recommendations_api = ApiKeyGuard(recommendations_api)


@router.get(
    "/api/recommendations/orgs/{org}/users/{user_id}/",
    operation_id="recommendations_orgs_users_retrieve",
    description="API endpoint that returns a search api url prepopulated with context data See http://localhost:8000/api/schema/swagger-ui/#/recommendations",
    status_code=200,
    response_model=models.RecommendationSearchAPI,
    response_model_exclude_unset=True,
    response_description="",
)
async def recommendations_orgs_users_retrieve(
    *,
    api: Annotated[RecommendationsApi, Security(secured_recommendations_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.RecommendationSearchAPI:
    return await api.recommendations_orgs_users_retrieve(org=org, user_id=user_id)
