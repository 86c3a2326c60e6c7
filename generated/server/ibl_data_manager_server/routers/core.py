"""Routes for the operations tagged `core`: each calls `CoreApi`."""

from typing import Annotated, Any, Literal

from fastapi import (
    APIRouter,
    Body,
    Depends,
    Path,
    Query,
    Request,
    Response,
    Security,
)

from .. import models
from ..bodies import reject_json_null
from ..interfaces import CoreApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["core"])


async def core_api(request: Request) -> CoreApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, CoreApi):
        return implementation
    return CoreApi()


# What a secured operation receives, once the caller's key is accepted.
secured_core_api = ApiKeyGuard(core_api)


@router.post(
    "/api/core/consolidated-token/proxy/",
    operation_id="core_consolidated_token_proxy_create",
    description="Create DM and AXD Tokens for user and platform_key  Params: - Any of user_id, username, or email (choose one only, required) - platform_key: str (required)",
    status_code=200,
    response_model=models.TokenProxyOutput,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_consolidated_token_proxy_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.TokenProxyInput, Body()],
) -> models.TokenProxyOutput:
    return await api.core_consolidated_token_proxy_create(body=body)


@router.get(
    "/api/core/departments/",
    operation_id="core_departments_retrieve",
    description="Show (active) departments associated with a platform",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_departments_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_departments_retrieve()
    return Response(status_code=200)


@router.post(
    "/api/core/departments/",
    operation_id="core_departments_create",
    description="Create/update a department",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_departments_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_departments_create()
    return Response(status_code=200)


@router.delete(
    "/api/core/departments/",
    operation_id="core_departments_destroy",
    description="Delete department",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_departments_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_departments_destroy()
    return Response(status_code=204)


@router.get(
    "/api/core/departments/members/",
    operation_id="core_departments_members_retrieve",
    description="Show active users in department (paginated)",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_departments_members_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_departments_members_retrieve()
    return Response(status_code=200)


@router.post(
    "/api/core/departments/members/",
    operation_id="core_departments_members_create",
    description="Add single user to department, or update status",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_departments_members_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_departments_members_create()
    return Response(status_code=200)


@router.delete(
    "/api/core/departments/members/",
    operation_id="core_departments_members_destroy",
    description="Delete department member",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_departments_members_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_departments_members_destroy()
    return Response(status_code=204)


@router.post(
    "/api/core/departments/members/bulk/",
    operation_id="core_departments_members_bulk_create",
    description="Add users to department, or update status",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_departments_members_bulk_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_departments_members_bulk_create()
    return Response(status_code=200)


@router.get(
    "/api/core/departments/members/check/",
    operation_id="core_departments_members_check_retrieve",
    description="Get department member admin info of requesting user",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_departments_members_check_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_departments_members_check_retrieve()
    return Response(status_code=200)


@router.get(
    "/api/core/domains/whitelist/",
    operation_id="core_domains_whitelist_retrieve",
    description="Check if a domain is whitelisted",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_domains_whitelist_retrieve(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    url: Annotated[str, Query(min_length=1)],
    is_active: Annotated[bool | None, Query()] = None,
) -> Response:
    await api.core_domains_whitelist_retrieve(url=url, is_active=is_active)
    return Response(status_code=200)


@router.post(
    "/api/core/domains/whitelist/",
    operation_id="core_domains_whitelist_create",
    description="Add a new domain to whitelist",
    status_code=201,
    response_model=models.WhitelistedDomain,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_domains_whitelist_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.WhitelistedDomain, Body()],
) -> models.WhitelistedDomain:
    return await api.core_domains_whitelist_create(body=body)


@router.get(
    "/api/core/heartbeat/celery-beat/",
    operation_id="core_heartbeat_celery_beat_retrieve",
    description="**Use Case**      Celery Beat heartbeat endpoint.  **Example Request**      GET /api/core/heartbeat/celery-beat/  **Response Values**      * 200 on success.     * 500 on failure.",
    status_code=200,
    response_model=models.CeleryHeartbeat,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_heartbeat_celery_beat_retrieve(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
) -> models.CeleryHeartbeat:
    return await api.core_heartbeat_celery_beat_retrieve()


@router.get(
    "/api/core/heartbeat/celery/",
    operation_id="core_heartbeat_celery_retrieve",
    description="**Use Case**      Celery heartbeat endpoint.  **Example Request**      GET /api/core/heartbeat/celery/  **Response Values**      * 200 on success.     * 500 on failure.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_heartbeat_celery_retrieve(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
) -> Response:
    await api.core_heartbeat_celery_retrieve()
    return Response(status_code=200)


@router.get(
    "/api/core/launcher/",
    operation_id="core_launcher_retrieve",
    description="GET Launch status  Params: key user_id: Optional",
    status_code=200,
    response_model=models.PlatformList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_launcher_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    key: Annotated[str, Query(min_length=1)],
    user_id: Annotated[int | None, Query()] = None,
) -> models.PlatformList:
    return await api.core_launcher_retrieve(key=key, user_id=user_id)


@router.post(
    "/api/core/launcher/",
    operation_id="core_launcher_create",
    description='POST: Launch a new edX platform  Params: user_id: The ID of the requesting user (required) key: The Deep LMS subdomain (required) name: The edX platform name ("optional") org: The edX organization ("optional") lms_url: LMS URL ("optional") cms_url: CMS URL ("optional") portal_url: Portal URL ("optional") use_default_hosts: Use Django settings for LMS/CMS hosts ("optional")',
    status_code=200,
    response_model=models.PlatformList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_launcher_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.LauncherViewPostRequest, Body()],
) -> models.PlatformList:
    return await api.core_launcher_create(body=body)


@router.get(
    "/api/core/lti/1p3/provider/lti-keys/",
    operation_id="core_lti1p3_provider_lti_keys_list",
    description="List your LTI Provider Key's",
    status_code=200,
    response_model=list[models.LtiKey],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_keys_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[str, Query(min_length=1, description="Platform Key")],
) -> list[models.LtiKey]:
    return await api.core_lti1p3_provider_lti_keys_list(platform_key=platform_key)


@router.post(
    "/api/core/lti/1p3/provider/lti-keys/",
    operation_id="core_lti1p3_provider_lti_keys_create",
    description="Create a new LTI Provider Key",
    status_code=201,
    response_model=models.LtiKey,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_keys_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.LtiKeyRequest, Body()],
) -> models.LtiKey:
    return await api.core_lti1p3_provider_lti_keys_create(body=body)


@router.get(
    "/api/core/lti/1p3/provider/lti-keys/{id}/",
    operation_id="core_lti1p3_provider_lti_keys_retrieve",
    description="Get details about a specific LTI Provider Key",
    status_code=200,
    response_model=models.LtiKey,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_keys_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Query(min_length=1, description="Platform Key")],
) -> models.LtiKey:
    return await api.core_lti1p3_provider_lti_keys_retrieve(id=id, platform_key=platform_key)


@router.put(
    "/api/core/lti/1p3/provider/lti-keys/{id}/",
    operation_id="core_lti1p3_provider_lti_keys_update",
    description="Update an LTI Provider Key",
    status_code=200,
    response_model=models.LtiKey,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_keys_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[str, Path()],
    body: Annotated[models.LtiKeyRequest, Body()],
) -> models.LtiKey:
    return await api.core_lti1p3_provider_lti_keys_update(id=id, body=body)


@router.delete(
    "/api/core/lti/1p3/provider/lti-keys/{id}/",
    operation_id="core_lti1p3_provider_lti_keys_destroy",
    description="Delete an LTI Provider Key",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_lti1p3_provider_lti_keys_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Query(min_length=1, description="Platform Key")],
) -> Response:
    await api.core_lti1p3_provider_lti_keys_destroy(id=id, platform_key=platform_key)
    return Response(status_code=204)


@router.get(
    "/api/core/lti/1p3/provider/lti-mentors/",
    operation_id="core_lti1p3_provider_lti_mentors_list",
    description="List your LTI Mentor's",
    status_code=200,
    response_model=list[models.LtiMentor],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_mentors_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[str, Query(min_length=1, description="Platform Key")],
) -> list[models.LtiMentor]:
    return await api.core_lti1p3_provider_lti_mentors_list(platform_key=platform_key)


@router.post(
    "/api/core/lti/1p3/provider/lti-mentors/",
    operation_id="core_lti1p3_provider_lti_mentors_create",
    description="Create a new LTI Mentor",
    status_code=201,
    response_model=models.LtiMentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_mentors_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.LtiMentorRequest, Body()],
) -> models.LtiMentor:
    return await api.core_lti1p3_provider_lti_mentors_create(body=body)


@router.get(
    "/api/core/lti/1p3/provider/lti-mentors/{id}/",
    operation_id="core_lti1p3_provider_lti_mentors_retrieve",
    description="Get details about a specific LTI Mentor",
    status_code=200,
    response_model=models.LtiMentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_mentors_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Query(min_length=1, description="Platform Key")],
) -> models.LtiMentor:
    return await api.core_lti1p3_provider_lti_mentors_retrieve(id=id, platform_key=platform_key)


@router.put(
    "/api/core/lti/1p3/provider/lti-mentors/{id}/",
    operation_id="core_lti1p3_provider_lti_mentors_update",
    description="Update an LTI Mentor",
    status_code=200,
    response_model=models.LtiMentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_mentors_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[str, Path()],
    body: Annotated[models.LtiMentorRequest, Body()],
) -> models.LtiMentor:
    return await api.core_lti1p3_provider_lti_mentors_update(id=id, body=body)


@router.delete(
    "/api/core/lti/1p3/provider/lti-mentors/{id}/",
    operation_id="core_lti1p3_provider_lti_mentors_destroy",
    description="Delete an LTI Mentor",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_lti1p3_provider_lti_mentors_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Query(min_length=1, description="Platform Key")],
) -> Response:
    await api.core_lti1p3_provider_lti_mentors_destroy(id=id, platform_key=platform_key)
    return Response(status_code=204)


@router.get(
    "/api/core/lti/1p3/provider/lti-tools/",
    operation_id="core_lti1p3_provider_lti_tools_list",
    description="List your LTI Tool's",
    status_code=200,
    response_model=list[models.LtiTool],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_tools_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[str, Query(min_length=1, description="Platform Key")],
) -> list[models.LtiTool]:
    return await api.core_lti1p3_provider_lti_tools_list(platform_key=platform_key)


@router.post(
    "/api/core/lti/1p3/provider/lti-tools/",
    operation_id="core_lti1p3_provider_lti_tools_create",
    description="Create a new LTI Tool",
    status_code=201,
    response_model=models.LtiTool,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_tools_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.LtiToolRequest, Body()],
) -> models.LtiTool:
    return await api.core_lti1p3_provider_lti_tools_create(body=body)


@router.get(
    "/api/core/lti/1p3/provider/lti-tools/{id}/",
    operation_id="core_lti1p3_provider_lti_tools_retrieve",
    description="Get details about a specific LTI Tool",
    status_code=200,
    response_model=models.LtiTool,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_tools_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Query(min_length=1, description="Platform Key")],
) -> models.LtiTool:
    return await api.core_lti1p3_provider_lti_tools_retrieve(id=id, platform_key=platform_key)


