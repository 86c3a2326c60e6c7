"""Routes for the operations tagged `ai-search`: each calls `AiSearchApi`."""

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AiSearchApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-search"])


async def ai_search_api(request: Request) -> AiSearchApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiSearchApi):
        return implementation
    return AiSearchApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_search_api = ApiKeyGuard(ai_search_api)


@router.get(
    "/api/ai-search/mentors/",
    operation_id="v2_global_mentor_search",
    summary="Search and filter AI mentors across the platform",
    description="Search and filter AI mentors with support for comprehensive filtering, pagination, and detailed mentor information.         This endpoint supports both anonymous and authenticated users with different access levels.          **Anonymous Users:**         - Access to public mentors only (VIEWABLE_BY_ANYONE)         - Limited search capabilities         - No personalization          **Authenticated Users:**         - Full access based on platform permissions (scoped to requested platform)         - Personalized results         - Access to tenant-specific mentors          **Required Parameters (Authenticated Users):**         - `platform_key` OR `tenant`: Platform key for RBAC enforcement (required for authenticated requests)           - Use `platform_key` (preferred) or `tenant` (backward compatibility) - both serve the same purpose           - If both are provided, `platform_key` takes precedence          **Available Filters:**         - `query`: Search term to filter mentors by name or description         - `tenant`: Filter by tenant/organization platform key(s) - can also be used as alias for `platform_key` (backward compatibility)         - `category`: Filter by mentor category (comma-separated)         - `subjects`: Filter by mentor subject (comma-separated)         - `types`: Filter by mentor type (comma-separated)         - `llm`: Filter by LLM provider (comma-separated, e.g., GPT-4, Claude)         - `visibility`: Filter by visibility level (comma-separated: viewable_by_anyone, viewable_by_tenant_students, viewable_by_tenant_admins)         - `created_by`: Filter mentors created by specific user (for personalized search)         - `include_main_public_mentors`: Include main tenant public mentors          **Facets:**         The response includes facets with aggregated counts for all filterable attributes:         - categories, subjects, types, llm_providers, visibility         All facet values can be used as filter parameters in subsequent requests.          Notes:         - Detail view is removed; use the ibl_ai_mentor app for mentor details         - include_main_public_mentors=true shows only VIEWABLE_BY_ANYONE mentors from the main tenant across tenants         - For authenticated requests, either `platform_key` or `tenant` is required when username is provided         - `tenant` parameter serves dual purpose: as a filter for multiple tenants, or as an alias for `platform_key` (backward compatibility)         - Frontend uses `llm` parameter name (backend maps to `llm_provider` automatically)",
    status_code=200,
    response_model=models.V2GlobalMentorSearchResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def v2_global_mentor_search(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
    alphabetical: Annotated[
        bool | None,
        Query(
            description="Sort alphabetically by name (shorthand for order_by='name'). When true, overrides order_by parameter."
        ),
    ] = None,
    category: Annotated[
        str | None, Query(min_length=1, description="Mentor category filter")
    ] = None,
    created_by: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter mentors created by specific user (for personalized search)",
        ),
    ] = None,
    featured: Annotated[
        bool | None, Query(description="Filter by featured status (true/false)")
    ] = None,
    include_main_public_mentors: Annotated[
        bool | None,
        Query(description="Include main tenant public mentors (VIEWABLE_BY_ANYONE) when true"),
    ] = None,
    limit: Annotated[
        int | None, Query(ge=1, le=100, description="Number of results per page")
    ] = None,
    llm: Annotated[str | None, Query(min_length=1, description="LLM provider filter")] = None,
    offset: Annotated[int | None, Query(ge=0, description="Number of results to skip")] = None,
    order_by: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Field to sort results by ('created_at', '-created_at', 'recently_accessed_at', '-recently_accessed_at', 'name', '-name'). Use '-' prefix for descending order.",
        ),
    ] = None,
    order_direction: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Sort direction ('asc' or 'desc'). Only used if order_by doesn't start with '-'. Defaults to 'desc'.",
        ),
    ] = None,
    platform_key: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Platform key for RBAC enforcement. Required for authenticated requests. Can also use 'tenant' parameter as an alias (backward compatibility).",
        ),
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search query for mentors")
    ] = None,
    starred: Annotated[
        bool | None,
        Query(description="Filter by starred status (true/false) - only for authenticated users"),
    ] = None,
    subjects: Annotated[
        str | None, Query(min_length=1, description="Mentor subject filter")
    ] = None,
    tenant: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Tenant key(s) (CSV). Can be used as a filter for multiple tenants, or as an alias for 'platform_key' (backward compatibility).",
        ),
    ] = None,
    types: Annotated[str | None, Query(min_length=1, description="Mentor type filter")] = None,
    visibility: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Mentor visibility filter (viewable_by_anyone, viewable_by_tenant_students, viewable_by_tenant_admins)",
        ),
    ] = None,
) -> models.V2GlobalMentorSearchResponse:
    return await api.v2_global_mentor_search(
        alphabetical=alphabetical,
        category=category,
        created_by=created_by,
        featured=featured,
        include_main_public_mentors=include_main_public_mentors,
        limit=limit,
        llm=llm,
        offset=offset,
        order_by=order_by,
        order_direction=order_direction,
        platform_key=platform_key,
        query=query,
        starred=starred,
        subjects=subjects,
        tenant=tenant,
        types=types,
        visibility=visibility,
    )


