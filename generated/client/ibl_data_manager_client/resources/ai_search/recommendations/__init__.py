"""`Client.ai_search.recommendations`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_search import v2_course_recommendations as _v2_course_recommendations
from ....models.v2_course_recommendations_ranking_strategy import (
    V2CourseRecommendationsRankingStrategy,
)
from ....models.v2_course_recommendations_recommendation_type import (
    V2CourseRecommendationsRecommendationType,
)
from ....models.v2_recommendation_response import V2RecommendationResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "AiSearchRecommendationsResource",
    "AiSearchRecommendationsResourceWithRawResponse",
    "AsyncAiSearchRecommendationsResource",
    "AsyncAiSearchRecommendationsResourceWithRawResponse",
]


class AiSearchRecommendationsResource:
    """`Client.ai_search.recommendations`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiSearchRecommendationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiSearchRecommendationsResourceWithRawResponse(self)

    def v2_course_recommendations(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> V2RecommendationResponse:
        """Generate AI-driven course recommendations

        Generate personalized course recommendations using AI that considers the user's
        learning history, organizational goals, and available courses.          **Authentication
        Required:**         - User must be authenticated         - Platform key must be provided
        - User must have access to the specified platform          **How It Works:**         1.
        Fetches tenant's custom recommendation prompt (if configured)         2. Analyzes user's
        course completion history and performance         3. Reviews available course catalog
        4. Uses AI to match courses to user's needs and organizational goals         5. Returns
        3-5 courses with clear explanations          **Tenant Prompts:**         Each
        organization can configure custom prompts that guide recommendations.         For
        example: \"Prioritize leadership for sales roles\" or \"Focus on technical skills.\"
        **Use Cases:**         - Manual recommendation requests by users         -
        Post-assessment recommendations         - Milestone-triggered suggestions         -
        Learning path planning

        Args:
            assessment_id (str | Unset, query)
            context_type (str | Unset, query)
            difficulty_levels (str | Unset, query)
            domains (str | Unset, query)
            include_main_catalog (bool | Unset, query)
            include_user_history (bool | Unset, query)
            include_user_skills (bool | Unset, query)
            k (int | Unset, query)
            limit (int | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            ranking_prompt (str | Unset, query)
            ranking_strategy (V2CourseRecommendationsRankingStrategy | Unset, query)
            recommendation_type (V2CourseRecommendationsRecommendationType | Unset, query)
            search_terms (str | Unset, query)
            spa_url (str | Unset, query)
            trigger_source (str | Unset, query)
            use_llm_ranking (bool | Unset, query)
            use_rag_search (bool | Unset, query)

        Returns:
            V2RecommendationResponse
        """
        return self._client._send(
            _v2_course_recommendations.OPERATION,
            _v2_course_recommendations.build_request(
                assessment_id=assessment_id,
                context_type=context_type,
                difficulty_levels=difficulty_levels,
                domains=domains,
                include_main_catalog=include_main_catalog,
                include_user_history=include_user_history,
                include_user_skills=include_user_skills,
                k=k,
                limit=limit,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                ranking_prompt=ranking_prompt,
                ranking_strategy=ranking_strategy,
                recommendation_type=recommendation_type,
                search_terms=search_terms,
                spa_url=spa_url,
                trigger_source=trigger_source,
                use_llm_ranking=use_llm_ranking,
                use_rag_search=use_rag_search,
            ),
            options,
        )


class AiSearchRecommendationsResourceWithRawResponse:
    """`Client.ai_search.recommendations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiSearchRecommendationsResource) -> None:
        self._resource = resource
        self.v2_course_recommendations = to_raw_response(resource.v2_course_recommendations)


class AsyncAiSearchRecommendationsResource:
    """`AsyncClient.ai_search.recommendations`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiSearchRecommendationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiSearchRecommendationsResourceWithRawResponse(self)

    async def v2_course_recommendations(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> V2RecommendationResponse:
        """Generate AI-driven course recommendations

        Generate personalized course recommendations using AI that considers the user's
        learning history, organizational goals, and available courses.          **Authentication
        Required:**         - User must be authenticated         - Platform key must be provided
        - User must have access to the specified platform          **How It Works:**         1.
        Fetches tenant's custom recommendation prompt (if configured)         2. Analyzes user's
        course completion history and performance         3. Reviews available course catalog
        4. Uses AI to match courses to user's needs and organizational goals         5. Returns
        3-5 courses with clear explanations          **Tenant Prompts:**         Each
        organization can configure custom prompts that guide recommendations.         For
        example: \"Prioritize leadership for sales roles\" or \"Focus on technical skills.\"
        **Use Cases:**         - Manual recommendation requests by users         -
        Post-assessment recommendations         - Milestone-triggered suggestions         -
        Learning path planning

        Args:
            assessment_id (str | Unset, query)
            context_type (str | Unset, query)
            difficulty_levels (str | Unset, query)
            domains (str | Unset, query)
            include_main_catalog (bool | Unset, query)
            include_user_history (bool | Unset, query)
            include_user_skills (bool | Unset, query)
            k (int | Unset, query)
            limit (int | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            ranking_prompt (str | Unset, query)
            ranking_strategy (V2CourseRecommendationsRankingStrategy | Unset, query)
            recommendation_type (V2CourseRecommendationsRecommendationType | Unset, query)
            search_terms (str | Unset, query)
            spa_url (str | Unset, query)
            trigger_source (str | Unset, query)
            use_llm_ranking (bool | Unset, query)
            use_rag_search (bool | Unset, query)

        Returns:
            V2RecommendationResponse
        """
        return await self._client._send(
            _v2_course_recommendations.OPERATION,
            _v2_course_recommendations.build_request(
                assessment_id=assessment_id,
                context_type=context_type,
                difficulty_levels=difficulty_levels,
                domains=domains,
                include_main_catalog=include_main_catalog,
                include_user_history=include_user_history,
                include_user_skills=include_user_skills,
                k=k,
                limit=limit,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                ranking_prompt=ranking_prompt,
                ranking_strategy=ranking_strategy,
                recommendation_type=recommendation_type,
                search_terms=search_terms,
                spa_url=spa_url,
                trigger_source=trigger_source,
                use_llm_ranking=use_llm_ranking,
                use_rag_search=use_rag_search,
            ),
            options,
        )


class AsyncAiSearchRecommendationsResourceWithRawResponse:
    """`AsyncClient.ai_search.recommendations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiSearchRecommendationsResource) -> None:
        self._resource = resource
        self.v2_course_recommendations = async_to_raw_response(resource.v2_course_recommendations)