@router.put(
    "/api/core/lti/1p3/provider/lti-tools/{id}/",
    operation_id="core_lti1p3_provider_lti_tools_update",
    description="Update an LTI Tool",
    status_code=200,
    response_model=models.LtiTool,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_lti1p3_provider_lti_tools_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[str, Path()],
    body: Annotated[models.LtiToolRequest, Body()],
) -> models.LtiTool:
    return await api.core_lti1p3_provider_lti_tools_update(id=id, body=body)


@router.delete(
    "/api/core/lti/1p3/provider/lti-tools/{id}/",
    operation_id="core_lti1p3_provider_lti_tools_destroy",
    description="Delete an LTI Tool",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_lti1p3_provider_lti_tools_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Query(min_length=1, description="Platform Key")],
) -> Response:
    await api.core_lti1p3_provider_lti_tools_destroy(id=id, platform_key=platform_key)
    return Response(status_code=204)


@router.get(
    "/api/core/orgs/{org}/dark-mode-logo/",
    operation_id="core_orgs_dark_mode_logo_retrieve",
    description="Get platform logo",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_dark_mode_logo_retrieve(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    org: Annotated[str, Path()],
) -> dict[str, Any]:
    return await api.core_orgs_dark_mode_logo_retrieve(org=org)


@router.post(
    "/api/core/orgs/{org}/dark-mode-logo/create/",
    operation_id="core_orgs_dark_mode_logo_create_create",
    description="Upload a new platform logo",
    status_code=200,
    response_model=models.ImageUpload,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_dark_mode_logo_create_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.ImageUpload, Body()],
) -> models.ImageUpload:
    return await api.core_orgs_dark_mode_logo_create_create(org=org, body=body)


@router.get(
    "/api/core/orgs/{org}/favicon/",
    operation_id="core_orgs_favicon_retrieve",
    description="Get platform logo",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_favicon_retrieve(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    org: Annotated[str, Path()],
) -> dict[str, Any]:
    return await api.core_orgs_favicon_retrieve(org=org)


@router.post(
    "/api/core/orgs/{org}/favicon/create/",
    operation_id="core_orgs_favicon_create_create",
    description="Upload a new platform logo",
    status_code=200,
    response_model=models.ImageUpload,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_favicon_create_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.ImageUpload, Body()],
) -> models.ImageUpload:
    return await api.core_orgs_favicon_create_create(org=org, body=body)


@router.get(
    "/api/core/orgs/{org}/logo/",
    operation_id="core_orgs_logo_retrieve",
    description="Get platform logo",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_logo_retrieve(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    org: Annotated[str, Path()],
) -> dict[str, Any]:
    return await api.core_orgs_logo_retrieve(org=org)


@router.post(
    "/api/core/orgs/{org}/logo/create/",
    operation_id="core_orgs_logo_create_create",
    description="Upload a new platform logo",
    status_code=200,
    response_model=models.ImageUpload,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_logo_create_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.ImageUpload, Body()],
) -> models.ImageUpload:
    return await api.core_orgs_logo_create_create(org=org, body=body)


@router.get(
    "/api/core/orgs/{org}/metadata/",
    operation_id="core_orgs_metadata_retrieve",
    status_code=200,
    response_model=models.PlatformPublicMetadata,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_metadata_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
) -> models.PlatformPublicMetadata:
    return await api.core_orgs_metadata_retrieve(org=org)


@router.put(
    "/api/core/orgs/{org}/metadata/",
    operation_id="core_orgs_metadata_update",
    status_code=200,
    response_model=models.PlatformPublicMetadata,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_metadata_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    request: Request,
    org: Annotated[str, Path()],
    body: Annotated[models.PlatformPublicMetadataRequest | None, Body()] = None,
) -> models.PlatformPublicMetadata:
    await reject_json_null(request, body)
    return await api.core_orgs_metadata_update(org=org, body=body)


@router.patch(
    "/api/core/orgs/{org}/metadata/",
    operation_id="core_orgs_metadata_partial_update",
    status_code=200,
    response_model=models.PlatformPublicMetadata,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_metadata_partial_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    request: Request,
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedPlatformPublicMetadata | None, Body()] = None,
) -> models.PlatformPublicMetadata:
    await reject_json_null(request, body)
    return await api.core_orgs_metadata_partial_update(org=org, body=body)