@router.get(
    "/api/ai-search/orgs/{org}/users/{username}/my-mentors/",
    operation_id="ai_search_orgs_users_my_mentors_retrieve",
    description="Handle GET requests for my mentors.",
    status_code=200,
    response_model=models.MentorSearchResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_search_orgs_users_my_mentors_retrieve(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    audience: Annotated[list[str] | None, Query(description="Filter by target audience")] = None,
    category: Annotated[list[str] | None, Query(description="Filter by mentor category")] = None,
    created_by: Annotated[
        str | None, Query(min_length=1, description="Filter mentors created by specific user")
    ] = None,
    featured: Annotated[bool | None, Query(description="Filter by featured status")] = None,
    id: Annotated[int | None, Query(description="Retrieve a specific mentor by ID")] = None,
    include_main_public_mentors: Annotated[
        bool | None, Query(description="Include public mentors from main tenant")
    ] = None,
    limit: Annotated[int | None, Query(description="Number of results per page")] = None,
    llm: Annotated[list[str] | None, Query(description="Filter by language model type")] = None,
    offset: Annotated[int | None, Query(description="Starting position for pagination")] = None,
    order_by: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Field to sort results by ('created_at', 'recently_accessed_at')",
        ),
    ] = None,
    order_direction: Annotated[
        str | None, Query(min_length=1, description="Sort direction ('asc' or 'desc')")
    ] = None,
    query: Annotated[
        str | None,
        Query(min_length=1, description="Search term to filter mentors by name or description"),
    ] = None,
    tags: Annotated[list[str] | None, Query(description="Filter by tags")] = None,
    tenant: Annotated[
        str | None, Query(min_length=1, description="Filter by tenant/organization")
    ] = None,
    unique_id: Annotated[
        str | None, Query(description="Retrieve a specific mentor by UUID")
    ] = None,
) -> models.MentorSearchResponse:
    return await api.ai_search_orgs_users_my_mentors_retrieve(
        org=org,
        username=username,
        audience=audience,
        category=category,
        created_by=created_by,
        featured=featured,
        id=id,
        include_main_public_mentors=include_main_public_mentors,
        limit=limit,
        llm=llm,
        offset=offset,
        order_by=order_by,
        order_direction=order_direction,
        query=query,
        tags=tags,
        tenant=tenant,
        unique_id=unique_id,
    )


