"""Routes for the operations tagged `scim`: each calls `ScimApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import ScimApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["scim"])


async def scim_api(request: Request) -> ScimApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, ScimApi):
        return implementation
    return ScimApi()


# What a secured operation receives, once the caller's key is accepted.
secured_scim_api = ApiKeyGuard(scim_api)


@router.get(
    "/api/orgs/{platform_key}/scim/v2/Groups",
    operation_id="list_groups",
    summary="List existing RBAC groups",
    description="List all existing RBAC groups for the specified platform. Only returns groups that have been pre-created in the RBAC system.",
    status_code=200,
    response_model=list[models.SCIMGroupListResponse],
    response_model_exclude_unset=True,
    response_description="",
)
async def list_groups(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> list[models.SCIMGroupListResponse]:
    return await api.list_groups(platform_key=platform_key, format=format)


@router.post(
    "/api/orgs/{platform_key}/scim/v2/Groups",
    operation_id="manage_group",
    summary="Manage existing user group",
    description="Add/remove users from an existing RBAC group for the specified platform. Does not create new groups.",
    status_code=200,
    response_model=models.SCIMGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def manage_group(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.SCIMGroup, Body()],
) -> models.SCIMGroup:
    return await api.manage_group(platform_key=platform_key, format=format, body=body)


@router.get(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}",
    operation_id="retrieve_group",
    summary="Get details of a specific RBAC group",
    description="Get details of a specific existing RBAC group by unique ID for the specified platform",
    status_code=200,
    response_model=models.SCIMGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def retrieve_group(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> models.SCIMGroup:
    return await api.retrieve_group(id=id, platform_key=platform_key, format=format)


@router.put(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}",
    operation_id="update_group",
    summary="Update an existing RBAC group",
    description="Update an existing RBAC group's name, description, and members for the specified platform",
    status_code=200,
    response_model=models.SCIMGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def update_group(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.SCIMGroup, Body()],
) -> models.SCIMGroup:
    return await api.update_group(id=id, platform_key=platform_key, format=format, body=body)


@router.delete(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}",
    operation_id="delete_group",
    summary="Delete an existing RBAC group",
    description="Delete an existing RBAC group from the system",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def delete_group(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> Response:
    await api.delete_group(id=id, platform_key=platform_key, format=format)
    return Response(status_code=204)


@router.patch(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}",
    operation_id="partial_update_group",
    summary="Partially update an existing RBAC group",
    description="Partially update an existing RBAC group's name, description, and members for the specified platform using PATCH method",
    status_code=200,
    response_model=models.SCIMGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def partial_update_group(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    request: Request,
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.PatchedSCIMGroup | None, Body()] = None,
) -> models.SCIMGroup:
    await reject_json_null(request, body)
    return await api.partial_update_group(
        id=id, platform_key=platform_key, format=format, body=body
    )


@router.get(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}/",
    operation_id="retrieve_group_2",
    summary="Get details of a specific RBAC group",
    description="Get details of a specific existing RBAC group by unique ID for the specified platform",
    status_code=200,
    response_model=models.SCIMGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def retrieve_group_2(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> models.SCIMGroup:
    return await api.retrieve_group_2(id=id, platform_key=platform_key, format=format)


@router.put(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}/",
    operation_id="update_group_2",
    summary="Update an existing RBAC group",
    description="Update an existing RBAC group's name, description, and members for the specified platform",
    status_code=200,
    response_model=models.SCIMGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def update_group_2(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.SCIMGroup, Body()],
) -> models.SCIMGroup:
    return await api.update_group_2(id=id, platform_key=platform_key, format=format, body=body)


@router.delete(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}/",
    operation_id="delete_group_2",
    summary="Delete an existing RBAC group",
    description="Delete an existing RBAC group from the system",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def delete_group_2(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> Response:
    await api.delete_group_2(id=id, platform_key=platform_key, format=format)
    return Response(status_code=204)


@router.patch(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}/",
    operation_id="partial_update_group_2",
    summary="Partially update an existing RBAC group",
    description="Partially update an existing RBAC group's name, description, and members for the specified platform using PATCH method",
    status_code=200,
    response_model=models.SCIMGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def partial_update_group_2(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    request: Request,
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.PatchedSCIMGroup | None, Body()] = None,
) -> models.SCIMGroup:
    await reject_json_null(request, body)
    return await api.partial_update_group_2(
        id=id, platform_key=platform_key, format=format, body=body
    )


@router.post(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}/add_members",
    operation_id="add_group_members",
    summary="Add members to an existing RBAC group",
    description="Add members to an existing RBAC group using SCIM patch operations",
    status_code=200,
    response_model=models.SCIMGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def add_group_members(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> models.SCIMGroup:
    return await api.add_group_members(id=id, platform_key=platform_key, format=format)


@router.post(
    "/api/orgs/{platform_key}/scim/v2/Groups/{id}/remove_members",
    operation_id="remove_group_members",
    summary="Remove members from an existing RBAC group",
    description="Remove members from an existing RBAC group using SCIM patch operations",
    status_code=200,
    response_model=models.SCIMGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def remove_group_members(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> models.SCIMGroup:
    return await api.remove_group_members(id=id, platform_key=platform_key, format=format)


@router.get(
    "/api/orgs/{platform_key}/scim/v2/Users",
    operation_id="list_users",
    summary="List users in the system",
    description="List users in the system for the specified platform",
    status_code=200,
    response_model=list[models.SCIMUserListResponse],
    response_model_exclude_unset=True,
    response_description="",
)
async def list_users(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> list[models.SCIMUserListResponse]:
    return await api.list_users(platform_key=platform_key, format=format)


@router.post(
    "/api/orgs/{platform_key}/scim/v2/Users",
    operation_id="create_user",
    summary="Create a new user in the system",
    description="Create a new user in the system for the specified platform",
    status_code=201,
    response_model=models.SCIMUserResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def create_user(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.SCIMUserCreateRequest, Body()],
) -> models.SCIMUserResponse:
    return await api.create_user(platform_key=platform_key, format=format, body=body)


@router.get(
    "/api/orgs/{platform_key}/scim/v2/Users/{id}",
    operation_id="retrieve_user",
    summary="Get details of a specific user",
    description="Get details of a specific user by ID for the specified platform",
    status_code=200,
    response_model=models.SCIMUserResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def retrieve_user(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> models.SCIMUserResponse:
    return await api.retrieve_user(id=id, platform_key=platform_key, format=format)


@router.put(
    "/api/orgs/{platform_key}/scim/v2/Users/{id}",
    operation_id="update_user",
    summary="Update a user",
    description="Update a user for the specified platform",
    status_code=200,
    response_model=models.SCIMUserResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def update_user(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.SCIMUserCreateRequest, Body()],
) -> models.SCIMUserResponse:
    return await api.update_user(id=id, platform_key=platform_key, format=format, body=body)


@router.delete(
    "/api/orgs/{platform_key}/scim/v2/Users/{id}",
    operation_id="delete_user",
    summary="Delete a user (not supported)",
    description="Delete a user for the specified platform (not supported)",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def delete_user(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> Response:
    await api.delete_user(id=id, platform_key=platform_key, format=format)
    return Response(status_code=200)


@router.patch(
    "/api/orgs/{platform_key}/scim/v2/Users/{id}",
    operation_id="partial_update_user",
    summary="Partially update an existing user",
    description="Partially update an existing user's information using PATCH method",
    status_code=200,
    response_model=models.SCIMUserResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def partial_update_user(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    request: Request,
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.PatchedSCIMUserResponse | None, Body()] = None,
) -> models.SCIMUserResponse:
    await reject_json_null(request, body)
    return await api.partial_update_user(id=id, platform_key=platform_key, format=format, body=body)


@router.get(
    "/api/orgs/{platform_key}/scim/v2/Users/{id}/",
    operation_id="retrieve_user_2",
    summary="Get details of a specific user",
    description="Get details of a specific user by ID for the specified platform",
    status_code=200,
    response_model=models.SCIMUserResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def retrieve_user_2(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> models.SCIMUserResponse:
    return await api.retrieve_user_2(id=id, platform_key=platform_key, format=format)


@router.put(
    "/api/orgs/{platform_key}/scim/v2/Users/{id}/",
    operation_id="update_user_2",
    summary="Update a user",
    description="Update a user for the specified platform",
    status_code=200,
    response_model=models.SCIMUserResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def update_user_2(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.SCIMUserCreateRequest, Body()],
) -> models.SCIMUserResponse:
    return await api.update_user_2(id=id, platform_key=platform_key, format=format, body=body)


@router.delete(
    "/api/orgs/{platform_key}/scim/v2/Users/{id}/",
    operation_id="delete_user_2",
    summary="Delete a user (not supported)",
    description="Delete a user for the specified platform (not supported)",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def delete_user_2(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
) -> Response:
    await api.delete_user_2(id=id, platform_key=platform_key, format=format)
    return Response(status_code=200)


@router.patch(
    "/api/orgs/{platform_key}/scim/v2/Users/{id}/",
    operation_id="partial_update_user_2",
    summary="Partially update an existing user",
    description="Partially update an existing user's information using PATCH method",
    status_code=200,
    response_model=models.SCIMUserResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def partial_update_user_2(
    *,
    api: Annotated[ScimApi, Security(secured_scim_api)],
    request: Request,
    id: Annotated[str, Path()],
    platform_key: Annotated[str, Path()],
    format: Annotated[str | None, Query()] = None,
    body: Annotated[models.PatchedSCIMUserResponse | None, Body()] = None,
) -> models.SCIMUserResponse:
    await reject_json_null(request, body)
    return await api.partial_update_user_2(
        id=id, platform_key=platform_key, format=format, body=body
    )