@router.post(
    "/api/core/orgs/{org}/redirect-tokens/",
    operation_id="core_orgs_redirect_tokens_create",
    description="Creates redirect tokens for a URL specified by for a platform",
    status_code=200,
    response_model=models.RedirectTokenResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_redirect_tokens_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.RedirectTokenRequest, Body()],
) -> models.RedirectTokenResponse:
    return await api.core_orgs_redirect_tokens_create(org=org, body=body)


@router.get(
    "/api/core/orgs/{org}/redirect-tokens/{redirect_token}/",
    operation_id="core_orgs_redirect_tokens_retrieve",
    description="Returns Redirect URL for the token specified.  ``` Requires user to be a member of the platform with the token passed ```",
    status_code=200,
    response_model=models.RedirectTokenResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_redirect_tokens_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    redirect_token: Annotated[str, Path()],
) -> models.RedirectTokenResponse:
    return await api.core_orgs_redirect_tokens_retrieve(org=org, redirect_token=redirect_token)


@router.delete(
    "/api/core/orgs/{org}/redirect-tokens/{redirect_token}/delete",
    operation_id="core_orgs_redirect_tokens_delete_destroy",
    description="Delete specific token",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_orgs_redirect_tokens_delete_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    redirect_token: Annotated[str, Path()],
    mentor_unique_id: Annotated[
        str | None, Query(description="Optional mentor unique ID for RBAC ownership check")
    ] = None,
) -> Response:
    await api.core_orgs_redirect_tokens_delete_destroy(
        org=org, redirect_token=redirect_token, mentor_unique_id=mentor_unique_id
    )
    return Response(status_code=204)


@router.get(
    "/api/core/orgs/{org}/thumbnail/",
    operation_id="core_orgs_thumbnail_retrieve",
    description="Get platform logo",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_thumbnail_retrieve(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    org: Annotated[str, Path()],
) -> dict[str, Any]:
    return await api.core_orgs_thumbnail_retrieve(org=org)


@router.post(
    "/api/core/orgs/{org}/thumbnail/create/",
    operation_id="core_orgs_thumbnail_create_create",
    description="Upload a new platform logo",
    status_code=200,
    response_model=models.ImageUpload,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_orgs_thumbnail_create_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.ImageUpload, Body()],
) -> models.ImageUpload:
    return await api.core_orgs_thumbnail_create_create(org=org, body=body)


@router.get(
    "/api/core/platform/",
    operation_id="core_platform_retrieve",
    description="GET /api/core/platform/ Get main platform info.  POST /api/core/platform/ Save main platform settings.  Params: user_id (optional) key field_key (POST) value (POST)",
    status_code=200,
    response_model=models.PlatformList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    key: Annotated[str, Query(min_length=1)],
    user_id: Annotated[int | None, Query()] = None,
) -> models.PlatformList:
    return await api.core_platform_retrieve(key=key, user_id=user_id)


@router.post(
    "/api/core/platform/",
    operation_id="core_platform_create",
    description="Update platform object  Params: user_id  key new_key (If changing platform key) name  Advanced Params (Don't expose these to users) lms_url cms_url portal_url",
    status_code=200,
    response_model=models.PlatformList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.PlatformUpdatePostRequest, Body()],
) -> models.PlatformList:
    return await api.core_platform_create(body=body)


@router.get(
    "/api/core/platform/api-tokens/",
    operation_id="core_platform_api_tokens_list",
    description="List Platform API Key's belonging to the target platform",
    status_code=200,
    response_model=list[models.PlatformApiKey],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_api_tokens_list(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="Platform key of target platform")
    ],
) -> list[models.PlatformApiKey]:
    return await api.core_platform_api_tokens_list(platform_key=platform_key)


@router.post(
    "/api/core/platform/api-tokens/",
    operation_id="core_platform_api_tokens_create",
    description="Create a new Platform Api Key for the target platform",
    status_code=201,
    response_model=models.PlatformApiKey,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_api_tokens_create(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    body: Annotated[models.PlatformApiKeyRequest, Body()],
) -> models.PlatformApiKey:
    return await api.core_platform_api_tokens_create(body=body)


@router.delete(
    "/api/core/platform/api-tokens/{name}",
    operation_id="core_platform_api_tokens_destroy",
    description="Delete Platform Api Key by name in the target platform",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_platform_api_tokens_destroy(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    name: Annotated[str, Path()],
    platform_key: Annotated[
        str, Query(min_length=1, description="Platform key of target platform")
    ],
) -> Response:
    await api.core_platform_api_tokens_destroy(name=name, platform_key=platform_key)
    return Response(status_code=204)


@router.get(
    "/api/core/platform/config/site/",
    operation_id="core_platform_config_site_retrieve",
    description="GET /site Get site settings.  POST /site Save site settings.  Params: user_id key field_key (POST) value (POST)",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_config_site_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    key: Annotated[str, Query(min_length=1)],
    user_id: Annotated[int | None, Query()] = None,
) -> dict[str, Any]:
    return await api.core_platform_config_site_retrieve(key=key, user_id=user_id)


@router.post(
    "/api/core/platform/config/site/",
    operation_id="core_platform_config_site_create",
    description="GET /site Get site settings.  POST /site Save site settings.  Params: user_id key field_key (POST) value (POST)",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_config_site_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    request: Request,
    body: Annotated[dict[str, Any] | None, Body()] = None,
) -> dict[str, Any]:
    await reject_json_null(request, body)
    return await api.core_platform_config_site_create(body=body)


@router.get(
    "/api/core/platform/configurations/",
    operation_id="core_platform_configurations_list",
    summary="List Platform Configurations",
    description="Get all configuration values for a platform with proper type casting.",
    status_code=200,
    response_model=list[models.PlatformConfigurationList],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_configurations_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="Platform key to get/set configurations for")
    ],
) -> list[models.PlatformConfigurationList]:
    return await api.core_platform_configurations_list(platform_key=platform_key)


@router.post(
    "/api/core/platform/configurations/",
    operation_id="core_platform_configurations_create",
    summary="Set Platform Configurations",
    description="Set or update multiple platform configuration values.Values will be automatically normalized for storage and cast appropriately on retrieval.",
    status_code=201,
    response_model=models.PlatformConfigurationSetResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_configurations_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.PlatformConfigurationSet, Body()],
) -> models.PlatformConfigurationSetResponse:
    return await api.core_platform_configurations_create(body=body)