@router.get(
    "/api/ai-search/personalized-mentors/",
    operation_id="v2_personalized_mentors",
    summary="Get mentors created by a specific user",
    description="Get mentors created by a specific user within a given organization/platform.         This endpoint provides a personalized view of the user's own mentors with         support for filtering, pagination, and detailed mentor information.          **Authentication Required:**         - username: Required for personalized mentor access         - platform_key OR tenant: Required for tenant-specific content (both serve the same purpose)           - Use `platform_key` (preferred) or `tenant` (backward compatibility)           - If both are provided, `platform_key` takes precedence          **Features:**         - User's own mentors only         - Personalization data (access counts, last used)         - Filtering and faceted search         - Pagination support         - Detail and list views",
    status_code=200,
    response_model=models.V2PersonalizedMentorsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def v2_personalized_mentors(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
    audience: Annotated[list[str] | None, Query(description="Filter by audience")] = None,
    category: Annotated[
        str | None, Query(min_length=1, description="Mentor category filter")
    ] = None,
    featured: Annotated[
        bool | None, Query(description="Filter by featured status (true/false)")
    ] = None,
    limit: Annotated[int | None, Query(description="Number of results per page")] = None,
    llm: Annotated[
        str | None,
        Query(
            min_length=1,
            description="LLM provider filter (frontend uses 'llm', backend maps to 'llm_provider')",
        ),
    ] = None,
    offset: Annotated[int | None, Query(description="Number of results to skip")] = None,
    order_by: Annotated[str | None, Query(min_length=1, description="Field to sort by")] = None,
    order_direction: Annotated[
        Literal["asc", "desc"] | None,
        Query(min_length=1, description="Sort direction  * `asc` - asc * `desc` - desc"),
    ] = None,
    platform_key: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Platform key for authentication. Required for authenticated requests. Can also use 'tenant' parameter as an alias (backward compatibility).",
        ),
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search query for personalized mentors")
    ] = None,
    return_facet: Annotated[
        bool | None, Query(description="Include facet data in response")
    ] = None,
    starred: Annotated[
        bool | None, Query(description="Filter by starred status (true/false)")
    ] = None,
    tags: Annotated[list[str] | None, Query(description="Filter by tags")] = None,
    tenant: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Tenant key (alias for 'platform_key' for backward compatibility). Can be used instead of 'platform_key' - both serve the same purpose.",
        ),
    ] = None,
    username: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Username for authentication (required for unauthenticated requests)",
        ),
    ] = None,
    visibility: Annotated[list[str] | None, Query(description="Filter by visibility")] = None,
) -> models.V2PersonalizedMentorsResponse:
    return await api.v2_personalized_mentors(
        audience=audience,
        category=category,
        featured=featured,
        limit=limit,
        llm=llm,
        offset=offset,
        order_by=order_by,
        order_direction=order_direction,
        platform_key=platform_key,
        query=query,
        return_facet=return_facet,
        starred=starred,
        tags=tags,
        tenant=tenant,
        username=username,
        visibility=visibility,
    )


@router.get(
    "/api/ai-search/prompts/",
    operation_id="list_platform_prompts",
    summary="List recommendation prompts for a platform",
    description="Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or recommendation type.",
    status_code=200,
    response_model=list[models.PlatformPromptResponse],
    response_model_exclude_unset=True,
    response_description="",
)
async def list_platform_prompts(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
) -> list[models.PlatformPromptResponse]:
    return await api.list_platform_prompts()


