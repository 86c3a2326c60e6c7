"""Routes for the operations tagged `media`: each calls `MediaApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import MediaApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["media"])


async def media_api(request: Request) -> MediaApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, MediaApi):
        return implementation
    return MediaApi()


# What a secured operation receives, once the caller's key is accepted.
secured_media_api = ApiKeyGuard(media_api)


@router.get(
    "/api/media/orgs/{org}/users/{user_id}/media/media-resources/",
    operation_id="media_orgs_users_media_media_resources_list",
    description="List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching across multiple fields.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def media_orgs_users_media_media_resources_list(
    *,
    api: Annotated[MediaApi, Security(secured_media_api)],
    org: Annotated[str, Path(description="Organization identifier")],
    user_id: Annotated[str, Path(description="User identifier")],
    course_id: Annotated[
        str | None, Query(description="Filter by course ID (e.g., course-v1:main+NB101+2025-T1)")
    ] = None,
    item_id: Annotated[str | None, Query(description="Filter by item ID")] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    search: Annotated[
        str | None,
        Query(
            description="Search across title, description, course_id, unit_id, item_id, and file_url"
        ),
    ] = None,
    unit_id: Annotated[
        str | None,
        Query(
            description="Filter by unit ID (e.g., block-v1:main+NB101+2025-T1+type@vertical+block@12345)"
        ),
    ] = None,
) -> Response:
    await api.media_orgs_users_media_media_resources_list(
        org=org,
        user_id=user_id,
        course_id=course_id,
        item_id=item_id,
        page=page,
        page_size=page_size,
        search=search,
        unit_id=unit_id,
    )
    return Response(status_code=200)


@router.post(
    "/api/media/orgs/{org}/users/{user_id}/media/media-resources/",
    operation_id="media_orgs_users_media_media_resources_create",
    description="List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching across multiple fields.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def media_orgs_users_media_media_resources_create(
    *,
    api: Annotated[MediaApi, Security(secured_media_api)],
    org: Annotated[str, Path(description="Organization identifier")],
    user_id: Annotated[str, Path(description="User identifier")],
    course_id: Annotated[
        str | None, Query(description="Filter by course ID (e.g., course-v1:main+NB101+2025-T1)")
    ] = None,
    item_id: Annotated[str | None, Query(description="Filter by item ID")] = None,
    search: Annotated[
        str | None,
        Query(
            description="Search across title, description, course_id, unit_id, item_id, and file_url"
        ),
    ] = None,
    unit_id: Annotated[
        str | None,
        Query(
            description="Filter by unit ID (e.g., block-v1:main+NB101+2025-T1+type@vertical+block@12345)"
        ),
    ] = None,
    body: Annotated[models.MediaResource, Body()],
) -> Response:
    await api.media_orgs_users_media_media_resources_create(
        org=org,
        user_id=user_id,
        course_id=course_id,
        item_id=item_id,
        search=search,
        unit_id=unit_id,
        body=body,
    )
    return Response(status_code=200)


@router.get(
    "/api/media/orgs/{org}/users/{user_id}/media/media-resources/by_item/",
    operation_id="media_orgs_users_media_media_resources_by_item_retrieve",
    description="Get media resources for a specific item. The item_type determines which resources are returned based on the provided item_id.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def media_orgs_users_media_media_resources_by_item_retrieve(
    *,
    api: Annotated[MediaApi, Security(secured_media_api)],
    org: Annotated[str, Path(description="Organization identifier")],
    user_id: Annotated[str, Path(description="User identifier")],
    item_id: Annotated[str, Query(description="ID of the item")],
    item_type: Annotated[
        str,
        Query(
            description="Type of item. Valid values: course, unit, resource, course_unit, course_resource, unit_resource, all"
        ),
    ],
    course_id: Annotated[
        str | None, Query(description="Filter by course ID (e.g., course-v1:main+NB101+2025-T1)")
    ] = None,
    search: Annotated[
        str | None,
        Query(
            description="Search across title, description, course_id, unit_id, item_id, and file_url"
        ),
    ] = None,
    unit_id: Annotated[
        str | None,
        Query(
            description="Filter by unit ID (e.g., block-v1:main+NB101+2025-T1+type@vertical+block@12345)"
        ),
    ] = None,
) -> Response:
    await api.media_orgs_users_media_media_resources_by_item_retrieve(
        org=org,
        user_id=user_id,
        item_id=item_id,
        item_type=item_type,
        course_id=course_id,
        search=search,
        unit_id=unit_id,
    )
    return Response(status_code=200)


@router.get(
    "/api/media/orgs/{org}/users/{user_id}/media/media-resources/search/",
    operation_id="media_orgs_users_media_media_resources_search_retrieve",
    description="Search media resources by title, description, or IDs. Supports filtering results by course_id, unit_id, and item_id.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def media_orgs_users_media_media_resources_search_retrieve(
    *,
    api: Annotated[MediaApi, Security(secured_media_api)],
    org: Annotated[str, Path(description="Organization identifier")],
    user_id: Annotated[str, Path(description="User identifier")],
    q: Annotated[str, Query(description="Search query string")],
    course_id: Annotated[str | None, Query(description="Filter results by course ID")] = None,
    item_id: Annotated[str | None, Query(description="Filter results by item ID")] = None,
    search: Annotated[
        str | None,
        Query(
            description="Search across title, description, course_id, unit_id, item_id, and file_url"
        ),
    ] = None,
    unit_id: Annotated[str | None, Query(description="Filter results by unit ID")] = None,
) -> Response:
    await api.media_orgs_users_media_media_resources_search_retrieve(
        org=org,
        user_id=user_id,
        q=q,
        course_id=course_id,
        item_id=item_id,
        search=search,
        unit_id=unit_id,
    )
    return Response(status_code=200)


@router.get(
    "/api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/",
    operation_id="media_orgs_users_media_media_resources_retrieve",
    description="List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching across multiple fields.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def media_orgs_users_media_media_resources_retrieve(
    *,
    api: Annotated[MediaApi, Security(secured_media_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Media Resource.")],
    org: Annotated[str, Path(description="Organization identifier")],
    user_id: Annotated[str, Path(description="User identifier")],
    course_id: Annotated[
        str | None, Query(description="Filter by course ID (e.g., course-v1:main+NB101+2025-T1)")
    ] = None,
    item_id: Annotated[str | None, Query(description="Filter by item ID")] = None,
    search: Annotated[
        str | None,
        Query(
            description="Search across title, description, course_id, unit_id, item_id, and file_url"
        ),
    ] = None,
    unit_id: Annotated[
        str | None,
        Query(
            description="Filter by unit ID (e.g., block-v1:main+NB101+2025-T1+type@vertical+block@12345)"
        ),
    ] = None,
) -> Response:
    await api.media_orgs_users_media_media_resources_retrieve(
        id=id,
        org=org,
        user_id=user_id,
        course_id=course_id,
        item_id=item_id,
        search=search,
        unit_id=unit_id,
    )
    return Response(status_code=200)


@router.put(
    "/api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/",
    operation_id="media_orgs_users_media_media_resources_update",
    description="List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching across multiple fields.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def media_orgs_users_media_media_resources_update(
    *,
    api: Annotated[MediaApi, Security(secured_media_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Media Resource.")],
    org: Annotated[str, Path(description="Organization identifier")],
    user_id: Annotated[str, Path(description="User identifier")],
    course_id: Annotated[
        str | None, Query(description="Filter by course ID (e.g., course-v1:main+NB101+2025-T1)")
    ] = None,
    item_id: Annotated[str | None, Query(description="Filter by item ID")] = None,
    search: Annotated[
        str | None,
        Query(
            description="Search across title, description, course_id, unit_id, item_id, and file_url"
        ),
    ] = None,
    unit_id: Annotated[
        str | None,
        Query(
            description="Filter by unit ID (e.g., block-v1:main+NB101+2025-T1+type@vertical+block@12345)"
        ),
    ] = None,
    body: Annotated[models.MediaResource, Body()],
) -> Response:
    await api.media_orgs_users_media_media_resources_update(
        id=id,
        org=org,
        user_id=user_id,
        course_id=course_id,
        item_id=item_id,
        search=search,
        unit_id=unit_id,
        body=body,
    )
    return Response(status_code=200)


@router.delete(
    "/api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/",
    operation_id="media_orgs_users_media_media_resources_destroy",
    description="List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching across multiple fields.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def media_orgs_users_media_media_resources_destroy(
    *,
    api: Annotated[MediaApi, Security(secured_media_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Media Resource.")],
    org: Annotated[str, Path(description="Organization identifier")],
    user_id: Annotated[str, Path(description="User identifier")],
    course_id: Annotated[
        str | None, Query(description="Filter by course ID (e.g., course-v1:main+NB101+2025-T1)")
    ] = None,
    item_id: Annotated[str | None, Query(description="Filter by item ID")] = None,
    search: Annotated[
        str | None,
        Query(
            description="Search across title, description, course_id, unit_id, item_id, and file_url"
        ),
    ] = None,
    unit_id: Annotated[
        str | None,
        Query(
            description="Filter by unit ID (e.g., block-v1:main+NB101+2025-T1+type@vertical+block@12345)"
        ),
    ] = None,
) -> Response:
    await api.media_orgs_users_media_media_resources_destroy(
        id=id,
        org=org,
        user_id=user_id,
        course_id=course_id,
        item_id=item_id,
        search=search,
        unit_id=unit_id,
    )
    return Response(status_code=200)


@router.patch(
    "/api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/",
    operation_id="media_orgs_users_media_media_resources_partial_update",
    description="List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching across multiple fields.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def media_orgs_users_media_media_resources_partial_update(
    *,
    api: Annotated[MediaApi, Security(secured_media_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this Media Resource.")],
    org: Annotated[str, Path(description="Organization identifier")],
    user_id: Annotated[str, Path(description="User identifier")],
    course_id: Annotated[
        str | None, Query(description="Filter by course ID (e.g., course-v1:main+NB101+2025-T1)")
    ] = None,
    item_id: Annotated[str | None, Query(description="Filter by item ID")] = None,
    search: Annotated[
        str | None,
        Query(
            description="Search across title, description, course_id, unit_id, item_id, and file_url"
        ),
    ] = None,
    unit_id: Annotated[
        str | None,
        Query(
            description="Filter by unit ID (e.g., block-v1:main+NB101+2025-T1+type@vertical+block@12345)"
        ),
    ] = None,
    body: Annotated[models.PatchedMediaResource | None, Body()] = None,
) -> Response:
    await reject_json_null(request, body)
    await api.media_orgs_users_media_media_resources_partial_update(
        id=id,
        org=org,
        user_id=user_id,
        course_id=course_id,
        item_id=item_id,
        search=search,
        unit_id=unit_id,
        body=body,
    )
    return Response(status_code=200)