@router.get(
    "/api/core/platform/configurations/available-settings/",
    operation_id="core_platform_configurations_available_settings_retrieve",
    description="Get all available settings that can be configured with current platform values",
    status_code=200,
    response_model=models.PlatformConfigurationList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_configurations_available_settings_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> models.PlatformConfigurationList:
    return await api.core_platform_configurations_available_settings_retrieve()


@router.delete(
    "/api/core/platform/configurations/delete-config/",
    operation_id="core_platform_configurations_delete_config_destroy",
    description="Delete a specific platform configuration  Query Parameters: - platform_key: Platform key - key: Configuration key to delete",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_platform_configurations_delete_config_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_platform_configurations_delete_config_destroy()
    return Response(status_code=204)


@router.get(
    "/api/core/platform/configurations/public/",
    operation_id="core_platform_configurations_public_retrieve",
    description="Get public platform configurations for platform members  Query Parameters: - platform_key: Platform key to get public configurations for  Returns: - platform_key: The platform key - configurations: Dictionary of public config key-value pairs - count: Number of public configurations returned",
    status_code=200,
    response_model=models.PlatformConfigurationList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_configurations_public_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> models.PlatformConfigurationList:
    return await api.core_platform_configurations_public_retrieve()


@router.get(
    "/api/core/platform/users/",
    operation_id="core_platform_users_retrieve",
    description="Retrieve users associated with platform and optionally their policies when return_policies is set",
    status_code=200,
    response_model=models.UserPlatformManagementListViewGetResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_users_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    page: Annotated[int | None, Query()] = None,
    page_size: Annotated[int | None, Query()] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    platform_org: Annotated[str | None, Query(min_length=1)] = None,
    query: Annotated[str | None, Query(min_length=1)] = None,
    return_policies: Annotated[str | None, Query(min_length=1)] = None,
    sort: Annotated[str | None, Query(min_length=1)] = None,
) -> models.UserPlatformManagementListViewGetResponse:
    return await api.core_platform_users_retrieve(
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        return_policies=return_policies,
        sort=sort,
    )


@router.put(
    "/api/core/platform/users/policies/",
    operation_id="core_platform_users_policies_update",
    description="Bulk update user policies on a platform. Requires Ibl.Core/UserPolicies/write permission.  Policy removals are processed before policy additions.",
    status_code=200,
    response_model=models.UserPolicyUpdateResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platform_users_policies_update(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    body: Annotated[list[models.UserPolicyUpdate], Body()],
) -> models.UserPolicyUpdateResponse:
    return await api.core_platform_users_policies_update(body=body)


@router.get(
    "/api/core/platforms/{platform_key}/public-image-assets/",
    operation_id="core_platforms_public_image_assets_list",
    description="Shared functionality for platform public image asset views.",
    status_code=200,
    response_model=list[models.PlatformPublicImageAsset],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platforms_public_image_assets_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[str, Path()],
) -> list[models.PlatformPublicImageAsset]:
    return await api.core_platforms_public_image_assets_list(platform_key=platform_key)


@router.post(
    "/api/core/platforms/{platform_key}/public-image-assets/",
    operation_id="core_platforms_public_image_assets_create",
    description="Shared functionality for platform public image asset views.",
    status_code=201,
    response_model=models.PlatformPublicImageAsset,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platforms_public_image_assets_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.PlatformPublicImageAssetRequest, Body()],
) -> models.PlatformPublicImageAsset:
    return await api.core_platforms_public_image_assets_create(platform_key=platform_key, body=body)


@router.get(
    "/api/core/platforms/{platform_key}/public-image-assets/{asset_id}/",
    operation_id="core_platforms_public_image_assets_retrieve",
    description="Shared functionality for platform public image asset views.",
    status_code=200,
    response_model=models.PlatformPublicImageAsset,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platforms_public_image_assets_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    asset_id: Annotated[int, Path()],
    platform_key: Annotated[str, Path()],
) -> models.PlatformPublicImageAsset:
    return await api.core_platforms_public_image_assets_retrieve(
        asset_id=asset_id, platform_key=platform_key
    )


@router.put(
    "/api/core/platforms/{platform_key}/public-image-assets/{asset_id}/",
    operation_id="core_platforms_public_image_assets_update",
    description="Shared functionality for platform public image asset views.",
    status_code=200,
    response_model=models.PlatformPublicImageAsset,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platforms_public_image_assets_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    asset_id: Annotated[int, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.PlatformPublicImageAssetRequest, Body()],
) -> models.PlatformPublicImageAsset:
    return await api.core_platforms_public_image_assets_update(
        asset_id=asset_id, platform_key=platform_key, body=body
    )


@router.delete(
    "/api/core/platforms/{platform_key}/public-image-assets/{asset_id}/",
    operation_id="core_platforms_public_image_assets_destroy",
    description="Shared functionality for platform public image asset views.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_platforms_public_image_assets_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    asset_id: Annotated[int, Path()],
    platform_key: Annotated[str, Path()],
) -> Response:
    await api.core_platforms_public_image_assets_destroy(
        asset_id=asset_id, platform_key=platform_key
    )
    return Response(status_code=204)


@router.patch(
    "/api/core/platforms/{platform_key}/public-image-assets/{asset_id}/",
    operation_id="core_platforms_public_image_assets_partial_update",
    description="Shared functionality for platform public image asset views.",
    status_code=200,
    response_model=models.PlatformPublicImageAsset,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platforms_public_image_assets_partial_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    request: Request,
    asset_id: Annotated[int, Path()],
    platform_key: Annotated[str, Path()],
    body: Annotated[models.PatchedPlatformPublicImageAsset | None, Body()] = None,
) -> models.PlatformPublicImageAsset:
    await reject_json_null(request, body)
    return await api.core_platforms_public_image_assets_partial_update(
        asset_id=asset_id, platform_key=platform_key, body=body
    )


@router.get(
    "/api/core/platforms/{platform_key}/public-image-assets/{asset_id}/file/",
    operation_id="core_platforms_public_image_assets_file_retrieve",
    description="Shared functionality for platform public image asset views.",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_platforms_public_image_assets_file_retrieve(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    asset_id: Annotated[int, Path()],
    platform_key: Annotated[str, Path()],
) -> dict[str, Any]:
    return await api.core_platforms_public_image_assets_file_retrieve(
        asset_id=asset_id, platform_key=platform_key
    )


@router.get(
    "/api/core/rbac/groups/",
    operation_id="core_rbac_groups_list",
    summary="List RBAC groups",
    description="Retrieve a list of RBAC groups. Can be filtered by platform_key, owner, name, username, or email. Use include_users to control response payload.",
    status_code=200,
    response_model=models.PaginatedRbacGroupList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_groups_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    email: Annotated[
        str | None,
        Query(min_length=1, description="Filter groups by email (exact match, case-insensitive)"),
    ] = None,
    include_users: Annotated[
        bool | None, Query(description="Include user information in response (default: true)")
    ] = None,
    name: Annotated[
        str | None,
        Query(min_length=1, description="Filter groups by name (case-insensitive partial match)"),
    ] = None,
    owner: Annotated[
        str | None, Query(min_length=1, description="Filter groups by owner username")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter groups by platform key")
    ] = None,
    username: Annotated[
        str | None,
        Query(
            min_length=1, description="Filter groups by username (exact match, case-insensitive)"
        ),
    ] = None,
) -> models.PaginatedRbacGroupList:
    return await api.core_rbac_groups_list(
        email=email,
        include_users=include_users,
        name=name,
        owner=owner,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        username=username,
    )


@router.post(
    "/api/core/rbac/groups/",
    operation_id="core_rbac_groups_create",
    summary="Create RBAC group",
    description="Create a new RBAC group for a platform. Users can be assigned during creation.",
    status_code=201,
    response_model=models.RbacGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_groups_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.RbacGroupRequest, Body()],
) -> models.RbacGroup:
    return await api.core_rbac_groups_create(body=body)


@router.get(
    "/api/core/rbac/groups/{id}/",
    operation_id="core_rbac_groups_retrieve",
    summary="Retrieve RBAC group",
    description="Retrieve details of a specific RBAC group including assigned users.",
    status_code=200,
    response_model=models.RbacGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_groups_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Group.")],
) -> models.RbacGroup:
    return await api.core_rbac_groups_retrieve(id=id)


@router.put(
    "/api/core/rbac/groups/{id}/",
    operation_id="core_rbac_groups_update",
    summary="Update RBAC group",
    description="Update an existing RBAC group. Platform validation applies for user assignments. Cannot update internal system groups.",
    status_code=200,
    response_model=models.RbacGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_groups_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Group.")],
    body: Annotated[models.RbacGroupRequest, Body()],
) -> models.RbacGroup:
    return await api.core_rbac_groups_update(id=id, body=body)


@router.delete(
    "/api/core/rbac/groups/{id}/",
    operation_id="core_rbac_groups_destroy",
    summary="Delete RBAC group",
    description="Delete an RBAC group and all associated group role assignments. Cannot delete internal system groups.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_rbac_groups_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Group.")],
    platform_key: Annotated[
        str, Query(min_length=1, description="platform key for authorization check")
    ],
) -> Response:
    await api.core_rbac_groups_destroy(id=id, platform_key=platform_key)
    return Response(status_code=204)


@router.patch(
    "/api/core/rbac/groups/{id}/",
    operation_id="core_rbac_groups_partial_update",
    summary="Partially update RBAC group",
    description="Partially update an existing RBAC group. Platform validation applies for user assignments. Cannot update internal system groups.",
    status_code=200,
    response_model=models.RbacGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_groups_partial_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Group.")],
    body: Annotated[models.PatchedRbacGroup | None, Body()] = None,
) -> models.RbacGroup:
    await reject_json_null(request, body)
    return await api.core_rbac_groups_partial_update(id=id, body=body)


@router.get(
    "/api/core/rbac/mentor-access/",
    operation_id="core_rbac_mentor_access_list",
    summary="Get mentor access status",
    description="Retrieve current access information for a specific mentor, including all groups and users that have access with their respective roles.",
    status_code=200,
    response_model=list[models.MentorPolicy],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_mentor_access_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    mentor_id: Annotated[int, Query(description="ID of the mentor to get access information for")],
    platform_key: Annotated[str, Query(description="Platform key where the mentor belongs")],
) -> list[models.MentorPolicy]:
    return await api.core_rbac_mentor_access_list(mentor_id=mentor_id, platform_key=platform_key)


@router.post(
    "/api/core/rbac/mentor-access/",
    operation_id="core_rbac_mentor_access_create",
    summary="Control which RbacGroups and/or Users have access to a mentor and with what Role",
    description="Create or update RBAC policies to manage group and user access to specific mentors. Creates role-specific policies and handles adding/removing groups and users.",
    status_code=200,
    response_model=models.MentorPolicy,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_mentor_access_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.MentorPolicyRequest, Body()],
) -> models.MentorPolicy:
    return await api.core_rbac_mentor_access_create(body=body)


