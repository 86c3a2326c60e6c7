"""Routes for the operations tagged `core`: each calls `CoreApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Request, Response, Security

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


@router.delete(
    "/api/core/rbac/groups/{id}/",
    operation_id="core_rbac_groups_destroy",
    description="Delete an RBAC group and all associated group role assignments. Cannot delete internal system groups.",
    status_code=204,
    response_class=Response,
    response_description="Group deleted successfully",
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
    description="Retrieve current access information for a specific mentor, including all groups and users that have access with their respective roles.",
    status_code=200,
    response_model=list[models.MentorAccessPolicy],
    response_model_exclude_unset=True,
    response_description="",
)
async def core_rbac_mentor_access_list(
    *,
    api: Annotated[CoreApi, Security(secured_core_api)],
    mentor_id: Annotated[int, Query(description="ID of the mentor to get access information for")],
    platform_key: Annotated[str, Query(description="Platform key where the mentor belongs")],
) -> list[models.MentorAccessPolicy]:
    return await api.core_rbac_mentor_access_list(mentor_id=mentor_id, platform_key=platform_key)