@router.put(
    "/api/ai-search/prompts/",
    operation_id="update_platform_prompt",
    summary="Update an existing recommendation prompt",
    description="Update an existing prompt by ID. Must provide platform_key to verify ownership.",
    status_code=200,
    response_model=models.PlatformPromptResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def update_platform_prompt(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
    request: Request,
    body: Annotated[models.PlatformPrompt | None, Body()] = None,
) -> models.PlatformPromptResponse:
    await reject_json_null(request, body)
    return await api.update_platform_prompt(body=body)


@router.post(
    "/api/ai-search/prompts/",
    operation_id="create_platform_prompt",
    summary="Create a new recommendation prompt",
    description="Create a new recommendation prompt for a platform and SPA.",
    status_code=201,
    response_model=models.PlatformPromptResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def create_platform_prompt(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
    request: Request,
    body: Annotated[models.PlatformPrompt | None, Body()] = None,
) -> models.PlatformPromptResponse:
    await reject_json_null(request, body)
    return await api.create_platform_prompt(body=body)


@router.delete(
    "/api/ai-search/prompts/",
    operation_id="delete_platform_prompt",
    summary="Delete a recommendation prompt",
    description="Delete a recommendation prompt by ID. Must provide platform_key to verify ownership. This permanently removes the prompt.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def delete_platform_prompt(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
) -> Response:
    await api.delete_platform_prompt()
    return Response(status_code=204)


@router.get(
    "/api/ai-search/recommendation/prompts/",
    operation_id="list_platform_prompts_2",
    summary="List recommendation prompts for a platform",
    description="Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or recommendation type.",
    status_code=200,
    response_model=list[models.PlatformPromptResponse],
    response_model_exclude_unset=True,
    response_description="",
)
async def list_platform_prompts_2(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
) -> list[models.PlatformPromptResponse]:
    return await api.list_platform_prompts_2()


@router.put(
    "/api/ai-search/recommendation/prompts/",
    operation_id="update_platform_prompt_2",
    summary="Update an existing recommendation prompt",
    description="Update an existing prompt by ID. Must provide platform_key to verify ownership.",
    status_code=200,
    response_model=models.PlatformPromptResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def update_platform_prompt_2(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
    request: Request,
    body: Annotated[models.PlatformPrompt | None, Body()] = None,
) -> models.PlatformPromptResponse:
    await reject_json_null(request, body)
    return await api.update_platform_prompt_2(body=body)


@router.post(
    "/api/ai-search/recommendation/prompts/",
    operation_id="create_platform_prompt_2",
    summary="Create a new recommendation prompt",
    description="Create a new recommendation prompt for a platform and SPA.",
    status_code=201,
    response_model=models.PlatformPromptResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def create_platform_prompt_2(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
    request: Request,
    body: Annotated[models.PlatformPrompt | None, Body()] = None,
) -> models.PlatformPromptResponse:
    await reject_json_null(request, body)
    return await api.create_platform_prompt_2(body=body)


@router.delete(
    "/api/ai-search/recommendation/prompts/",
    operation_id="delete_platform_prompt_2",
    summary="Delete a recommendation prompt",
    description="Delete a recommendation prompt by ID. Must provide platform_key to verify ownership. This permanently removes the prompt.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def delete_platform_prompt_2(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
) -> Response:
    await api.delete_platform_prompt_2()
    return Response(status_code=204)


@router.get(
    "/api/ai-search/recommendations/",
    operation_id="v2_course_recommendations",
    summary="Generate AI-driven course recommendations",
    description="Generate personalized course recommendations using AI that considers the user's         learning history, organizational goals, and available courses.          **Authentication Required:**         - User must be authenticated         - Platform key must be provided         - User must have access to the specified platform          **How It Works:**         1. Fetches tenant's custom recommendation prompt (if configured)         2. Analyzes user's course completion history and performance         3. Reviews available course catalog         4. Uses AI to match courses to user's needs and organizational goals         5. Returns 3-5 courses with clear explanations          **Tenant Prompts:**         Each organization can configure custom prompts that guide recommendations.         For example: \"Prioritize leadership for sales roles\" or \"Focus on technical skills.\"          **Use Cases:**         - Manual recommendation requests by users         - Post-assessment recommendations         - Milestone-triggered suggestions         - Learning path planning",
    status_code=200,
    response_model=models.V2RecommendationResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def v2_course_recommendations(
    *,
    api: Annotated[AiSearchApi, Security(secured_ai_search_api)],
    assessment_id: Annotated[
        str | None,
        Query(min_length=1, description="Assessment ID if triggered by assessment completion"),
    ] = None,
    context_type: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Context type for recommendation (e.g., 'assessment_completed', 'milestone_reached')",
        ),
    ] = None,
    difficulty_levels: Annotated[
        str | None,
        Query(
            min_length=1, description="Filter recommendations to specific difficulty levels (CSV)"
        ),
    ] = None,
    domains: Annotated[
        str | None,
        Query(min_length=1, description="Filter recommendations to specific domains (CSV)"),
    ] = None,
    include_main_catalog: Annotated[
        bool | None,
        Query(
            description="Include items from 'main' tenant catalog IN ADDITION TO platform-specific catalog. By default, only platform-specific data is returned (tenant isolation). Set to True to also include shared 'main' tenant resources."
        ),
    ] = None,
    include_user_history: Annotated[
        bool | None,
        Query(
            description="Include user's learning history (completed courses, topics) in the RAG search query. Helps find content that builds on their background."
        ),
    ] = None,
    include_user_skills: Annotated[
        bool | None,
        Query(
            description="Include user's skills and badges in the RAG search query. Helps personalize results based on what the user already knows."
        ),
    ] = None,
    k: Annotated[
        int | None,
        Query(
            ge=5,
            le=100,
            description="Number of similar items to retrieve via RAG per tenant (before filtering). Higher values give more options but may be slower.",
        ),
    ] = None,
    limit: Annotated[
        int | None,
        Query(ge=1, le=20, description="Number of course recommendations to return (max 20)"),
    ] = None,
    page: Annotated[
        int | None, Query(ge=1, description="Page number for pagination (starts at 1)")
    ] = None,
    page_size: Annotated[
        int | None, Query(ge=1, le=100, description="Number of recommendations per page (max 100)")
    ] = None,
    platform_key: Annotated[
        str | None,
        Query(min_length=1, description="Platform key for tenant-scoped recommendations"),
    ] = None,
    platform_org: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Platform org identifier (optional - avoids database lookup if provided)",
        ),
    ] = None,
    ranking_prompt: Annotated[
        str | None,
        Query(
            description="Custom prompt for LLM ranking (only if ranking_strategy='custom'). Define how the LLM should evaluate and order the recommendations."
        ),
    ] = None,
    ranking_strategy: Annotated[
        Literal["relevance", "difficulty", "personalized", "custom"] | None,
        Query(
            min_length=1,
            description="Strategy for LLM ranking. Only used if use_llm_ranking=True.  * `relevance` - Rank by relevance and value (default) * `difficulty` - Rank by difficulty progression * `personalized` - Personalize to user context and goals * `custom` - Use custom ranking prompt",
        ),
    ] = None,
    recommendation_type: Annotated[
        Literal["mentors", "courses", "programs", "resources", "pathways"] | None,
        Query(
            min_length=1,
            description="Type of resource to recommend. Catalog types (courses/programs/resources/pathways) will use the platform's 'catalog' prompt category if configured.  * `mentors` - Mentor Recommendations * `courses` - Course Recommendations * `programs` - Program Recommendations * `resources` - Resource Recommendations * `pathways` - Pathway Recommendations",
        ),
    ] = None,
    search_terms: Annotated[
        str | None,
        Query(
            description="Search terms to find similar content (e.g., 'leadership', 'data science'). Used to build the RAG query."
        ),
    ] = None,
    spa_url: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Frontend/SPA identifier (e.g., 'catalog.example.com', 'mentor-ai.ibl.com'). Used to retrieve the correct prompt for that specific frontend. Auto-detected from HTTP_REFERER if not provided.",
        ),
    ] = None,
    trigger_source: Annotated[
        str | None, Query(min_length=1, description="What triggered this recommendation request")
    ] = None,
    use_llm_ranking: Annotated[
        bool | None,
        Query(
            description="Use LLM to rank and personalize RAG results. Adds AI-generated reasoning but increases cost and latency. Only applies if use_rag_search=True."
        ),
    ] = None,
    use_rag_search: Annotated[
        bool | None,
        Query(
            description="Use RAG similarity search instead of full LLM catalog review. Faster and more cost-effective. Set to False for legacy LLM-only behavior."
        ),
    ] = None,
) -> models.V2RecommendationResponse:
    return await api.v2_course_recommendations(
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
    )