@router.post(
    "/api/core/rbac/permissions/check/",
    operation_id="core_rbac_permissions_check_create",
    summary="Check user permissions",
    description="Check user permissions for specified resources",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_rbac_permissions_check_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.PermissionCheckRequest, Body()],
) -> Response:
    await api.core_rbac_permissions_check_create(body=body)
    return Response(status_code=200)


@router.get(
    "/api/core/rbac/policies/",
    operation_id="core_rbac_policies_list",
    summary="List RBAC policies",
    description="Retrieve a list of RBAC policies. Can be filtered by platform_key, role_id, name, username, email, or group. Use include_users and include_groups to control response payload.",
    status_code=200,
    response_model=models.PaginatedRbacPolicyList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_policies_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    email: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter policies by email (exact match, case-insensitive) - includes users in policy or in policy's groups",
        ),
    ] = None,
    group: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter policies by group name (exact match, case-insensitive)",
        ),
    ] = None,
    include_groups: Annotated[
        bool | None, Query(description="Include group information in response (default: true)")
    ] = None,
    include_users: Annotated[
        bool | None, Query(description="Include user information in response (default: true)")
    ] = None,
    name: Annotated[
        str | None,
        Query(min_length=1, description="Filter policies by name (case-insensitive partial match)"),
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter policies by platform key")
    ] = None,
    role_id: Annotated[int | None, Query(description="Filter policies by role ID")] = None,
    username: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter policies by username (exact match, case-insensitive) - includes users in policy or in policy's groups",
        ),
    ] = None,
) -> models.PaginatedRbacPolicyList:
    return await api.core_rbac_policies_list(
        email=email,
        group=group,
        include_groups=include_groups,
        include_users=include_users,
        name=name,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        role_id=role_id,
        username=username,
    )


@router.post(
    "/api/core/rbac/policies/",
    operation_id="core_rbac_policies_create",
    summary="Create RBAC policy",
    description="Create a new RBAC policy that defines resource access for a role",
    status_code=201,
    response_model=models.RbacPolicy,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_policies_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.RbacPolicyRequest, Body()],
) -> models.RbacPolicy:
    return await api.core_rbac_policies_create(body=body)


@router.get(
    "/api/core/rbac/policies/{id}/",
    operation_id="core_rbac_policies_retrieve",
    summary="Retrieve RBAC policy",
    description="Retrieve details of a specific RBAC policy, including role, platform, resources, users, and groups.",
    status_code=200,
    response_model=models.RbacPolicy,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_policies_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Policy.")],
) -> models.RbacPolicy:
    return await api.core_rbac_policies_retrieve(id=id)


@router.put(
    "/api/core/rbac/policies/{id}/",
    operation_id="core_rbac_policies_update",
    summary="Update RBAC policy",
    description="Update an existing RBAC policy.",
    status_code=200,
    response_model=models.RbacPolicy,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_policies_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Policy.")],
    body: Annotated[models.RbacPolicyRequest, Body()],
) -> models.RbacPolicy:
    return await api.core_rbac_policies_update(id=id, body=body)


@router.delete(
    "/api/core/rbac/policies/{id}/",
    operation_id="core_rbac_policies_destroy",
    summary="Delete RBAC policy",
    description="Delete an RBAC policy.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_rbac_policies_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Policy.")],
    platform_key: Annotated[
        str, Query(min_length=1, description="platform key for authorization check")
    ],
) -> Response:
    await api.core_rbac_policies_destroy(id=id, platform_key=platform_key)
    return Response(status_code=204)


@router.patch(
    "/api/core/rbac/policies/{id}/",
    operation_id="core_rbac_policies_partial_update",
    summary="Partially update RBAC policy",
    description="Partially update an existing RBAC policy. Only provided fields will be updated.",
    status_code=200,
    response_model=models.RbacPolicy,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_policies_partial_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Policy.")],
    body: Annotated[models.PatchedRbacPolicy | None, Body()] = None,
) -> models.RbacPolicy:
    await reject_json_null(request, body)
    return await api.core_rbac_policies_partial_update(id=id, body=body)


@router.get(
    "/api/core/rbac/roles/",
    operation_id="core_rbac_roles_list",
    summary="List RBAC roles",
    description="Retrieve a list of RBAC roles. Can be filtered by platform_key and name.",
    status_code=200,
    response_model=models.PaginatedRbacRoleList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_roles_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    include_global_roles: Annotated[bool | None, Query(description="Include global roles")] = None,
    name: Annotated[
        str | None,
        Query(min_length=1, description="Filter roles by name (case-insensitive partial match)"),
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter roles by platform key")
    ] = None,
) -> models.PaginatedRbacRoleList:
    return await api.core_rbac_roles_list(
        include_global_roles=include_global_roles,
        name=name,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
    )


@router.post(
    "/api/core/rbac/roles/",
    operation_id="core_rbac_roles_create",
    summary="Create RBAC role",
    description="Create a new RBAC role for a platform.",
    status_code=201,
    response_model=models.RbacRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_roles_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.RbacRoleRequest, Body()],
) -> models.RbacRole:
    return await api.core_rbac_roles_create(body=body)


@router.get(
    "/api/core/rbac/roles/{id}/",
    operation_id="core_rbac_roles_retrieve",
    summary="Retrieve RBAC role",
    description="Retrieve details of a specific RBAC role.",
    status_code=200,
    response_model=models.RbacRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_roles_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Role.")],
) -> models.RbacRole:
    return await api.core_rbac_roles_retrieve(id=id)


@router.put(
    "/api/core/rbac/roles/{id}/",
    operation_id="core_rbac_roles_update",
    summary="Update RBAC role",
    description="Update an existing RBAC role.",
    status_code=200,
    response_model=models.RbacRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_roles_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Role.")],
    body: Annotated[models.RbacRoleRequest, Body()],
) -> models.RbacRole:
    return await api.core_rbac_roles_update(id=id, body=body)


