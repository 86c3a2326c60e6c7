"""Routes for the operations tagged `fallback-LLM`: each calls `FallbackLLMApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Path, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import FallbackLLMApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["fallback-LLM"])


async def fallback_llm_api(request: Request) -> FallbackLLMApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, FallbackLLMApi):
        return implementation
    return FallbackLLMApi()


# What a secured operation receives, once the caller's key is accepted.
secured_fallback_llm_api = ApiKeyGuard(fallback_llm_api)


@router.post(
    "/api/ai-account/orgs/{org}/fallback-llm/",
    operation_id="ai_account_orgs_fallback_llm_create",
    summary="Create fallback LLM configuration",
    description="Create a new fallback LLM configuration.          - For model scope: specify source_model_name         - For provider scope: only source_provider_name is needed         - Leave tenant_key empty for global configuration",
    status_code=201,
    response_model=models.FallbackLLM,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_fallback_llm_create(
    *,
    api: Annotated[FallbackLLMApi, Security(secured_fallback_llm_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.FallbackLLMCreate, Body()],
) -> models.FallbackLLM:
    return await api.ai_account_orgs_fallback_llm_create(org=org, body=body)


@router.get(
    "/api/ai-account/orgs/{org}/fallback-llm/{id}/",
    operation_id="ai_account_orgs_fallback_llm_retrieve",
    summary="Get fallback LLM configuration",
    description="Retrieve a specific fallback LLM configuration.",
    status_code=200,
    response_model=models.FallbackLLM,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_fallback_llm_retrieve(
    *,
    api: Annotated[FallbackLLMApi, Security(secured_fallback_llm_api)],
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> models.FallbackLLM:
    return await api.ai_account_orgs_fallback_llm_retrieve(id=id, org=org)


@router.put(
    "/api/ai-account/orgs/{org}/fallback-llm/{id}/",
    operation_id="ai_account_orgs_fallback_llm_update",
    summary="Update fallback LLM configuration",
    description="Update an existing fallback LLM configuration.",
    status_code=200,
    response_model=models.FallbackLLM,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_fallback_llm_update(
    *,
    api: Annotated[FallbackLLMApi, Security(secured_fallback_llm_api)],
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.FallbackLLMUpdate, Body()],
) -> models.FallbackLLM:
    return await api.ai_account_orgs_fallback_llm_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-account/orgs/{org}/fallback-llm/{id}/",
    operation_id="ai_account_orgs_fallback_llm_destroy",
    summary="Delete fallback LLM configuration",
    description="Delete a fallback LLM configuration.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_account_orgs_fallback_llm_destroy(
    *,
    api: Annotated[FallbackLLMApi, Security(secured_fallback_llm_api)],
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_account_orgs_fallback_llm_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-account/orgs/{org}/fallback-llm/{id}/",
    operation_id="ai_account_orgs_fallback_llm_partial_update",
    summary="Partially update fallback LLM configuration",
    description="Partially update an existing fallback LLM configuration.",
    status_code=200,
    response_model=models.FallbackLLM,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_fallback_llm_partial_update(
    *,
    api: Annotated[FallbackLLMApi, Security(secured_fallback_llm_api)],
    request: Request,
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedFallbackLLMUpdate | None, Body()] = None,
) -> models.FallbackLLM:
    await reject_json_null(request, body)
    return await api.ai_account_orgs_fallback_llm_partial_update(id=id, org=org, body=body)
