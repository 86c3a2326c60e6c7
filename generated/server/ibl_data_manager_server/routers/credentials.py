"""Routes for the operations tagged `credentials`: each calls `CredentialsApi`."""

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import CredentialsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["credentials"])


async def credentials_api(request: Request) -> CredentialsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, CredentialsApi):
        return implementation
    return CredentialsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_credentials_api = ApiKeyGuard(credentials_api)


@router.get(
    "/api/credentials/exim/credentials/course/{course_id}/export/",
    operation_id="credentials_exim_credentials_course_export_retrieve",
    description="Export credential information for a specific course.  Args:     request: The HTTP request object     course_id: Course ID to export credentials for  Returns:     Response: JSON response with credential data",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_exim_credentials_course_export_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    course_id: Annotated[str, Path()],
) -> Response:
    await api.credentials_exim_credentials_course_export_retrieve(course_id=course_id)
    return Response(status_code=200)


@router.post(
    "/api/credentials/exim/credentials/course/{course_id}/import/",
    operation_id="credentials_exim_credentials_course_import_create",
    description="Import credential information for a specific course.  Args:     request: The HTTP request object     course_id: Course ID to import credentials for  Returns:     Response: JSON response with import results",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_exim_credentials_course_import_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    course_id: Annotated[str, Path()],
) -> Response:
    await api.credentials_exim_credentials_course_import_create(course_id=course_id)
    return Response(status_code=200)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/",
    operation_id="credentials_orgs_users_retrieve",
    description="Get all credentials for a platform with search and pagination support.  Query Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search term to filter credentials - course: Course ID to filter credentials - program: Program ID to filter credentials",
    status_code=200,
    response_model=models.Credential,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> models.Credential:
    return await api.credentials_orgs_users_retrieve(platform_key=platform_key, user_id=user_id)


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/",
    operation_id="credentials_orgs_users_create",
    description='API View for managing credentials across a platform.  This endpoint allows creating and retrieving credentials for a specific organization/tenant, with support for filtering, searching, and pagination.  Path Parameters:     org (str): The organization/tenant identifier     user_id (str): The user ID making the request  Query Parameters:     # Platform identification     platform_org (str, optional): Alternative platform identifier (takes precedence over URL org)      # Pagination     page (int, optional): Page number (default: 1)     page_size (int, optional): Items per page (default: 10, max: 100)      # Filtering and search     search (str, optional): Search term to filter credentials by name or description     course (str, optional): Course ID to filter credentials associated with a specific course     program (str, optional): Program ID to filter credentials associated with a specific program  Methods:     GET: Retrieve credentials with filtering and pagination     POST: Create a new credential  POST Request Body:     A JSON object containing credential details:     - name (str): Credential name     - description (str, optional): Credential description     - issuer (str): Issuer entity ID     - credential_type (str, optional): Type of credential     - html_template (str, optional): HTML template for credential rendering     - css_template (str, optional): CSS template for credential styling     - icon_image (str, optional): URL to credential icon     - background_image (str, optional): URL to credential background     - thumbnail_image (str, optional): URL to credential thumbnail     - criteria_url (str, optional): URL to credential criteria     - criteria_text (str, optional): Text description of credential criteria     - issuing_signal (str, optional): Signal that triggers credential issuance  Returns:     GET: A JSON response containing:         {             "status": {"success": true, "description": "Ok"},             "result": {                 "next": "URL to next page",                 "previous": "URL to previous page",                 "count": 42,                 "data": [                     {credential object},                     {credential object},                     ...                 ],                 "num_pages": 5,                 "page_number": 1,                 "max_page_size": 100             }         }      POST: A JSON response containing:         {             "status": {"success": true, "description": "Created"},             "result": {credential object}         }  Error Responses:     400 Bad Request: If the request data is invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the platform doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires CredentialAssignmentPermission     - Only public credentials are returned by default',
    status_code=200,
    response_model=models.Credential,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.Credential, Body()],
) -> models.Credential:
    return await api.credentials_orgs_users_create(
        platform_key=platform_key, user_id=user_id, body=body
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assertions-over-time/",
    operation_id="credentials_orgs_users_assertions_over_time_retrieve",
    description="Get all credentials of a given tenant",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_over_time_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    end_date: Annotated[str | None, Query(min_length=1, description="end date. ISO 8601")] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.OvertimeWithChangeInfo:
    return await api.credentials_orgs_users_assertions_over_time_retrieve(
        platform_key=platform_key,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/",
    operation_id="credentials_orgs_users_assertions_retrieve",
    description="A GET View that validates QueryParams and returns results to a serializer",
    status_code=200,
    response_model=models.PaginatedAssertionsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    course: Annotated[str | None, Query(min_length=1)] = None,
    exclude_main_tenant_assertions: Annotated[bool | None, Query()] = None,
    include_expired: Annotated[bool | None, Query()] = None,
    include_revoked: Annotated[bool | None, Query()] = None,
    page: Annotated[int | None, Query(ge=1)] = None,
    page_size: Annotated[int | None, Query(ge=1, le=1000)] = None,
) -> models.PaginatedAssertionsResponse:
    return await api.credentials_orgs_users_assertions_retrieve(
        platform_key=platform_key,
        user_id=user_id,
        course=course,
        exclude_main_tenant_assertions=exclude_main_tenant_assertions,
        include_expired=include_expired,
        include_revoked=include_revoked,
        page=page,
        page_size=page_size,
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}",
    operation_id="credentials_orgs_users_assertions_retrieve_2",
    status_code=200,
    response_model=models.Assertion,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> models.Assertion:
    return await api.credentials_orgs_users_assertions_retrieve_2(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id
    )


@router.put(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}",
    operation_id="credentials_orgs_users_assertions_update",
    status_code=200,
    response_model=models.Assertion,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_update(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.AssertionRequest, Body()],
) -> models.Assertion:
    return await api.credentials_orgs_users_assertions_update(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id, body=body
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/groups/",
    operation_id="credentials_orgs_users_assignments_groups_retrieve",
    description="Get group assignments with department-aware filtering",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_groups_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_groups_retrieve(
        platform_key=platform_key, user_id=user_id
    )
    return Response(status_code=200)


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/groups/",
    operation_id="credentials_orgs_users_assignments_groups_create",
    description="Create group assignment with department access validation",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_groups_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_groups_create(
        platform_key=platform_key, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/users/",
    operation_id="credentials_orgs_users_assignments_users_retrieve",
    description="Get assignments and their corresponding assertions based on user role: - Regular users: get only their own assignments - Platform admins: get assignments for all users in their platform - Department admins: get assignments for users in their department groups",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_users_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_users_retrieve(
        platform_key=platform_key, user_id=user_id
    )
    return Response(status_code=200)


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/users/",
    operation_id="credentials_orgs_users_assignments_users_create",
    description="Create assignments with department access validation",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_users_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_users_create(
        platform_key=platform_key, user_id=user_id
    )
    return Response(status_code=200)


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/{assignment_id}",
    operation_id="credentials_orgs_users_assignments_destroy",
    description="Delete a credential assignment using its entity_id. Only platform admins and department admins can delete assignments.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_destroy(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    assignment_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_destroy(
        assignment_id=assignment_id, platform_key=platform_key, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/course-assertions-over-time/",
    operation_id="credentials_orgs_users_course_assertions_over_time_retrieve",
    description="Get all credentials of a given tenant",
    status_code=200,
    response_model=models.OverTime,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_course_assertions_over_time_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    end_date: Annotated[str | None, Query(min_length=1, description="end date. ISO 8601")] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.OverTime:
    return await api.credentials_orgs_users_course_assertions_over_time_retrieve(
        platform_key=platform_key,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/course-credentials/",
    operation_id="credentials_orgs_users_course_credentials_list",
    description="DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary database if the replica is unreachable.  Add as the **first** base class on read-only views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin, APIView):         ...",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_course_credentials_list(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> Response:
    await api.credentials_orgs_users_course_credentials_list(
        platform_key=platform_key, user_id=user_id, page=page, page_size=page_size
    )
    return Response(status_code=200)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/",
    operation_id="credentials_orgs_users_credentials_over_time_retrieve",
    description="Get all credentials of a given tenant",
    status_code=200,
    response_model=models.OverTime,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_credentials_over_time_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    end_date: Annotated[str | None, Query(min_length=1, description="end date. ISO 8601")] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.OverTime:
    return await api.credentials_orgs_users_credentials_over_time_retrieve(
        platform_key=platform_key,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/",
    operation_id="credentials_orgs_users_external_mapping_retrieve",
    description="Retrieve external credential mappings for the platform.  Query Parameters:     credential_id (str, optional): Filter by credential entity_id     provider_name (str, optional): Filter by provider name     page (int, optional): Page number     page_size (int, optional): Items per page  Returns all mappings for the platform if the user is an admin.",
    status_code=200,
    response_model=models.ExternalCredentialMapping,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_external_mapping_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> models.ExternalCredentialMapping:
    return await api.credentials_orgs_users_external_mapping_retrieve(
        platform_key=platform_key, user_id=user_id
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/",
    operation_id="credentials_orgs_users_external_mapping_create",
    description='Create or update an external credential mapping.  If a mapping doesn\'t exist for the credential + platform + provider combination, it will be created. If it exists, it will be updated.  Request Body:     {         "credential_id": "credential-entity-id",  // Required         "provider_name": "accredible",            // Required         "external_template_id": "123456",         // Optional         "metadata": {}                            // Optional     }  Returns:     - 201 Created: When creating a new mapping     - 200 OK: When updating an existing mapping',
    status_code=200,
    response_model=models.ExternalCredentialMapping,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_external_mapping_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.ExternalCredentialMappingRequest, Body()],
) -> models.ExternalCredentialMapping:
    return await api.credentials_orgs_users_external_mapping_create(
        platform_key=platform_key, user_id=user_id, body=body
    )


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/",
    operation_id="credentials_orgs_users_external_mapping_destroy",
    description='Delete an external credential mapping.  Request Body:     {         "credential_id": "credential-entity-id",  // Required         "provider_name": "accredible"             // Required     }  Returns:     A JSON response confirming deletion',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_external_mapping_destroy(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> Response:
    await api.credentials_orgs_users_external_mapping_destroy(
        platform_key=platform_key, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/images/",
    operation_id="credentials_orgs_users_images_retrieve",
    status_code=200,
    response_model=models.UploadedImage,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_images_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> models.UploadedImage:
    return await api.credentials_orgs_users_images_retrieve(
        platform_key=platform_key, user_id=user_id
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/images/",
    operation_id="credentials_orgs_users_images_create",
    status_code=200,
    response_model=models.UploadedImage,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_images_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    request: Request,
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.UploadedImageRequest | None, Body()] = None,
) -> models.UploadedImage:
    await reject_json_null(request, body)
    return await api.credentials_orgs_users_images_create(
        platform_key=platform_key, user_id=user_id, body=body
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/",
    operation_id="credentials_orgs_users_issuers_retrieve",
    description="A GET View that validates QueryParams and returns results to a serializer",
    status_code=200,
    response_model=models.Issuer,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    q: Annotated[str, Query(min_length=1)],
) -> models.Issuer:
    return await api.credentials_orgs_users_issuers_retrieve(
        platform_key=platform_key, user_id=user_id, q=q
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/",
    operation_id="credentials_orgs_users_issuers_create",
    description="A GET View that validates QueryParams and returns results to a serializer",
    status_code=200,
    response_model=models.Issuer,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    q: Annotated[str, Query(min_length=1)],
    body: Annotated[models.IssuerRequest, Body()],
) -> models.Issuer:
    return await api.credentials_orgs_users_issuers_create(
        platform_key=platform_key, user_id=user_id, q=q, body=body
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/authority/",
    operation_id="credentials_orgs_users_issuers_authority_create",
    status_code=200,
    response_model=models.IssuerAuthority,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_authority_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.IssuerAuthority, Body()],
) -> models.IssuerAuthority:
    return await api.credentials_orgs_users_issuers_authority_create(
        platform_key=platform_key, user_id=user_id, body=body
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}",
    operation_id="credentials_orgs_users_issuers_retrieve_2",
    status_code=200,
    response_model=models.Issuer,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> models.Issuer:
    return await api.credentials_orgs_users_issuers_retrieve_2(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id
    )


@router.put(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}",
    operation_id="credentials_orgs_users_issuers_update",
    status_code=200,
    response_model=models.Issuer,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_update(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.IssuerRequest, Body()],
) -> models.Issuer:
    return await api.credentials_orgs_users_issuers_update(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id, body=body
    )


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}",
    operation_id="credentials_orgs_users_issuers_destroy",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_issuers_destroy(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> Response:
    await api.credentials_orgs_users_issuers_destroy(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/provider-config/",
    operation_id="credentials_orgs_users_provider_config_retrieve",
    description="Retrieve provider configurations for the platform.  Query Parameters:     provider_name (str, optional): Filter to a specific provider     page (int, optional): Page number     page_size (int, optional): Items per page  Returns all configurations for the platform if the user is an admin.",
    status_code=200,
    response_model=models.CredentialProviderConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_provider_config_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> models.CredentialProviderConfig:
    return await api.credentials_orgs_users_provider_config_retrieve(
        platform_key=platform_key, user_id=user_id
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/provider-config/",
    operation_id="credentials_orgs_users_provider_config_create",
    description='Create or update a provider configuration.  If a configuration doesn\'t exist for the platform and provider, it will be created. If it exists, it will be updated.  Request Body:     {         "provider_name": "accredible",  // Required         "config": {...},                 // Optional         "enabled": true                  // Optional     }  Returns:     - 201 Created: When creating a new configuration     - 200 OK: When updating an existing configuration',
    status_code=200,
    response_model=models.CredentialProviderConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_provider_config_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.CredentialProviderConfigRequest, Body()],
) -> models.CredentialProviderConfig:
    return await api.credentials_orgs_users_provider_config_create(
        platform_key=platform_key, user_id=user_id, body=body
    )


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/provider-config/",
    operation_id="credentials_orgs_users_provider_config_destroy",
    description='Deactivate a provider configuration (sets enabled=False).  Request Body:     {         "provider_name": "accredible"  // Required     }',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_provider_config_destroy(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> Response:
    await api.credentials_orgs_users_provider_config_destroy(
        platform_key=platform_key, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}",
    operation_id="credentials_orgs_users_retrieve_2",
    description='API View for managing individual credentials.  This endpoint allows retrieving, updating, and deleting specific credentials identified by their entity_id.  Path Parameters:     org (str): The organization/tenant identifier     user_id (str): The user ID making the request     entity_id (str): The credential entity ID  Methods:     GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE: Delete a specific credential  PUT Request Body:     A JSON object containing credential details to update:     - name (str, optional): Credential name     - description (str, optional): Credential description     - credential_type (str, optional): Type of credential     - html_template (str, optional): HTML template for credential rendering     - css_template (str, optional): CSS template for credential styling     - icon_image (str, optional): URL to credential icon     - background_image (str, optional): URL to credential background     - thumbnail_image (str, optional): URL to credential thumbnail     - criteria_url (str, optional): URL to credential criteria     - criteria_text (str, optional): Text description of credential criteria     - issuing_signal (str, optional): Signal that triggers credential issuance  Returns:     GET: A JSON response containing:         {             "status": {"success": true, "description": "Ok"},             "result": {credential object}         }      PUT: A JSON response containing:         {             "status": {"success": true, "description": "Updated"},             "result": {credential object}         }      DELETE: A JSON response indicating success:         {             "status": {"success": true, "description": "Deleted"}         }  Error Responses:     400 Bad Request: If the request data is invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the credential doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires CredentialAssignmentPermission     - Users can only manage credentials they have permission to access',
    status_code=200,
    response_model=models.Credential,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> models.Credential:
    return await api.credentials_orgs_users_retrieve_2(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id
    )


@router.put(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}",
    operation_id="credentials_orgs_users_update",
    description='API View for managing individual credentials.  This endpoint allows retrieving, updating, and deleting specific credentials identified by their entity_id.  Path Parameters:     org (str): The organization/tenant identifier     user_id (str): The user ID making the request     entity_id (str): The credential entity ID  Methods:     GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE: Delete a specific credential  PUT Request Body:     A JSON object containing credential details to update:     - name (str, optional): Credential name     - description (str, optional): Credential description     - credential_type (str, optional): Type of credential     - html_template (str, optional): HTML template for credential rendering     - css_template (str, optional): CSS template for credential styling     - icon_image (str, optional): URL to credential icon     - background_image (str, optional): URL to credential background     - thumbnail_image (str, optional): URL to credential thumbnail     - criteria_url (str, optional): URL to credential criteria     - criteria_text (str, optional): Text description of credential criteria     - issuing_signal (str, optional): Signal that triggers credential issuance  Returns:     GET: A JSON response containing:         {             "status": {"success": true, "description": "Ok"},             "result": {credential object}         }      PUT: A JSON response containing:         {             "status": {"success": true, "description": "Updated"},             "result": {credential object}         }      DELETE: A JSON response indicating success:         {             "status": {"success": true, "description": "Deleted"}         }  Error Responses:     400 Bad Request: If the request data is invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the credential doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires CredentialAssignmentPermission     - Users can only manage credentials they have permission to access',
    status_code=200,
    response_model=models.Credential,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_update(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.Credential, Body()],
) -> models.Credential:
    return await api.credentials_orgs_users_update(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id, body=body
    )


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}",
    operation_id="credentials_orgs_users_destroy",
    description='API View for managing individual credentials.  This endpoint allows retrieving, updating, and deleting specific credentials identified by their entity_id.  Path Parameters:     org (str): The organization/tenant identifier     user_id (str): The user ID making the request     entity_id (str): The credential entity ID  Methods:     GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE: Delete a specific credential  PUT Request Body:     A JSON object containing credential details to update:     - name (str, optional): Credential name     - description (str, optional): Credential description     - credential_type (str, optional): Type of credential     - html_template (str, optional): HTML template for credential rendering     - css_template (str, optional): CSS template for credential styling     - icon_image (str, optional): URL to credential icon     - background_image (str, optional): URL to credential background     - thumbnail_image (str, optional): URL to credential thumbnail     - criteria_url (str, optional): URL to credential criteria     - criteria_text (str, optional): Text description of credential criteria     - issuing_signal (str, optional): Signal that triggers credential issuance  Returns:     GET: A JSON response containing:         {             "status": {"success": true, "description": "Ok"},             "result": {credential object}         }      PUT: A JSON response containing:         {             "status": {"success": true, "description": "Updated"},             "result": {credential object}         }      DELETE: A JSON response indicating success:         {             "status": {"success": true, "description": "Deleted"}         }  Error Responses:     400 Bad Request: If the request data is invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the credential doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires CredentialAssignmentPermission     - Users can only manage credentials they have permission to access',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_destroy(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> Response:
    await api.credentials_orgs_users_destroy(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/",
    operation_id="credentials_orgs_users_assertions_retrieve_3",
    status_code=200,
    response_model=models.PaginatedAssertionsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_retrieve_3(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
) -> models.PaginatedAssertionsResponse:
    return await api.credentials_orgs_users_assertions_retrieve_3(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/",
    operation_id="credentials_orgs_users_assertions_create",
    status_code=200,
    response_model=models.Assertion,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.AssertionRequest, Body()],
) -> models.Assertion:
    return await api.credentials_orgs_users_assertions_create(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id, body=body
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/bulk/",
    operation_id="credentials_orgs_users_assertions_bulk_create",
    status_code=200,
    response_model=models.BulkCreateAssertion,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_bulk_create(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    user_id: Annotated[int, Path()],
    body: Annotated[models.BulkCreateAssertion, Body()],
) -> models.BulkCreateAssertion:
    return await api.credentials_orgs_users_assertions_bulk_create(
        entity_id=entity_id, platform_key=platform_key, user_id=user_id, body=body
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/",
    operation_id="credentials_orgs_users_retrieve_3",
    description="Get all credentials for a platform with search and pagination support.  Query Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search term to filter credentials - course: Course ID to filter credentials - program: Program ID to filter credentials",
    status_code=200,
    response_model=models.Credential,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_retrieve_3(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Credential:
    return await api.credentials_orgs_users_retrieve_3(platform_key=platform_key, username=username)


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/",
    operation_id="credentials_orgs_users_create_2",
    description='API View for managing credentials across a platform.  This endpoint allows creating and retrieving credentials for a specific organization/tenant, with support for filtering, searching, and pagination.  Path Parameters:     org (str): The organization/tenant identifier     user_id (str): The user ID making the request  Query Parameters:     # Platform identification     platform_org (str, optional): Alternative platform identifier (takes precedence over URL org)      # Pagination     page (int, optional): Page number (default: 1)     page_size (int, optional): Items per page (default: 10, max: 100)      # Filtering and search     search (str, optional): Search term to filter credentials by name or description     course (str, optional): Course ID to filter credentials associated with a specific course     program (str, optional): Program ID to filter credentials associated with a specific program  Methods:     GET: Retrieve credentials with filtering and pagination     POST: Create a new credential  POST Request Body:     A JSON object containing credential details:     - name (str): Credential name     - description (str, optional): Credential description     - issuer (str): Issuer entity ID     - credential_type (str, optional): Type of credential     - html_template (str, optional): HTML template for credential rendering     - css_template (str, optional): CSS template for credential styling     - icon_image (str, optional): URL to credential icon     - background_image (str, optional): URL to credential background     - thumbnail_image (str, optional): URL to credential thumbnail     - criteria_url (str, optional): URL to credential criteria     - criteria_text (str, optional): Text description of credential criteria     - issuing_signal (str, optional): Signal that triggers credential issuance  Returns:     GET: A JSON response containing:         {             "status": {"success": true, "description": "Ok"},             "result": {                 "next": "URL to next page",                 "previous": "URL to previous page",                 "count": 42,                 "data": [                     {credential object},                     {credential object},                     ...                 ],                 "num_pages": 5,                 "page_number": 1,                 "max_page_size": 100             }         }      POST: A JSON response containing:         {             "status": {"success": true, "description": "Created"},             "result": {credential object}         }  Error Responses:     400 Bad Request: If the request data is invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the platform doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires CredentialAssignmentPermission     - Only public credentials are returned by default',
    status_code=200,
    response_model=models.Credential,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.Credential, Body()],
) -> models.Credential:
    return await api.credentials_orgs_users_create_2(
        platform_key=platform_key, username=username, body=body
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/assertions-over-time/",
    operation_id="credentials_orgs_users_assertions_over_time_retrieve_2",
    description="Get all credentials of a given tenant",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_over_time_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    end_date: Annotated[str | None, Query(min_length=1, description="end date. ISO 8601")] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.OvertimeWithChangeInfo:
    return await api.credentials_orgs_users_assertions_over_time_retrieve_2(
        platform_key=platform_key,
        username=username,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/assertions/",
    operation_id="credentials_orgs_users_assertions_retrieve_4",
    description="A GET View that validates QueryParams and returns results to a serializer",
    status_code=200,
    response_model=models.PaginatedAssertionsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_retrieve_4(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    course: Annotated[str | None, Query(min_length=1)] = None,
    exclude_main_tenant_assertions: Annotated[bool | None, Query()] = None,
    include_expired: Annotated[bool | None, Query()] = None,
    include_revoked: Annotated[bool | None, Query()] = None,
    page: Annotated[int | None, Query(ge=1)] = None,
    page_size: Annotated[int | None, Query(ge=1, le=1000)] = None,
) -> models.PaginatedAssertionsResponse:
    return await api.credentials_orgs_users_assertions_retrieve_4(
        platform_key=platform_key,
        username=username,
        course=course,
        exclude_main_tenant_assertions=exclude_main_tenant_assertions,
        include_expired=include_expired,
        include_revoked=include_revoked,
        page=page,
        page_size=page_size,
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}",
    operation_id="credentials_orgs_users_assertions_retrieve_5",
    status_code=200,
    response_model=models.Assertion,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_retrieve_5(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Assertion:
    return await api.credentials_orgs_users_assertions_retrieve_5(
        entity_id=entity_id, platform_key=platform_key, username=username
    )


@router.put(
    "/api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}",
    operation_id="credentials_orgs_users_assertions_update_2",
    status_code=200,
    response_model=models.Assertion,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_update_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.AssertionRequest, Body()],
) -> models.Assertion:
    return await api.credentials_orgs_users_assertions_update_2(
        entity_id=entity_id, platform_key=platform_key, username=username, body=body
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/assignments/groups/",
    operation_id="credentials_orgs_users_assignments_groups_retrieve_2",
    description="Get group assignments with department-aware filtering",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_groups_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_groups_retrieve_2(
        platform_key=platform_key, username=username
    )
    return Response(status_code=200)


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/assignments/groups/",
    operation_id="credentials_orgs_users_assignments_groups_create_2",
    description="Create group assignment with department access validation",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_groups_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_groups_create_2(
        platform_key=platform_key, username=username
    )
    return Response(status_code=200)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/assignments/users/",
    operation_id="credentials_orgs_users_assignments_users_retrieve_2",
    description="Get assignments and their corresponding assertions based on user role: - Regular users: get only their own assignments - Platform admins: get assignments for all users in their platform - Department admins: get assignments for users in their department groups",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_users_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_users_retrieve_2(
        platform_key=platform_key, username=username
    )
    return Response(status_code=200)


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/assignments/users/",
    operation_id="credentials_orgs_users_assignments_users_create_2",
    description="Create assignments with department access validation",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_users_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_users_create_2(
        platform_key=platform_key, username=username
    )
    return Response(status_code=200)


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{username}/assignments/{assignment_id}",
    operation_id="credentials_orgs_users_assignments_destroy_2",
    description="Delete a credential assignment using its entity_id. Only platform admins and department admins can delete assignments.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_assignments_destroy_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    assignment_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.credentials_orgs_users_assignments_destroy_2(
        assignment_id=assignment_id, platform_key=platform_key, username=username
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/course-assertions-over-time/",
    operation_id="credentials_orgs_users_course_assertions_over_time_retrieve_2",
    description="Get all credentials of a given tenant",
    status_code=200,
    response_model=models.OverTime,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_course_assertions_over_time_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    end_date: Annotated[str | None, Query(min_length=1, description="end date. ISO 8601")] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.OverTime:
    return await api.credentials_orgs_users_course_assertions_over_time_retrieve_2(
        platform_key=platform_key,
        username=username,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/course-credentials/",
    operation_id="credentials_orgs_users_course_credentials_list_2",
    description="DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary database if the replica is unreachable.  Add as the **first** base class on read-only views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin, APIView):         ...",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_course_credentials_list_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> Response:
    await api.credentials_orgs_users_course_credentials_list_2(
        platform_key=platform_key, username=username, page=page, page_size=page_size
    )
    return Response(status_code=200)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/credentials-over-time/",
    operation_id="credentials_orgs_users_credentials_over_time_retrieve_2",
    description="Get all credentials of a given tenant",
    status_code=200,
    response_model=models.OverTime,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_credentials_over_time_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    end_date: Annotated[str | None, Query(min_length=1, description="end date. ISO 8601")] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.OverTime:
    return await api.credentials_orgs_users_credentials_over_time_retrieve_2(
        platform_key=platform_key,
        username=username,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/external-mapping/",
    operation_id="credentials_orgs_users_external_mapping_retrieve_2",
    description="Retrieve external credential mappings for the platform.  Query Parameters:     credential_id (str, optional): Filter by credential entity_id     provider_name (str, optional): Filter by provider name     page (int, optional): Page number     page_size (int, optional): Items per page  Returns all mappings for the platform if the user is an admin.",
    status_code=200,
    response_model=models.ExternalCredentialMapping,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_external_mapping_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.ExternalCredentialMapping:
    return await api.credentials_orgs_users_external_mapping_retrieve_2(
        platform_key=platform_key, username=username
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/external-mapping/",
    operation_id="credentials_orgs_users_external_mapping_create_2",
    description='Create or update an external credential mapping.  If a mapping doesn\'t exist for the credential + platform + provider combination, it will be created. If it exists, it will be updated.  Request Body:     {         "credential_id": "credential-entity-id",  // Required         "provider_name": "accredible",            // Required         "external_template_id": "123456",         // Optional         "metadata": {}                            // Optional     }  Returns:     - 201 Created: When creating a new mapping     - 200 OK: When updating an existing mapping',
    status_code=200,
    response_model=models.ExternalCredentialMapping,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_external_mapping_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.ExternalCredentialMappingRequest, Body()],
) -> models.ExternalCredentialMapping:
    return await api.credentials_orgs_users_external_mapping_create_2(
        platform_key=platform_key, username=username, body=body
    )


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{username}/external-mapping/",
    operation_id="credentials_orgs_users_external_mapping_destroy_2",
    description='Delete an external credential mapping.  Request Body:     {         "credential_id": "credential-entity-id",  // Required         "provider_name": "accredible"             // Required     }  Returns:     A JSON response confirming deletion',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_external_mapping_destroy_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.credentials_orgs_users_external_mapping_destroy_2(
        platform_key=platform_key, username=username
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/images/",
    operation_id="credentials_orgs_users_images_retrieve_2",
    status_code=200,
    response_model=models.UploadedImage,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_images_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.UploadedImage:
    return await api.credentials_orgs_users_images_retrieve_2(
        platform_key=platform_key, username=username
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/images/",
    operation_id="credentials_orgs_users_images_create_2",
    status_code=200,
    response_model=models.UploadedImage,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_images_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    request: Request,
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.UploadedImageRequest | None, Body()] = None,
) -> models.UploadedImage:
    await reject_json_null(request, body)
    return await api.credentials_orgs_users_images_create_2(
        platform_key=platform_key, username=username, body=body
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/issuers/",
    operation_id="credentials_orgs_users_issuers_retrieve_3",
    description="A GET View that validates QueryParams and returns results to a serializer",
    status_code=200,
    response_model=models.Issuer,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_retrieve_3(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    q: Annotated[str, Query(min_length=1)],
) -> models.Issuer:
    return await api.credentials_orgs_users_issuers_retrieve_3(
        platform_key=platform_key, username=username, q=q
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/issuers/",
    operation_id="credentials_orgs_users_issuers_create_2",
    description="A GET View that validates QueryParams and returns results to a serializer",
    status_code=200,
    response_model=models.Issuer,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    q: Annotated[str, Query(min_length=1)],
    body: Annotated[models.IssuerRequest, Body()],
) -> models.Issuer:
    return await api.credentials_orgs_users_issuers_create_2(
        platform_key=platform_key, username=username, q=q, body=body
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/issuers/authority/",
    operation_id="credentials_orgs_users_issuers_authority_create_2",
    status_code=200,
    response_model=models.IssuerAuthority,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_authority_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.IssuerAuthority, Body()],
) -> models.IssuerAuthority:
    return await api.credentials_orgs_users_issuers_authority_create_2(
        platform_key=platform_key, username=username, body=body
    )


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}",
    operation_id="credentials_orgs_users_issuers_retrieve_4",
    status_code=200,
    response_model=models.Issuer,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_retrieve_4(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Issuer:
    return await api.credentials_orgs_users_issuers_retrieve_4(
        entity_id=entity_id, platform_key=platform_key, username=username
    )


@router.put(
    "/api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}",
    operation_id="credentials_orgs_users_issuers_update_2",
    status_code=200,
    response_model=models.Issuer,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_issuers_update_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.IssuerRequest, Body()],
) -> models.Issuer:
    return await api.credentials_orgs_users_issuers_update_2(
        entity_id=entity_id, platform_key=platform_key, username=username, body=body
    )


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}",
    operation_id="credentials_orgs_users_issuers_destroy_2",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_issuers_destroy_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.credentials_orgs_users_issuers_destroy_2(
        entity_id=entity_id, platform_key=platform_key, username=username
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/provider-config/",
    operation_id="credentials_orgs_users_provider_config_retrieve_2",
    description="Retrieve provider configurations for the platform.  Query Parameters:     provider_name (str, optional): Filter to a specific provider     page (int, optional): Page number     page_size (int, optional): Items per page  Returns all configurations for the platform if the user is an admin.",
    status_code=200,
    response_model=models.CredentialProviderConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_provider_config_retrieve_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.CredentialProviderConfig:
    return await api.credentials_orgs_users_provider_config_retrieve_2(
        platform_key=platform_key, username=username
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/provider-config/",
    operation_id="credentials_orgs_users_provider_config_create_2",
    description='Create or update a provider configuration.  If a configuration doesn\'t exist for the platform and provider, it will be created. If it exists, it will be updated.  Request Body:     {         "provider_name": "accredible",  // Required         "config": {...},                 // Optional         "enabled": true                  // Optional     }  Returns:     - 201 Created: When creating a new configuration     - 200 OK: When updating an existing configuration',
    status_code=200,
    response_model=models.CredentialProviderConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_provider_config_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.CredentialProviderConfigRequest, Body()],
) -> models.CredentialProviderConfig:
    return await api.credentials_orgs_users_provider_config_create_2(
        platform_key=platform_key, username=username, body=body
    )


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{username}/provider-config/",
    operation_id="credentials_orgs_users_provider_config_destroy_2",
    description='Deactivate a provider configuration (sets enabled=False).  Request Body:     {         "provider_name": "accredible"  // Required     }',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_provider_config_destroy_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.credentials_orgs_users_provider_config_destroy_2(
        platform_key=platform_key, username=username
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/{entity_id}",
    operation_id="credentials_orgs_users_retrieve_4",
    description='API View for managing individual credentials.  This endpoint allows retrieving, updating, and deleting specific credentials identified by their entity_id.  Path Parameters:     org (str): The organization/tenant identifier     user_id (str): The user ID making the request     entity_id (str): The credential entity ID  Methods:     GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE: Delete a specific credential  PUT Request Body:     A JSON object containing credential details to update:     - name (str, optional): Credential name     - description (str, optional): Credential description     - credential_type (str, optional): Type of credential     - html_template (str, optional): HTML template for credential rendering     - css_template (str, optional): CSS template for credential styling     - icon_image (str, optional): URL to credential icon     - background_image (str, optional): URL to credential background     - thumbnail_image (str, optional): URL to credential thumbnail     - criteria_url (str, optional): URL to credential criteria     - criteria_text (str, optional): Text description of credential criteria     - issuing_signal (str, optional): Signal that triggers credential issuance  Returns:     GET: A JSON response containing:         {             "status": {"success": true, "description": "Ok"},             "result": {credential object}         }      PUT: A JSON response containing:         {             "status": {"success": true, "description": "Updated"},             "result": {credential object}         }      DELETE: A JSON response indicating success:         {             "status": {"success": true, "description": "Deleted"}         }  Error Responses:     400 Bad Request: If the request data is invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the credential doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires CredentialAssignmentPermission     - Users can only manage credentials they have permission to access',
    status_code=200,
    response_model=models.Credential,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_retrieve_4(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Credential:
    return await api.credentials_orgs_users_retrieve_4(
        entity_id=entity_id, platform_key=platform_key, username=username
    )


@router.put(
    "/api/credentials/orgs/{platform_key}/users/{username}/{entity_id}",
    operation_id="credentials_orgs_users_update_2",
    description='API View for managing individual credentials.  This endpoint allows retrieving, updating, and deleting specific credentials identified by their entity_id.  Path Parameters:     org (str): The organization/tenant identifier     user_id (str): The user ID making the request     entity_id (str): The credential entity ID  Methods:     GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE: Delete a specific credential  PUT Request Body:     A JSON object containing credential details to update:     - name (str, optional): Credential name     - description (str, optional): Credential description     - credential_type (str, optional): Type of credential     - html_template (str, optional): HTML template for credential rendering     - css_template (str, optional): CSS template for credential styling     - icon_image (str, optional): URL to credential icon     - background_image (str, optional): URL to credential background     - thumbnail_image (str, optional): URL to credential thumbnail     - criteria_url (str, optional): URL to credential criteria     - criteria_text (str, optional): Text description of credential criteria     - issuing_signal (str, optional): Signal that triggers credential issuance  Returns:     GET: A JSON response containing:         {             "status": {"success": true, "description": "Ok"},             "result": {credential object}         }      PUT: A JSON response containing:         {             "status": {"success": true, "description": "Updated"},             "result": {credential object}         }      DELETE: A JSON response indicating success:         {             "status": {"success": true, "description": "Deleted"}         }  Error Responses:     400 Bad Request: If the request data is invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the credential doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires CredentialAssignmentPermission     - Users can only manage credentials they have permission to access',
    status_code=200,
    response_model=models.Credential,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_update_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.Credential, Body()],
) -> models.Credential:
    return await api.credentials_orgs_users_update_2(
        entity_id=entity_id, platform_key=platform_key, username=username, body=body
    )


@router.delete(
    "/api/credentials/orgs/{platform_key}/users/{username}/{entity_id}",
    operation_id="credentials_orgs_users_destroy_2",
    description='API View for managing individual credentials.  This endpoint allows retrieving, updating, and deleting specific credentials identified by their entity_id.  Path Parameters:     org (str): The organization/tenant identifier     user_id (str): The user ID making the request     entity_id (str): The credential entity ID  Methods:     GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE: Delete a specific credential  PUT Request Body:     A JSON object containing credential details to update:     - name (str, optional): Credential name     - description (str, optional): Credential description     - credential_type (str, optional): Type of credential     - html_template (str, optional): HTML template for credential rendering     - css_template (str, optional): CSS template for credential styling     - icon_image (str, optional): URL to credential icon     - background_image (str, optional): URL to credential background     - thumbnail_image (str, optional): URL to credential thumbnail     - criteria_url (str, optional): URL to credential criteria     - criteria_text (str, optional): Text description of credential criteria     - issuing_signal (str, optional): Signal that triggers credential issuance  Returns:     GET: A JSON response containing:         {             "status": {"success": true, "description": "Ok"},             "result": {credential object}         }      PUT: A JSON response containing:         {             "status": {"success": true, "description": "Updated"},             "result": {credential object}         }      DELETE: A JSON response indicating success:         {             "status": {"success": true, "description": "Deleted"}         }  Error Responses:     400 Bad Request: If the request data is invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the credential doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires CredentialAssignmentPermission     - Users can only manage credentials they have permission to access',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def credentials_orgs_users_destroy_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.credentials_orgs_users_destroy_2(
        entity_id=entity_id, platform_key=platform_key, username=username
    )
    return Response(status_code=204)


@router.get(
    "/api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/",
    operation_id="credentials_orgs_users_assertions_retrieve_6",
    status_code=200,
    response_model=models.PaginatedAssertionsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_retrieve_6(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.PaginatedAssertionsResponse:
    return await api.credentials_orgs_users_assertions_retrieve_6(
        entity_id=entity_id, platform_key=platform_key, username=username
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/",
    operation_id="credentials_orgs_users_assertions_create_2",
    status_code=200,
    response_model=models.Assertion,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.AssertionRequest, Body()],
) -> models.Assertion:
    return await api.credentials_orgs_users_assertions_create_2(
        entity_id=entity_id, platform_key=platform_key, username=username, body=body
    )


@router.post(
    "/api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/bulk/",
    operation_id="credentials_orgs_users_assertions_bulk_create_2",
    status_code=200,
    response_model=models.BulkCreateAssertion,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_orgs_users_assertions_bulk_create_2(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
    entity_id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.BulkCreateAssertion, Body()],
) -> models.BulkCreateAssertion:
    return await api.credentials_orgs_users_assertions_bulk_create_2(
        entity_id=entity_id, platform_key=platform_key, username=username, body=body
    )


@router.get(
    "/api/credentials/providers/",
    operation_id="credentials_providers_retrieve",
    description="Get list of enabled credential providers with pagination.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def credentials_providers_retrieve(
    *,
    api: Annotated[CredentialsApi, Security(secured_credentials_api)],
) -> Response:
    await api.credentials_providers_retrieve()
    return Response(status_code=200)


@router.get(
    "/api/credentials/public/assertions/{entity_id}/",
    operation_id="credentials_public_assertions_retrieve",
    description="Public endpoint to retrieve a specific credential assertion by its entity ID.  This endpoint allows public access to view a specific credential assertion without authentication.  Path Parameters:     entity_id (str): The assertion entity ID  Returns:     A JSON response containing the assertion details using the AssertionSerializer format  Error Responses:     404 Not Found:         - If the assertion doesn't exist: Empty response with 404 status         - If the assertion has been revoked: JSON with error detail and revocation reason     500 Internal Server Error: If an unexpected error occurs",
    status_code=200,
    response_model=models.Assertion,
    response_model_exclude_unset=True,
    response_description="",
)
async def credentials_public_assertions_retrieve(
    *,
    api: Annotated[CredentialsApi, Depends(credentials_api)],
    entity_id: Annotated[str, Path()],
) -> models.Assertion:
    return await api.credentials_public_assertions_retrieve(entity_id=entity_id)