@router.delete(
    "/api/core/rbac/roles/{id}/",
    operation_id="core_rbac_roles_destroy",
    summary="Delete RBAC role",
    description="Delete an RBAC role. WARNING: Deleting a role will remove all policies referencing it.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_rbac_roles_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Role.")],
    platform_key: Annotated[
        str, Query(min_length=1, description="platform key for authorization check")
    ],
) -> Response:
    await api.core_rbac_roles_destroy(id=id, platform_key=platform_key)
    return Response(status_code=204)


@router.patch(
    "/api/core/rbac/roles/{id}/",
    operation_id="core_rbac_roles_partial_update",
    summary="Partially update RBAC role",
    description="Partially update an existing RBAC role.",
    status_code=200,
    response_model=models.RbacRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_roles_partial_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this RBAC Role.")],
    body: Annotated[models.PatchedRbacRole | None, Body()] = None,
) -> models.RbacRole:
    await reject_json_null(request, body)
    return await api.core_rbac_roles_partial_update(id=id, body=body)


@router.post(
    "/api/core/rbac/student-llm-access/set/",
    operation_id="core_rbac_student_llm_access_set_create",
    summary="Set student LLM access permissions",
    description="Configure which LLM resources students can access on a platform by replacing the LLM Users policy resources",
    status_code=200,
    response_model=models.StudentLLMAccessResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_student_llm_access_set_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.SetStudentLLMAccess, Body()],
) -> models.StudentLLMAccessResponse:
    return await api.core_rbac_student_llm_access_set_create(body=body)


@router.get(
    "/api/core/rbac/student-llm-access/status/",
    operation_id="core_rbac_student_llm_access_status_retrieve",
    summary="Get student LLM access permissions",
    description="Check which LLM resources students are currently allowed to access on a platform",
    status_code=200,
    response_model=models.StudentLLMAccessResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_student_llm_access_status_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[
        str, Query(min_length=1, max_length=255, description="The platform key to check")
    ],
) -> models.StudentLLMAccessResponse:
    return await api.core_rbac_student_llm_access_status_retrieve(platform_key=platform_key)


@router.post(
    "/api/core/rbac/student-mentor-creation/set/",
    operation_id="core_rbac_student_mentor_creation_set_create",
    summary="Set student mentor creation permission",
    description="Enable or disable the ability for students to create mentors on a platform",
    status_code=200,
    response_model=models.StudentMentorCreationPermissionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_student_mentor_creation_set_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.SetStudentMentorCreationPermission, Body()],
) -> models.StudentMentorCreationPermissionResponse:
    return await api.core_rbac_student_mentor_creation_set_create(body=body)


@router.get(
    "/api/core/rbac/student-mentor-creation/status/",
    operation_id="core_rbac_student_mentor_creation_status_retrieve",
    summary="Get student mentor creation permission status",
    description="Check whether students are currently allowed to create mentors on a platform",
    status_code=200,
    response_model=models.StudentMentorCreationPermissionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_student_mentor_creation_status_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[
        str, Query(min_length=1, max_length=255, description="The platform key to check")
    ],
) -> models.StudentMentorCreationPermissionResponse:
    return await api.core_rbac_student_mentor_creation_status_retrieve(platform_key=platform_key)


@router.get(
    "/api/core/rbac/teams/access/",
    operation_id="core_rbac_teams_access_list",
    summary="Get usergroup access status",
    description="Retrieve current access information for a specific usergroup, including all groups and users that have access with their respective roles.",
    status_code=200,
    response_model=list[models.UserGroupPolicy],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_teams_access_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[str, Query(description="Platform key where the usergroup belongs")],
    usergroup_id: Annotated[
        int, Query(description="ID of the usergroup to get access information for")
    ],
) -> list[models.UserGroupPolicy]:
    return await api.core_rbac_teams_access_list(
        platform_key=platform_key, usergroup_id=usergroup_id
    )


@router.post(
    "/api/core/rbac/teams/access/",
    operation_id="core_rbac_teams_access_create",
    summary="Control which RbacGroups and/or Users have access to a UserGroup (team) and with what Role",
    description="Create or update RBAC policies to manage group and user access to specific UserGroups (teams). Creates role-specific policies and handles adding/removing groups and users. Automatically adds users/groups to appropriate secondary policies as needed.",
    status_code=200,
    response_model=models.UserGroupPolicy,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_teams_access_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.UserGroupPolicyRequest, Body()],
) -> models.UserGroupPolicy:
    return await api.core_rbac_teams_access_create(body=body)


@router.get(
    "/api/core/rbac/user-group-access/",
    operation_id="core_rbac_user_group_access_retrieve",
    summary="Get user group access status",
    description="Retrieve current group access information for a specific user, including all groups the user has access to and whether they have mentor management permissions.",
    status_code=200,
    response_model=models.UserGroupAccess,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_user_group_access_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[str, Query(description="Platform key where the groups exist")],
    user_id: Annotated[int, Query(description="ID of the user to check group access for")],
) -> models.UserGroupAccess:
    return await api.core_rbac_user_group_access_retrieve(
        platform_key=platform_key, user_id=user_id
    )


@router.post(
    "/api/core/rbac/user-group-access/",
    operation_id="core_rbac_user_group_access_create",
    summary="Manage user access to groups",
    description="Create or update user access to groups by adding/removing group access. Creates one policy per user with GROUP_MENTOR_MANAGER role for managing mentor access.",
    status_code=200,
    response_model=models.UserGroupAccess,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_user_group_access_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.UserGroupAccessRequest, Body()],
) -> models.UserGroupAccess:
    return await api.core_rbac_user_group_access_create(body=body)


