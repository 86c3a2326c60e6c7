"""`v2_course_recommendations`: GET /api/ai-search/recommendations/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.v2_course_recommendations_ranking_strategy import (
    V2CourseRecommendationsRankingStrategy,
)
from ...models.v2_course_recommendations_recommendation_type import (
    V2CourseRecommendationsRecommendationType,
)
from ...models.v2_recommendation_response import V2RecommendationResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> V2RecommendationResponse:
    """The typed value of a checked 2xx body."""
    response_200 = V2RecommendationResponse.from_dict(data)

    return response_200


OPERATION: Operation[V2RecommendationResponse] = Operation(
    operation_id="v2_course_recommendations",
    method="GET",
    path="/api/ai-search/recommendations/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/V2RecommendationResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.assessment_id": {"type": "string", "minLength": 1},
        "query.context_type": {"type": "string", "minLength": 1},
        "query.difficulty_levels": {"type": "string", "minLength": 1},
        "query.domains": {"type": "string", "minLength": 1},
        "query.include_main_catalog": {"type": "boolean"},
        "query.include_user_history": {"type": "boolean"},
        "query.include_user_skills": {"type": "boolean"},
        "query.k": {"type": "integer", "minimum": 5, "maximum": 100},
        "query.limit": {"type": "integer", "minimum": 1, "maximum": 20},
        "query.page": {"type": "integer", "minimum": 1},
        "query.page_size": {"type": "integer", "minimum": 1, "maximum": 100},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.ranking_prompt": {"type": "string"},
        "query.ranking_strategy": {
            "$ref": "#/components/schemas/V2CourseRecommendationsRankingStrategy"
        },
        "query.recommendation_type": {
            "$ref": "#/components/schemas/V2CourseRecommendationsRecommendationType"
        },
        "query.search_terms": {"type": "string"},
        "query.spa_url": {"type": "string", "minLength": 1},
        "query.trigger_source": {"type": "string", "minLength": 1},
        "query.use_llm_ranking": {"type": "boolean"},
        "query.use_rag_search": {"type": "boolean"},
    },
)


def build_request(
    *,
    assessment_id: str | Unset = UNSET,
    context_type: str | Unset = UNSET,
    difficulty_levels: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    include_main_catalog: bool | Unset = UNSET,
    include_user_history: bool | Unset = UNSET,
    include_user_skills: bool | Unset = UNSET,
    k: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    ranking_prompt: str | Unset = UNSET,
    ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
    recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
    search_terms: str | Unset = UNSET,
    spa_url: str | Unset = UNSET,
    trigger_source: str | Unset = UNSET,
    use_llm_ranking: bool | Unset = UNSET,
    use_rag_search: bool | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["assessment_id"] = assessment_id

    params["context_type"] = context_type

    params["difficulty_levels"] = difficulty_levels

    params["domains"] = domains

    params["include_main_catalog"] = include_main_catalog

    params["include_user_history"] = include_user_history

    params["include_user_skills"] = include_user_skills

    params["k"] = k

    params["limit"] = limit

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["ranking_prompt"] = ranking_prompt

    json_ranking_strategy: str | Unset = UNSET
    if not isinstance(ranking_strategy, Unset):
        json_ranking_strategy = ranking_strategy.value

    params["ranking_strategy"] = json_ranking_strategy

    json_recommendation_type: str | Unset = UNSET
    if not isinstance(recommendation_type, Unset):
        json_recommendation_type = recommendation_type.value

    params["recommendation_type"] = json_recommendation_type

    params["search_terms"] = search_terms

    params["spa_url"] = spa_url

    params["trigger_source"] = trigger_source

    params["use_llm_ranking"] = use_llm_ranking

    params["use_rag_search"] = use_rag_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-search/recommendations/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
