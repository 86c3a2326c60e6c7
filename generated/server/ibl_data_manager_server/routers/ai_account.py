"""Routes for the operations tagged `ai-account`: each calls `AiAccountApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AiAccountApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-account"])


async def ai_account_api(request: Request) -> AiAccountApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiAccountApi):
        return implementation
    return AiAccountApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_account_api = ApiKeyGuard(ai_account_api)


@router.get(
    "/api/ai-account/connected-services/callback/",
    operation_id="ai_account_connected_services_callback_retrieve",
    status_code=200,
    response_model=models.ConnectedService,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_connected_services_callback_retrieve(
    *,
    api: Annotated[AiAccountApi, Depends(ai_account_api)],
) -> models.ConnectedService:
    return await api.ai_account_connected_services_callback_retrieve()


@router.get(
    "/api/ai-account/connected-services/orgs/{org}/users/{user_id}/",
    operation_id="ai_account_connected_services_orgs_users_list",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=list[models.ConnectedService],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_connected_services_orgs_users_list(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    provider: Annotated[str | None, Query()] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    service: Annotated[str | None, Query()] = None,
) -> list[models.ConnectedService]:
    return await api.ai_account_connected_services_orgs_users_list(
        org=org,
        user_id=user_id,
        ordering=ordering,
        provider=provider,
        search=search,
        service=service,
    )


@router.get(
    "/api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/",
    operation_id="ai_account_connected_services_orgs_users_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ConnectedService,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_connected_services_orgs_users_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this connected service.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.ConnectedService:
    return await api.ai_account_connected_services_orgs_users_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.delete(
    "/api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/",
    operation_id="ai_account_connected_services_orgs_users_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_account_connected_services_orgs_users_destroy(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this connected service.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_account_connected_services_orgs_users_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/",
    operation_id="ai_account_connected_services_orgs_users_retrieve_2",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.OAuthStartResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_connected_services_orgs_users_retrieve_2(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    provider: Annotated[str, Path()],
    service: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.OAuthStartResponse:
    return await api.ai_account_connected_services_orgs_users_retrieve_2(
        org=org, provider=provider, service=service, user_id=user_id
    )


@router.get(
    "/api/ai-account/orgs/{org}/credential/",
    operation_id="ai_account_orgs_credential_retrieve",
    description="Retrieve LLM credentials for an organization.  Query Parameters:     name (optional): Filter results by LLM provider name.         When name=google, returns both 'google' (service account) and         'gemini_google_api_key' credentials if they exist.  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: List of LLM credentials for the organization  Raises:     NotFound: When organization is not found or when no credentials match the filters     ValidationError: When query parameters are invalid",
    status_code=200,
    response_model=models.LLMCredentialResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_credential_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    name: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter credentials by provider name (e.g., 'openai', 'google')",
        ),
    ] = None,
) -> models.LLMCredentialResponse:
    return await api.ai_account_orgs_credential_retrieve(org=org, name=name)


@router.post(
    "/api/ai-account/orgs/{org}/credential/",
    operation_id="ai_account_orgs_credential_create",
    description="Create a new LLM credential for an organization.  For azure_openai credentials, if credential already exists, merges the new models with existing ones instead of replacing.  Args:     request: The HTTP request containing credential information     org: Organization key identifier  Returns:     Response: Created or updated LLM credential  Raises:     NotFound: When organization is not found     ValidationError: When request data is invalid",
    status_code=200,
    response_model=models.LLMCredentialResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_credential_create(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.LLMCredentialRequest, Body()],
) -> models.LLMCredentialResponse:
    return await api.ai_account_orgs_credential_create(org=org, body=body)


@router.delete(
    "/api/ai-account/orgs/{org}/credential/",
    operation_id="ai_account_orgs_credential_destroy",
    description="Delete an existing LLM credential for an organization.  For azure_openai credentials, supports deleting a specific model by providing the 'model_name' field. If model_name is omitted, deletes the entire credential.  Args:     request: The HTTP request containing credential information (must include 'name')     org: Organization key identifier  Returns:     Response: 204  Raises:     NotFound: When organization or credential is not found     ValidationError: When request data is invalid",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_account_orgs_credential_destroy(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_account_orgs_credential_destroy(org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-account/orgs/{org}/credential/",
    operation_id="ai_account_orgs_credential_partial_update",
    description="Update an existing LLM credential for an organization.  For azure_openai credentials, supports partial model updates by deep merging the provided model fields with existing ones.  Args:     request: The HTTP request containing updated credential information     org: Organization key identifier  Returns:     Response: Updated LLM credential  Raises:     NotFound: When organization or credential is not found     ValidationError: When request data is invalid",
    status_code=200,
    response_model=models.LLMCredentialResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_credential_partial_update(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    request: Request,
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedLLMCredentialRequest | None, Body()] = None,
) -> models.LLMCredentialResponse:
    await reject_json_null(request, body)
    return await api.ai_account_orgs_credential_partial_update(org=org, body=body)


@router.get(
    "/api/ai-account/orgs/{org}/credential/schema/",
    operation_id="ai_account_orgs_credential_schema_retrieve",
    description="Retrieve LLM credentials schemas.  Query Parameters:     name (optional): Filter results by LLM service name  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: List of integration credentials schema available.  Raises:     NotFound: When  no credentials match the filters     ValidationError: When query parameters are invalid",
    status_code=200,
    response_model=models.LLMCredentialSchema,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_credential_schema_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    name: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter credentials by provider name (e.g., 'openai', 'google')",
        ),
    ] = None,
) -> models.LLMCredentialSchema:
    return await api.ai_account_orgs_credential_schema_retrieve(org=org, name=name)


@router.get(
    "/api/ai-account/orgs/{org}/fallback-llm/",
    operation_id="ai_account_orgs_fallback_llm_list",
    summary="List fallback LLM configurations",
    description="List all fallback LLM configurations for the tenant and global configs.",
    status_code=200,
    response_model=list[models.FallbackLLM],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_fallback_llm_list(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    is_enabled: Annotated[bool | None, Query(description="Filter by enabled status")] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    scope: Annotated[str | None, Query(description="Filter by scope (model or provider)")] = None,
) -> list[models.FallbackLLM]:
    return await api.ai_account_orgs_fallback_llm_list(
        org=org, is_enabled=is_enabled, ordering=ordering, scope=scope
    )


@router.get(
    "/api/ai-account/orgs/{org}/integration-credential/",
    operation_id="ai_account_orgs_integration_credential_retrieve",
    description="Retrieve integration credentials for an organization.  Query Parameters:     name (optional): Filter results by integration service name  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: List of integration credentials for the organization  Raises:     NotFound: When organization is not found or when no credentials match the filters     ValidationError: When query parameters are invalid",
    status_code=200,
    response_model=models.IntegrationCredential,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_integration_credential_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    name: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter credentials by provider name (e.g., 'openai', 'google')",
        ),
    ] = None,
) -> models.IntegrationCredential:
    return await api.ai_account_orgs_integration_credential_retrieve(org=org, name=name)


@router.post(
    "/api/ai-account/orgs/{org}/integration-credential/",
    operation_id="ai_account_orgs_integration_credential_create",
    description="Create a new integration credential for an organization.  Args:     request: The HTTP request containing credential information     org: Organization key identifier  Returns:     Response: Created integration credential  Raises:     NotFound: When organization is not found     ValidationError: When request data is invalid",
    status_code=200,
    response_model=models.IntegrationCredential,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_integration_credential_create(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.CredentialRequest, Body()],
) -> models.IntegrationCredential:
    return await api.ai_account_orgs_integration_credential_create(org=org, body=body)


@router.delete(
    "/api/ai-account/orgs/{org}/integration-credential/",
    operation_id="ai_account_orgs_integration_credential_destroy",
    description="Delete an existing integration credential for an organization.  Args:     request: The HTTP request containing credential information (must include 'name')     org: Organization key identifier  Returns:     Response: 204  Raises:     NotFound: When organization or credential is not found     ValidationError: When request data is invalid",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_account_orgs_integration_credential_destroy(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_account_orgs_integration_credential_destroy(org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-account/orgs/{org}/integration-credential/",
    operation_id="ai_account_orgs_integration_credential_partial_update",
    description="Update an existing integration credential for an organization.  Args:     request: The HTTP request containing updated credential information     org: Organization key identifier  Returns:     Response: Updated integration credential  Raises:     NotFound: When organization or credential is not found     ValidationError: When request data is invalid",
    status_code=200,
    response_model=models.IntegrationCredential,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_integration_credential_partial_update(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    request: Request,
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedCredentialRequest | None, Body()] = None,
) -> models.IntegrationCredential:
    await reject_json_null(request, body)
    return await api.ai_account_orgs_integration_credential_partial_update(org=org, body=body)


@router.get(
    "/api/ai-account/orgs/{org}/integration-credential/schema/",
    operation_id="ai_account_orgs_integration_credential_schema_retrieve",
    description="Retrieve integration credentials schema for.  Query Parameters:     name (optional): Filter results by integration service name  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: List of integration credentials schema available.  Raises:     NotFound: When  no credentials match the filters     ValidationError: When query parameters are invalid",
    status_code=200,
    response_model=models.IntegrationCredentialSchema,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_integration_credential_schema_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    name: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter credentials by provider name (e.g., 'openai', 'google')",
        ),
    ] = None,
) -> models.IntegrationCredentialSchema:
    return await api.ai_account_orgs_integration_credential_schema_retrieve(org=org, name=name)


@router.get(
    "/api/ai-account/orgs/{org}/llm-credential/",
    operation_id="ai_account_orgs_llm_credential_retrieve",
    description="Retrieve LLM credentials for an organization.  Query Parameters:     name (optional): Filter results by LLM provider name.         When name=google, returns both 'google' (service account) and         'gemini_google_api_key' credentials if they exist.  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: List of LLM credentials for the organization  Raises:     NotFound: When organization is not found or when no credentials match the filters     ValidationError: When query parameters are invalid",
    status_code=200,
    response_model=models.LLMCredentialResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_llm_credential_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    name: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter credentials by provider name (e.g., 'openai', 'google')",
        ),
    ] = None,
) -> models.LLMCredentialResponse:
    return await api.ai_account_orgs_llm_credential_retrieve(org=org, name=name)


@router.post(
    "/api/ai-account/orgs/{org}/llm-credential/",
    operation_id="ai_account_orgs_llm_credential_create",
    description="Create a new LLM credential for an organization.  For azure_openai credentials, if credential already exists, merges the new models with existing ones instead of replacing.  Args:     request: The HTTP request containing credential information     org: Organization key identifier  Returns:     Response: Created or updated LLM credential  Raises:     NotFound: When organization is not found     ValidationError: When request data is invalid",
    status_code=200,
    response_model=models.LLMCredentialResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_llm_credential_create(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.LLMCredentialRequest, Body()],
) -> models.LLMCredentialResponse:
    return await api.ai_account_orgs_llm_credential_create(org=org, body=body)


@router.delete(
    "/api/ai-account/orgs/{org}/llm-credential/",
    operation_id="ai_account_orgs_llm_credential_destroy",
    description="Delete an existing LLM credential for an organization.  For azure_openai credentials, supports deleting a specific model by providing the 'model_name' field. If model_name is omitted, deletes the entire credential.  Args:     request: The HTTP request containing credential information (must include 'name')     org: Organization key identifier  Returns:     Response: 204  Raises:     NotFound: When organization or credential is not found     ValidationError: When request data is invalid",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_account_orgs_llm_credential_destroy(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_account_orgs_llm_credential_destroy(org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-account/orgs/{org}/llm-credential/",
    operation_id="ai_account_orgs_llm_credential_partial_update",
    description="Update an existing LLM credential for an organization.  For azure_openai credentials, supports partial model updates by deep merging the provided model fields with existing ones.  Args:     request: The HTTP request containing updated credential information     org: Organization key identifier  Returns:     Response: Updated LLM credential  Raises:     NotFound: When organization or credential is not found     ValidationError: When request data is invalid",
    status_code=200,
    response_model=models.LLMCredentialResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_llm_credential_partial_update(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    request: Request,
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedLLMCredentialRequest | None, Body()] = None,
) -> models.LLMCredentialResponse:
    await reject_json_null(request, body)
    return await api.ai_account_orgs_llm_credential_partial_update(org=org, body=body)


@router.get(
    "/api/ai-account/orgs/{org}/masked-integration-credential/",
    operation_id="ai_account_orgs_masked_integration_credential_list",
    description="Retrieve masked integration credentials for an organization.  Query Parameters:     name (optional): Filter results by integration service name  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: List of integration credentials for the organization  Raises:     NotFound: When organization is not found or when no credentials match the filters     ValidationError: When query parameters are invalid",
    status_code=200,
    response_model=list[models.MaskedIntegrationCredential],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_masked_integration_credential_list(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    name: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter credentials by provider name (e.g., 'openai', 'google')",
        ),
    ] = None,
) -> list[models.MaskedIntegrationCredential]:
    return await api.ai_account_orgs_masked_integration_credential_list(org=org, name=name)


@router.get(
    "/api/ai-account/orgs/{org}/masked-llm-credential/",
    operation_id="ai_account_orgs_masked_llm_credential_retrieve",
    description="Retrieve LLM credentials for an organization with the value entries masked.  Query Parameters:     name (optional): Filter results by LLM provider name  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: List of LLM credentials for the organization  Raises:     NotFound: When organization is not found or when no credentials match the filters     ValidationError: When query parameters are invalid",
    status_code=200,
    response_model=models.MaskedLLMCredential,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_masked_llm_credential_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    name: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter credentials by provider name (e.g., 'openai', 'google')",
        ),
    ] = None,
) -> models.MaskedLLMCredential:
    return await api.ai_account_orgs_masked_llm_credential_retrieve(org=org, name=name)


@router.get(
    "/api/ai-account/orgs/{org}/oauth-services/",
    operation_id="ai_account_orgs_oauth_services_list",
    description="Return the list of OAuth services that can be used for connected services.  Query Parameters:     name (optional): Filter by exact service name (case-insensitive).     include_disabled (optional): Set to `true` to include disabled services.",
    status_code=200,
    response_model=list[models.OAuthProvider],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_oauth_services_list(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
) -> list[models.OAuthProvider]:
    return await api.ai_account_orgs_oauth_services_list(org=org)


@router.get(
    "/api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/",
    operation_id="ai_account_orgs_oauth_services_scopes_list",
    description="Return the available scopes for the specified OAuth service.  Query Parameters:     include_disabled (optional): Set to `true` to include scopes from disabled services.",
    status_code=200,
    response_model=list[models.OAuthService],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_oauth_services_scopes_list(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    service_name: Annotated[str, Path()],
) -> list[models.OAuthService]:
    return await api.ai_account_orgs_oauth_services_scopes_list(org=org, service_name=service_name)


@router.post(
    "/api/ai-account/orgs/{org}/use-default-llm-key/",
    operation_id="ai_account_orgs_use_default_llm_key_create",
    description="Enable or disable the use of main LLM credentials for an organization.  Request Body:     enable (boolean): Set to true to enable main credentials     disable (boolean): Set to true to disable main credentials  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: Confirmation message  Raises:     ValidationError: When neither enable nor disable is specified",
    status_code=200,
    response_model=models.AiAccountOrgsUseDefaultLlmKeyCreateResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_use_default_llm_key_create(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.UseMainCreds, Body()],
) -> models.AiAccountOrgsUseDefaultLlmKeyCreateResponse:
    return await api.ai_account_orgs_use_default_llm_key_create(org=org, body=body)


@router.post(
    "/api/ai-account/orgs/{org}/use-free-trial/",
    operation_id="ai_account_orgs_use_free_trial_create",
    description="Enable, disable, or update free trial settings for an organization.  Request Body:     enable (boolean): Set to true to enable free trial     disable (boolean): Set to true to disable free trial     metadata (object, optional): Additional metadata for the free trial  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: Confirmation message",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_account_orgs_use_free_trial_create(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_account_orgs_use_free_trial_create(org=org)
    return Response(status_code=200)


@router.get(
    "/api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-config/",
    operation_id="ai_account_orgs_users_chat_privacy_config_retrieve",
    description="Get platform chat privacy configuration.  Returns whether the platform has enabled the ALLOW_USER_CHAT_PRIVACY_CONTROL setting, which determines if users can control their chat history privacy.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_account_orgs_users_chat_privacy_config_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_account_orgs_users_chat_privacy_config_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.get(
    "/api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-settings/",
    operation_id="ai_account_orgs_users_chat_privacy_settings_retrieve",
    description="Get user's global chat privacy settings.  Returns the user's current chat privacy mode if the feature is enabled for the platform, otherwise indicates the feature is disabled.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_account_orgs_users_chat_privacy_settings_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_account_orgs_users_chat_privacy_settings_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.post(
    "/api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-settings/",
    operation_id="ai_account_orgs_users_chat_privacy_settings_create",
    description="Update user's global chat privacy settings.  Allows users to set their chat privacy preference (normal, anonymized, or disabled) if the platform has enabled the ALLOW_USER_CHAT_PRIVACY_CONTROL setting.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_account_orgs_users_chat_privacy_settings_create(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    request: Request,
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserChatPrivacySettings | None, Body()] = None,
) -> Response:
    await reject_json_null(request, body)
    await api.ai_account_orgs_users_chat_privacy_settings_create(
        org=org, user_id=user_id, body=body
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-account/orgs/{org}/users/{user_id}/default-llm-key-usage",
    operation_id="ai_account_orgs_users_default_llm_key_usage_retrieve",
    description="Retrieve the status of main LLM credential usage for an organization.  Args:     request: The HTTP request     org: Organization key identifier     user_id: User identifier  Returns:     Response: Status of main LLM credential usage",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_account_orgs_users_default_llm_key_usage_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_account_orgs_users_default_llm_key_usage_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.get(
    "/api/ai-account/orgs/{org}/users/{user_id}/free-trial",
    operation_id="ai_account_orgs_users_free_trial_retrieve",
    description="Retrieve the free trial status for an organization.  Args:     request: The HTTP request     org: Organization key identifier  Returns:     Response: Free trial status (boolean)  Raises:     NotFound: When organization is not found",
    status_code=200,
    response_model=models.AiAccountOrgsUsersFreeTrialRetrieveResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_users_free_trial_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.AiAccountOrgsUsersFreeTrialRetrieveResponse:
    return await api.ai_account_orgs_users_free_trial_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/",
    operation_id="ai_account_orgs_users_tenant_settings_retrieve",
    description='Get a platform\'s settings  Example response: ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"}  ```',
    status_code=200,
    response_model=models.TenantSetting,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_users_tenant_settings_retrieve(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.TenantSetting:
    return await api.ai_account_orgs_users_tenant_settings_retrieve(org=org, user_id=user_id)


@router.post(
    "/api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/",
    operation_id="ai_account_orgs_users_tenant_settings_create",
    description='Example Request:  ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"} ``` The value here is the mentor\'s unique id',
    status_code=200,
    response_model=models.TenantSetting,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_account_orgs_users_tenant_settings_create(
    *,
    api: Annotated[AiAccountApi, Security(secured_ai_account_api)],
    request: Request,
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.TenantSettingRequest | None, Body()] = None,
) -> models.TenantSetting:
    await reject_json_null(request, body)
    return await api.ai_account_orgs_users_tenant_settings_create(
        org=org, user_id=user_id, body=body
    )