@router.post(
    "/api/core/session/logout/",
    operation_id="core_session_logout_create",
    description="Invalidate all tokens for the authenticated user",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_session_logout_create(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
) -> Response:
    await api.core_session_logout_create()
    return Response(status_code=200)


@router.post(
    "/api/core/signals/edx/",
    operation_id="core_signals_edx_create",
    description="POST signals/edx/",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_signals_edx_create(
    *,
    api: Annotated[CoreApi, Depends(core_api)],
    body: Annotated[models.EdxSignalReceiverRequest, Body()],
) -> Response:
    await api.core_signals_edx_create(body=body)
    return Response(status_code=200)


@router.post(
    "/api/core/token/proxy/",
    operation_id="core_token_proxy_create",
    description="Param: Any of user_id/username/email",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_token_proxy_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_token_proxy_create()
    return Response(status_code=200)


@router.get(
    "/api/core/token/verify/",
    operation_id="core_token_verify_retrieve",
    description="Check token user",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_token_verify_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_token_verify_retrieve()
    return Response(status_code=200)


@router.get(
    "/api/core/user-groups/",
    operation_id="core_user_groups_list",
    summary="List UserGroups",
    description="Retrieve a list of UserGroups. Can be filtered by platform_key, name, and include_users.",
    status_code=200,
    response_model=models.PaginatedUserGroupList,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_user_groups_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    include_users: Annotated[
        bool | None,
        Query(description="Include user information in response (default: false for performance)"),
    ] = None,
    name: Annotated[
        str | None, Query(min_length=1, description="Fuzzy search by group name")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter groups by platform key")
    ] = None,
    required_action: Annotated[
        str | None,
        Query(min_length=1, description="Return user groups (teams) you have this action on"),
    ] = None,
    with_permissions: Annotated[
        bool | None, Query(description="Include object-level permissions in response")
    ] = None,
) -> models.PaginatedUserGroupList:
    return await api.core_user_groups_list(
        include_users=include_users,
        name=name,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        required_action=required_action,
        with_permissions=with_permissions,
    )


@router.post(
    "/api/core/user-groups/",
    operation_id="core_user_groups_create",
    summary="Create UserGroup",
    description="Create a new UserGroup for a platform. Users can be assigned during creation.",
    status_code=201,
    response_model=models.UserGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_user_groups_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.UserGroupRequest, Body()],
) -> models.UserGroup:
    return await api.core_user_groups_create(body=body)


@router.get(
    "/api/core/user-groups/{id}/",
    operation_id="core_user_groups_retrieve",
    summary="Retrieve UserGroup",
    description="Retrieve details of a specific UserGroup including assigned users.",
    status_code=200,
    response_model=models.UserGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_user_groups_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this User Group.")],
) -> models.UserGroup:
    return await api.core_user_groups_retrieve(id=id)


@router.put(
    "/api/core/user-groups/{id}/",
    operation_id="core_user_groups_update",
    summary="Update UserGroup",
    description="Update an existing UserGroup. Platform validation applies for user assignments.",
    status_code=200,
    response_model=models.UserGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_user_groups_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this User Group.")],
    body: Annotated[models.UserGroupRequest, Body()],
) -> models.UserGroup:
    return await api.core_user_groups_update(id=id, body=body)


@router.delete(
    "/api/core/user-groups/{id}/",
    operation_id="core_user_groups_destroy",
    summary="Delete UserGroup",
    description="Delete a UserGroup and all associated user group links.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_user_groups_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this User Group.")],
) -> Response:
    await api.core_user_groups_destroy(id=id)
    return Response(status_code=204)


@router.patch(
    "/api/core/user-groups/{id}/",
    operation_id="core_user_groups_partial_update",
    summary="Partially update UserGroup",
    description="Partially update an existing UserGroup. Platform validation applies for user assignments.",
    status_code=200,
    response_model=models.UserGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_user_groups_partial_update(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this User Group.")],
    body: Annotated[models.PatchedUserGroup | None, Body()] = None,
) -> models.UserGroup:
    await reject_json_null(request, body)
    return await api.core_user_groups_partial_update(id=id, body=body)


@router.get(
    "/api/core/user_groups/",
    operation_id="core_user_groups_retrieve_2",
    description="Show (active) user groups associated with a platform",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_user_groups_retrieve_2(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_user_groups_retrieve_2()
    return Response(status_code=200)


@router.post(
    "/api/core/user_groups/",
    operation_id="core_user_groups_create_2",
    description="Create/update a user group",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_user_groups_create_2(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_user_groups_create_2()
    return Response(status_code=200)


@router.delete(
    "/api/core/user_groups/",
    operation_id="core_user_groups_destroy_2",
    description="Delete user group",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_user_groups_destroy_2(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_user_groups_destroy_2()
    return Response(status_code=204)


@router.get(
    "/api/core/user_groups/link/",
    operation_id="core_user_groups_link_retrieve",
    description="Show active users in user group (paginated)  group_id is numeric ID of group",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_user_groups_link_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_user_groups_link_retrieve()
    return Response(status_code=200)


@router.post(
    "/api/core/user_groups/link/",
    operation_id="core_user_groups_link_create",
    description="Add single user to user group, or update status",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_user_groups_link_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_user_groups_link_create()
    return Response(status_code=200)


@router.delete(
    "/api/core/user_groups/link/",
    operation_id="core_user_groups_link_destroy",
    description="Delete user group link",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def core_user_groups_link_destroy(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_user_groups_link_destroy()
    return Response(status_code=204)


@router.post(
    "/api/core/user_groups/link/bulk/",
    operation_id="core_user_groups_link_bulk_create",
    description="Add users to user group, or update status",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_user_groups_link_bulk_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
) -> Response:
    await api.core_user_groups_link_bulk_create()
    return Response(status_code=200)


@router.post(
    "/api/core/users/delete/",
    operation_id="core_users_delete_create",
    description="Initiates the account deletion process for the authenticated user or specified username.",
    status_code=202,
    response_model=models.UserDeleteAPIResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_users_delete_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    request: Request,
    body: Annotated[models.UserDeleteAPIRequest | None, Body()] = None,
) -> models.UserDeleteAPIResponse:
    await reject_json_null(request, body)
    return await api.core_users_delete_create(body=body)


@router.get(
    "/api/core/users/metadata/proxy/",
    operation_id="core_users_metadata_proxy_retrieve",
    description="Get detailed user information.  Make permission check for platform admins here, then proxy request to edx.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def core_users_metadata_proxy_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    email: Annotated[str | None, Query(min_length=1)] = None,
    user_id: Annotated[int | None, Query()] = None,
    username: Annotated[str | None, Query(min_length=1)] = None,
) -> Response:
    await api.core_users_metadata_proxy_retrieve(email=email, user_id=user_id, username=username)
    return Response(status_code=200)


@router.get(
    "/api/core/users/platforms/",
    operation_id="core_users_platforms_list",
    description="Retrieve platforms associated with user_id  Params: user_id username email",
    status_code=200,
    response_model=list[models.UserPlatformLink],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_users_platforms_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    email: Annotated[str | None, Query(min_length=1)] = None,
    user_id: Annotated[int | None, Query()] = None,
    username: Annotated[str | None, Query(min_length=1)] = None,
) -> list[models.UserPlatformLink]:
    return await api.core_users_platforms_list(email=email, user_id=user_id, username=username)


@router.post(
    "/api/core/users/platforms/",
    operation_id="core_users_platforms_create",
    description="Explicitly link platform to user_id  Params: user_id platform_key added_on (optional) expired_on (optional) is_admin (optional) active (optional)",
    status_code=201,
    response_class=Response,
    response_description="",
)
async def core_users_platforms_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.UserPlatformViewPostRequest, Body()],
) -> Response:
    await api.core_users_platforms_create(body=body)
    return Response(status_code=201)


@router.get(
    "/api/core/users/platforms/config/",
    operation_id="core_users_platforms_config_retrieve",
    description="Get platform self-linking configuration  Params: platform_key: The key of the platform to get configuration for",
    status_code=200,
    response_model=models.PlatformMembershipConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_users_platforms_config_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    platform_key: Annotated[str, Query(min_length=1)],
) -> models.PlatformMembershipConfig:
    return await api.core_users_platforms_config_retrieve(platform_key=platform_key)


@router.post(
    "/api/core/users/platforms/config/",
    operation_id="core_users_platforms_config_create",
    description="Set platform self-linking configuration  Params: platform_key: The key of the platform to configure allow_self_linking: Whether to allow self-linking for this platform",
    status_code=200,
    response_model=models.PlatformMembershipConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_users_platforms_config_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.PlatformMembershipConfigPostRequest, Body()],
) -> models.PlatformMembershipConfig:
    return await api.core_users_platforms_config_create(body=body)


@router.post(
    "/api/core/users/platforms/self-link/",
    operation_id="core_users_platforms_self_link_create",
    description="Allow authenticated users to self-link to platforms that have self-linking enabled  Params: platform_key: The key of the platform to link to",
    status_code=201,
    response_model=models.UserPlatformSelfLinkResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_users_platforms_self_link_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.UserPlatformSelfLinkRequest, Body()],
) -> models.UserPlatformSelfLinkResponse:
    return await api.core_users_platforms_self_link_create(body=body)


@router.get(
    "/api/core/users/proxy/",
    operation_id="core_users_proxy_retrieve",
    description="Retrieve proxy user information by user_id",
    status_code=200,
    response_model=models.UserProxyGetResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_users_proxy_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    email: Annotated[str | None, Query(min_length=1)] = None,
    user_id: Annotated[int | None, Query()] = None,
    username: Annotated[str | None, Query(min_length=1)] = None,
) -> models.UserProxyGetResponse:
    return await api.core_users_proxy_retrieve(email=email, user_id=user_id, username=username)


@router.post(
    "/api/core/users/proxy/",
    operation_id="core_users_proxy_create",
    description="Add proxy user  Params: user_id username email edx_data data",
    status_code=200,
    response_model=models.UserProxyPostResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_users_proxy_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.UserProxyPostRequest, Body()],
) -> models.UserProxyPostResponse:
    return await api.core_users_proxy_create(body=body)


@router.post(
    "/api/core/users/proxy/bulk/",
    operation_id="core_users_proxy_bulk_create",
    description='Add proxy users by bulk  Params: users: list of user objects ``` [     {"user_id": 1, ...},     {"user_id": 2, ...} ] ```',
    status_code=200,
    response_model=list[dict[str, str]],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_users_proxy_bulk_create(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    body: Annotated[models.UserProxyBulkRequest, Body()],
) -> list[dict[str, str]]:
    return await api.core_users_proxy_bulk_create(body=body)


@router.get(
    "/api/core/users/search/",
    operation_id="core_users_search_retrieve",
    description="Retrieve users based on query Not intended for public use with multitenant platforms  Params: query sort",
    status_code=200,
    response_model=models.UserSearchViewGetResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def core_users_search_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    page: Annotated[int | None, Query()] = None,
    page_size: Annotated[int | None, Query()] = None,
    query: Annotated[str | None, Query(min_length=1)] = None,
    sort: Annotated[str | None, Query(min_length=1)] = None,
) -> models.UserSearchViewGetResponse:
    return await api.core_users_search_retrieve(
        page=page, page_size=page_size, query=query, sort=sort
    )


@router.get(
    "/api/departments/orgs/{org}/",
    operation_id="departments_orgs_retrieve",
    description="Get a list of departments with metrics and filtering options.  This endpoint provides a paginated list of departments with aggregated metrics about learner performance, course completions, and skill acquisition.  Query Parameters:     page (int, optional): Page number for pagination     length (int, optional): Number of items per page     program (str, optional): Filter by program     pathway (str, optional): Filter by pathway     departments (list, optional): Filter by department ids     department_id (str, optional): Filter by department id     location (str, optional): Filter by location     is_enrolled (bool, optional): Filter for departments with enrolled users     start_date (date, optional): Filter by learner join date (start range)     end_date (date, optional): Filter by learner join date (end range)  Returns:     A paginated list of departments with comprehensive metrics.",
    status_code=200,
    response_model=models.GroupList,
    response_model_exclude_unset=True,
    response_description="",
)
async def departments_orgs_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    departments: Annotated[
        list[str] | None,
        Query(
            description="Departments search string. Single string or list of strings. e.g 'sample_department' or `['department', 'another department']` "
        ),
    ] = None,
    end_date: Annotated[
        str | None, Query(description="Filter by learners date_joined. Start date. ISO 8601")
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    is_enrolled: Annotated[
        bool | None, Query(description="Filter for users who have at least an enro;lment")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    location: Annotated[
        str | None, Query(min_length=1, description="Location search string")
    ] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    pathway: Annotated[str | None, Query(min_length=1, description="Pathway string")] = None,
    program: Annotated[str | None, Query(min_length=1, description="Program search string")] = None,
    start_date: Annotated[
        str | None, Query(description="Filter by learners date_joined. Start date. ISO 8601")
    ] = None,
) -> models.GroupList:
    return await api.departments_orgs_retrieve(
        org=org,
        department_id=department_id,
        departments=departments,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        is_enrolled=is_enrolled,
        length=length,
        location=location,
        page=page,
        pathway=pathway,
        program=program,
        start_date=start_date,
    )


@router.get(
    "/api/roles/platform/orgs/{org}/roles/users/{username}/desired-roles/",
    operation_id="roles_platform_orgs_roles_users_desired_roles_retrieve",
    description="Retrieve a user's desired role information.  This endpoint returns the role and skills that a user has indicated they want to develop or acquire. This represents the user's career goals and learning objectives.  Path Parameters:     org (str): The platform/organization identifier     username (str): The username of the user to retrieve role information for  Returns:     The user's desired role information including:     - Target role title     - Skills needed for the role     - Current progress toward skill acquisition  Error Responses:     400 Bad Request: If the user doesn't exist in the platform or has no desired role     404 Not Found: If the specified platform doesn't exist",
    status_code=200,
    response_model=models.DesiredRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def roles_platform_orgs_roles_users_desired_roles_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.DesiredRole:
    return await api.roles_platform_orgs_roles_users_desired_roles_retrieve(
        org=org, username=username
    )


@router.get(
    "/api/roles/platform/orgs/{org}/roles/users/{username}/reported-roles/",
    operation_id="roles_platform_orgs_roles_users_reported_roles_retrieve",
    description="Retrieve a user's reported role information.  This endpoint returns the role and skills that a user has reported having in their profile. This represents the user's current skills and professional role.  Path Parameters:     org (str): The platform/organization identifier     username (str): The username of the user to retrieve role information for  Returns:     The user's reported role information including:     - Role title     - Skills associated with the role     - Experience level  Error Responses:     400 Bad Request: If the user doesn't exist in the platform or has no reported role     404 Not Found: If the specified platform doesn't exist",
    status_code=200,
    response_model=models.ReportedRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def roles_platform_orgs_roles_users_reported_roles_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.ReportedRole:
    return await api.roles_platform_orgs_roles_users_reported_roles_retrieve(
        org=org, username=username
    )


@router.get(
    "/api/user-groups/orgs/{key}/",
    operation_id="user_groups_orgs_retrieve",
    description="Get a list of user groups with metrics and filtering options.  This endpoint provides a paginated list of user groups with aggregated metrics about learner performance, course completions, and skill acquisition.  This endpoint uses DM token authentication and respects department-based access controls.  Query Parameters:     page (int, optional): Page number for pagination     length (int, optional): Number of items per page     program (str, optional): Filter by program     pathway (str, optional): Filter by pathway     groups (list, optional): Filter by group names     location (str, optional): Filter by location     is_enrolled (bool, optional): Filter for groups with enrolled users     start_date (date, optional): Filter by learner join date (start range)     end_date (date, optional): Filter by learner join date (end range)  Returns:     A paginated list of user groups with comprehensive metrics.  Access Control:     - Platform admins can see all groups     - Department admins can only see groups in their departments",
    status_code=200,
    response_model=models.GroupList,
    response_model_exclude_unset=True,
    response_description="",
)
async def user_groups_orgs_retrieve(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    key: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    end_date: Annotated[
        str | None, Query(description="Filter by learners date_joined. Start date. ISO 8601")
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    groups: Annotated[
        list[str] | None,
        Query(
            description="Groups search string. Single string or list of strings. e.g 'sample_group' or `['group', 'another group']` "
        ),
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    is_enrolled: Annotated[
        bool | None, Query(description="Filter for users who have at least an enrollment")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    location: Annotated[
        str | None, Query(min_length=1, description="Location search string")
    ] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    pathway: Annotated[str | None, Query(min_length=1, description="Pathway string")] = None,
    program: Annotated[str | None, Query(min_length=1, description="Program search string")] = None,
    start_date: Annotated[
        str | None, Query(description="Filter by learners date_joined. Start date. ISO 8601")
    ] = None,
) -> models.GroupList:
    return await api.user_groups_orgs_retrieve(
        key=key,
        department_id=department_id,
        end_date=end_date,
        format=format,
        groups=groups,
        include_main_platform=include_main_platform,
        is_enrolled=is_enrolled,
        length=length,
        location=location,
        page=page,
        pathway=pathway,
        program=program,
        start_date=start_date,
    )
