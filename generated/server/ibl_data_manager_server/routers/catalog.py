"""Routes for the operations tagged `catalog`: each calls `CatalogApi`."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import CatalogApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["catalog"])


async def catalog_api(request: Request) -> CatalogApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, CatalogApi):
        return implementation
    return CatalogApi()


# What a secured operation receives, once the caller's key is accepted.
secured_catalog_api = ApiKeyGuard(catalog_api)


@router.get(
    "/api/catalog/access_requests/course/manage/",
    operation_id="catalog_access_requests_course_manage_retrieve",
    description="Retrieve a paginated list of access requests",
    status_code=200,
    response_model=models.PaginatedCourseAccessRequest,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_access_requests_course_manage_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    reviewed: Annotated[bool | None, Query(description="Filter by reviewed status")] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedCourseAccessRequest:
    return await api.catalog_access_requests_course_manage_retrieve(
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        reviewed=reviewed,
        sort=sort,
    )


@router.post(
    "/api/catalog/access_requests/course/manage/",
    operation_id="catalog_access_requests_course_manage_create",
    description="Update an existing access request (approve/reject)",
    status_code=200,
    response_model=models.CourseAccessRequestDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_access_requests_course_manage_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    reviewed: Annotated[bool | None, Query(description="Filter by reviewed status")] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.CourseAccessRequestUpdate, Body()],
) -> models.CourseAccessRequestDetail:
    return await api.catalog_access_requests_course_manage_create(
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        reviewed=reviewed,
        sort=sort,
        body=body,
    )


@router.get(
    "/api/catalog/access_requests/course/request/",
    operation_id="catalog_access_requests_course_request_retrieve",
    description="Check if the user has an active access request for a course",
    status_code=200,
    response_model=models.CourseAccessRequestStatusResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_access_requests_course_request_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str, Query(min_length=1, description="The unique identifier for the course")
    ],
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
) -> models.CourseAccessRequestStatusResponse:
    return await api.catalog_access_requests_course_request_retrieve(
        course_id=course_id, platform_key=platform_key, platform_org=platform_org
    )


@router.post(
    "/api/catalog/access_requests/course/request/",
    operation_id="catalog_access_requests_course_request_create",
    description="Create a new access request for a course",
    status_code=200,
    response_model=models.CourseAccessRequestDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_access_requests_course_request_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str, Query(min_length=1, description="The unique identifier for the course")
    ],
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    body: Annotated[models.CourseAccessRequestCreate, Body()],
) -> models.CourseAccessRequestDetail:
    return await api.catalog_access_requests_course_request_create(
        course_id=course_id, platform_key=platform_key, platform_org=platform_org, body=body
    )


@router.get(
    "/api/catalog/conditionals/course/eligibility/",
    operation_id="catalog_conditionals_course_eligibility_retrieve",
    description="GET Retrieve prerequisite eligibility info for user/course  Params: user_id/username course_id",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_conditionals_course_eligibility_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
) -> Response:
    await api.catalog_conditionals_course_eligibility_retrieve()
    return Response(status_code=200)


@router.get(
    "/api/catalog/conditionals/course/prerequisites/manage/",
    operation_id="catalog_conditionals_course_prerequisites_manage_retrieve",
    description="GET Retrieve prerequisite info for course  Params: course_id  key_only",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_conditionals_course_prerequisites_manage_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
) -> Response:
    await api.catalog_conditionals_course_prerequisites_manage_retrieve()
    return Response(status_code=200)


@router.post(
    "/api/catalog/conditionals/course/prerequisites/manage/bulk/",
    operation_id="catalog_conditionals_course_prerequisites_manage_bulk_create",
    description="Prerequisite bulk management view  Params: course_id  rules key_only",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_conditionals_course_prerequisites_manage_bulk_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
) -> Response:
    await api.catalog_conditionals_course_prerequisites_manage_bulk_create()
    return Response(status_code=200)


@router.get(
    "/api/catalog/courses/",
    operation_id="catalog_courses_list",
    description="Retrieve courses matching specified filters.",
    status_code=200,
    response_model=list[models.Course],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_courses_list(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str | None, Query(min_length=1, description="Filter courses by their unique identifier")
    ] = None,
    org: Annotated[
        str | None,
        Query(min_length=1, description="Filter courses by their associated organization"),
    ] = None,
    slug: Annotated[
        str | None,
        Query(min_length=1, description="Filter courses by their slug (case-insensitive)"),
    ] = None,
) -> list[models.Course]:
    return await api.catalog_courses_list(course_id=course_id, org=org, slug=slug)


@router.post(
    "/api/catalog/courses/",
    operation_id="catalog_courses_create",
    description="Add or update a course in the database.",
    status_code=200,
    response_model=models.Course,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_courses_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str | None, Query(min_length=1, description="Filter courses by their unique identifier")
    ] = None,
    org: Annotated[
        str | None,
        Query(min_length=1, description="Filter courses by their associated organization"),
    ] = None,
    slug: Annotated[
        str | None,
        Query(min_length=1, description="Filter courses by their slug (case-insensitive)"),
    ] = None,
    body: Annotated[models.CourseCreateUpdate, Body()],
) -> models.Course:
    return await api.catalog_courses_create(course_id=course_id, org=org, slug=slug, body=body)


@router.delete(
    "/api/catalog/courses/",
    operation_id="catalog_courses_destroy",
    description="Remove a course from the database.",
    status_code=200,
    response_model=models.CourseDeleteResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_courses_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str, Query(min_length=1, description="The unique identifier for the course to be deleted")
    ],
    org: Annotated[
        str | None,
        Query(min_length=1, description="Filter courses by their associated organization"),
    ] = None,
    slug: Annotated[
        str | None,
        Query(min_length=1, description="Filter courses by their slug (case-insensitive)"),
    ] = None,
) -> models.CourseDeleteResponse:
    return await api.catalog_courses_destroy(course_id=course_id, org=org, slug=slug)


@router.get(
    "/api/catalog/eligibility/courses/",
    operation_id="catalog_eligibility_courses_list",
    description="List courses that a user is eligible for.",
    status_code=200,
    response_model=list[models.Course],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_eligibility_courses_list(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    org: Annotated[
        str | None, Query(min_length=1, description="Filter eligible courses by organization")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter eligible courses")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID to check eligibility for")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username to check eligibility for")
    ] = None,
) -> list[models.Course]:
    return await api.catalog_eligibility_courses_list(
        org=org, query=query, user_id=user_id, username=username
    )


@router.get(
    "/api/catalog/eligibility/courses/check/",
    operation_id="catalog_eligibility_courses_check_retrieve",
    description="Check whether a user is eligible to enroll in a specific course.",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_eligibility_courses_check_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str, Query(min_length=1, description="Course ID to check eligibility for")
    ],
    local_only: Annotated[
        bool | None,
        Query(description="Whether to check eligibility only within the local organization"),
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization of the course")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID to check eligibility for")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username to check eligibility for")
    ] = None,
) -> dict[str, Any]:
    return await api.catalog_eligibility_courses_check_retrieve(
        course_id=course_id, local_only=local_only, org=org, user_id=user_id, username=username
    )


@router.get(
    "/api/catalog/enrollment/courses/search/",
    operation_id="catalog_enrollment_courses_search_retrieve",
    description='API View for searching course enrollments.  This endpoint allows searching for course enrollments based on various filters such as user ID, username, email, course ID, slug, organization, and platform key. Results are paginated and include detailed enrollment information.  Query Parameters:     user_id (str, optional): Filter enrollments by user ID     username (str, optional): Filter enrollments by username     email (str, optional): Filter enrollments by user email     course_id (str, optional): Filter enrollments by course ID     slug (str, optional): Filter enrollments by course slug     org (str, optional): Filter enrollments by organization     platform_key (str, optional): Filter enrollments by platform key     course_name (str, optional): Filter enrollments by course name (partial match)     include_default_platform (bool, optional): Include enrollments from default platform     sort (str, optional): Field to sort results by (default: \'-id\')     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Search for course enrollments with filtering and pagination  Returns:     GET: A paginated JSON response containing course enrollments:         {             "count": 42,             "next": "https://api.example.com/api/catalog/enrollment/courses/search/?page=2",             "previous": null,             "results": [                 {                     "user_id": 123,                     "username": "student1",                     "email": "student1@example.com",                     "course_id": "course-v1:org+course+run",                     "active": true,                     "created": "2023-01-15T10:30:00Z",                     "started": "2023-01-15T10:30:00Z",                     "ended": null,                     "expired": null,                     "metadata": {},                     "name": "John Doe",                     "course_name": "Introduction to Data Science"                 },                 ...             ]         }  Error Responses:     400 Bad Request: If required parameters are missing or if enrollment search fails     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsEdxUserReadOnly, or IsPlatformAdminOfUserReadOnly permission     - Users can view their own enrollments     - Platform admins can view enrollments for users in their platform     - DM admins can view all enrollments',
    status_code=200,
    response_model=models.CourseEnrollmentSearchResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_courses_search_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by course ID")
    ] = None,
    course_name: Annotated[
        str | None,
        Query(min_length=1, description="Filter enrollments by course name (partial match)"),
    ] = None,
    email: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by user email")
    ] = None,
    include_default_platform: Annotated[
        bool | None, Query(description="Include enrollments from default platform")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by platform key")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by course slug")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by user ID")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by username")
    ] = None,
) -> models.CourseEnrollmentSearchResponse:
    return await api.catalog_enrollment_courses_search_retrieve(
        course_id=course_id,
        course_name=course_name,
        email=email,
        include_default_platform=include_default_platform,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        slug=slug,
        sort=sort,
        user_id=user_id,
        username=username,
    )


@router.get(
    "/api/catalog/enrollment/pathways/",
    operation_id="catalog_enrollment_pathways_retrieve",
    description="Search pathway enrollments. Requires user_id or username and pathway_id or slug.",
    status_code=200,
    response_model=models.PathwayEnrollmentPlus,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_pathways_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    include_default_platform: Annotated[
        bool | None, Query(description="Include enrollments from default platform")
    ] = None,
    include_metadata: Annotated[
        bool | None, Query(description="Include metadata in the response")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the pathway")
    ] = None,
    pathway_id: Annotated[
        str | None, Query(min_length=1, description="Pathway ID for enrollment")
    ] = None,
    pathway_key: Annotated[
        str | None, Query(min_length=1, description="Pathway key for enrollment")
    ] = None,
    pathway_uuid: Annotated[
        str | None, Query(min_length=1, description="Pathway UUID for enrollment")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the pathway")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Pathway slug for enrollment")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for enrollment")
    ] = None,
) -> models.PathwayEnrollmentPlus:
    return await api.catalog_enrollment_pathways_retrieve(
        active=active,
        include_default_platform=include_default_platform,
        include_metadata=include_metadata,
        org=org,
        pathway_id=pathway_id,
        pathway_key=pathway_key,
        pathway_uuid=pathway_uuid,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
    )


@router.post(
    "/api/catalog/enrollment/pathways/",
    operation_id="catalog_enrollment_pathways_create",
    description="Log user enrollment with a pathway.",
    status_code=200,
    response_model=models.PathwayEnrollment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_pathways_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    request: Request,
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    include_default_platform: Annotated[
        bool | None, Query(description="Include enrollments from default platform")
    ] = None,
    include_metadata: Annotated[
        bool | None, Query(description="Include metadata in the response")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the pathway")
    ] = None,
    pathway_id: Annotated[
        str | None, Query(min_length=1, description="Pathway ID for enrollment")
    ] = None,
    pathway_key: Annotated[
        str | None, Query(min_length=1, description="Pathway key for enrollment")
    ] = None,
    pathway_uuid: Annotated[
        str | None, Query(min_length=1, description="Pathway UUID for enrollment")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the pathway")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Pathway slug for enrollment")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for enrollment")
    ] = None,
    body: Annotated[models.PathwayEnrollmentRequest | None, Body()] = None,
) -> models.PathwayEnrollment:
    await reject_json_null(request, body)
    return await api.catalog_enrollment_pathways_create(
        active=active,
        include_default_platform=include_default_platform,
        include_metadata=include_metadata,
        org=org,
        pathway_id=pathway_id,
        pathway_key=pathway_key,
        pathway_uuid=pathway_uuid,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
        body=body,
    )


@router.delete(
    "/api/catalog/enrollment/pathways/",
    operation_id="catalog_enrollment_pathways_destroy",
    description="Unenroll from a pathway. Deactivates enrollment.",
    status_code=200,
    response_model=models.PathwayEnrollment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_pathways_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    include_default_platform: Annotated[
        bool | None, Query(description="Include enrollments from default platform")
    ] = None,
    include_metadata: Annotated[
        bool | None, Query(description="Include metadata in the response")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the pathway")
    ] = None,
    pathway_id: Annotated[
        str | None, Query(min_length=1, description="Pathway ID for enrollment")
    ] = None,
    pathway_key: Annotated[
        str | None, Query(min_length=1, description="Pathway key for enrollment")
    ] = None,
    pathway_uuid: Annotated[
        str | None, Query(min_length=1, description="Pathway UUID for enrollment")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the pathway")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Pathway slug for enrollment")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for enrollment")
    ] = None,
) -> models.PathwayEnrollment:
    return await api.catalog_enrollment_pathways_destroy(
        active=active,
        include_default_platform=include_default_platform,
        include_metadata=include_metadata,
        org=org,
        pathway_id=pathway_id,
        pathway_key=pathway_key,
        pathway_uuid=pathway_uuid,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
    )


@router.get(
    "/api/catalog/enrollment/pathways/search/",
    operation_id="catalog_enrollment_pathways_search_retrieve",
    description="Search pathway enrollments based on user or pathway identifiers. Returns paginated enrollment results.",
    status_code=200,
    response_model=models.PathwayEnrollmentPlus,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_pathways_search_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
) -> models.PathwayEnrollmentPlus:
    return await api.catalog_enrollment_pathways_search_retrieve()


@router.post(
    "/api/catalog/enrollment/pathways/self/",
    operation_id="catalog_enrollment_pathways_self_create",
    description="Log user enrollment with a pathway.",
    status_code=200,
    response_model=models.PathwayEnrollment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_pathways_self_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    request: Request,
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the pathway")
    ] = None,
    pathway_id: Annotated[
        str | None, Query(min_length=1, description="Pathway ID for self-enrollment")
    ] = None,
    pathway_key: Annotated[
        str | None, Query(min_length=1, description="Pathway key for self-enrollment")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the pathway")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Pathway slug for self-enrollment")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for self-enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for self-enrollment")
    ] = None,
    body: Annotated[models.PathwaySelfEnrollmentRequest | None, Body()] = None,
) -> models.PathwayEnrollment:
    await reject_json_null(request, body)
    return await api.catalog_enrollment_pathways_self_create(
        active=active,
        org=org,
        pathway_id=pathway_id,
        pathway_key=pathway_key,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
        body=body,
    )


@router.delete(
    "/api/catalog/enrollment/pathways/self/",
    operation_id="catalog_enrollment_pathways_self_destroy",
    description="Unenroll from a pathway. Deactivates enrollment.",
    status_code=200,
    response_model=models.PathwayEnrollment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_pathways_self_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the pathway")
    ] = None,
    pathway_id: Annotated[
        str | None, Query(min_length=1, description="Pathway ID for self-enrollment")
    ] = None,
    pathway_key: Annotated[
        str | None, Query(min_length=1, description="Pathway key for self-enrollment")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the pathway")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Pathway slug for self-enrollment")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for self-enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for self-enrollment")
    ] = None,
) -> models.PathwayEnrollment:
    return await api.catalog_enrollment_pathways_self_destroy(
        active=active,
        org=org,
        pathway_id=pathway_id,
        pathway_key=pathway_key,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
    )


@router.get(
    "/api/catalog/enrollment/programs/",
    operation_id="catalog_enrollment_programs_retrieve",
    description="Search program enrollments. Requires user_id or username and program_id or slug.",
    status_code=200,
    response_model=models.ProgramEnrollmentPlus,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_programs_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    expired: Annotated[str | None, Query(description="Date when enrollment expires")] = None,
    ignore_expiration: Annotated[
        bool | None, Query(description="Whether to ignore expiration during unenrollment")
    ] = None,
    include_default_platform: Annotated[
        bool | None, Query(description="Include enrollments from default platform")
    ] = None,
    include_metadata: Annotated[
        bool | None, Query(description="Include metadata in the response")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the program")
    ] = None,
    program_id: Annotated[
        str | None, Query(min_length=1, description="Program ID for enrollment")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key for enrollment")
    ] = None,
    program_type: Annotated[
        str | None, Query(min_length=1, description="Program type (standard, platform, custom)")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Program slug for enrollment")
    ] = None,
    started: Annotated[str | None, Query(description="Date when enrollment started")] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for enrollment")
    ] = None,
) -> models.ProgramEnrollmentPlus:
    return await api.catalog_enrollment_programs_retrieve(
        active=active,
        expired=expired,
        ignore_expiration=ignore_expiration,
        include_default_platform=include_default_platform,
        include_metadata=include_metadata,
        org=org,
        platform_key=platform_key,
        program_id=program_id,
        program_key=program_key,
        program_type=program_type,
        slug=slug,
        started=started,
        user_id=user_id,
        username=username,
    )


@router.post(
    "/api/catalog/enrollment/programs/",
    operation_id="catalog_enrollment_programs_create",
    description="Log user enrollment with a program.",
    status_code=200,
    response_model=models.ProgramEnrollment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_programs_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    request: Request,
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    expired: Annotated[str | None, Query(description="Date when enrollment expires")] = None,
    ignore_expiration: Annotated[
        bool | None, Query(description="Whether to ignore expiration during unenrollment")
    ] = None,
    include_default_platform: Annotated[
        bool | None, Query(description="Include enrollments from default platform")
    ] = None,
    include_metadata: Annotated[
        bool | None, Query(description="Include metadata in the response")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the program")
    ] = None,
    program_id: Annotated[
        str | None, Query(min_length=1, description="Program ID for enrollment")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key for enrollment")
    ] = None,
    program_type: Annotated[
        str | None, Query(min_length=1, description="Program type (standard, platform, custom)")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Program slug for enrollment")
    ] = None,
    started: Annotated[str | None, Query(description="Date when enrollment started")] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for enrollment")
    ] = None,
    body: Annotated[models.ProgramEnrollmentPlusRequest | None, Body()] = None,
) -> models.ProgramEnrollment:
    await reject_json_null(request, body)
    return await api.catalog_enrollment_programs_create(
        active=active,
        expired=expired,
        ignore_expiration=ignore_expiration,
        include_default_platform=include_default_platform,
        include_metadata=include_metadata,
        org=org,
        platform_key=platform_key,
        program_id=program_id,
        program_key=program_key,
        program_type=program_type,
        slug=slug,
        started=started,
        user_id=user_id,
        username=username,
        body=body,
    )


@router.delete(
    "/api/catalog/enrollment/programs/",
    operation_id="catalog_enrollment_programs_destroy",
    description="Unenroll from a program. Deactivates enrollment.",
    status_code=200,
    response_model=models.ProgramEnrollment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_programs_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    expired: Annotated[str | None, Query(description="Date when enrollment expires")] = None,
    ignore_expiration: Annotated[
        bool | None, Query(description="Whether to ignore expiration during unenrollment")
    ] = None,
    include_default_platform: Annotated[
        bool | None, Query(description="Include enrollments from default platform")
    ] = None,
    include_metadata: Annotated[
        bool | None, Query(description="Include metadata in the response")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the program")
    ] = None,
    program_id: Annotated[
        str | None, Query(min_length=1, description="Program ID for enrollment")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key for enrollment")
    ] = None,
    program_type: Annotated[
        str | None, Query(min_length=1, description="Program type (standard, platform, custom)")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Program slug for enrollment")
    ] = None,
    started: Annotated[str | None, Query(description="Date when enrollment started")] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for enrollment")
    ] = None,
) -> models.ProgramEnrollment:
    return await api.catalog_enrollment_programs_destroy(
        active=active,
        expired=expired,
        ignore_expiration=ignore_expiration,
        include_default_platform=include_default_platform,
        include_metadata=include_metadata,
        org=org,
        platform_key=platform_key,
        program_id=program_id,
        program_key=program_key,
        program_type=program_type,
        slug=slug,
        started=started,
        user_id=user_id,
        username=username,
    )


@router.get(
    "/api/catalog/enrollment/programs/search/",
    operation_id="catalog_enrollment_programs_search_retrieve",
    description="Search program enrollments based on user or program identifiers. Returns paginated enrollment results.",
    status_code=200,
    response_model=models.ProgramEnrollmentSearchResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_programs_search_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    include_default_platform: Annotated[
        bool | None, Query(description="Include enrollments from default platform")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by platform key")
    ] = None,
    program_id: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by program ID")
    ] = None,
    program_type: Annotated[
        str | None,
        Query(min_length=1, description="Filter by program type (standard, platform, custom)"),
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by program slug")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by user ID")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Filter enrollments by username")
    ] = None,
) -> models.ProgramEnrollmentSearchResponse:
    return await api.catalog_enrollment_programs_search_retrieve(
        include_default_platform=include_default_platform,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        program_id=program_id,
        program_type=program_type,
        slug=slug,
        sort=sort,
        user_id=user_id,
        username=username,
    )


@router.post(
    "/api/catalog/enrollment/programs/self/",
    operation_id="catalog_enrollment_programs_self_create",
    description="Log user enrollment with a program.",
    status_code=200,
    response_model=models.ProgramEnrollment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_enrollment_programs_self_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    request: Request,
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    expired: Annotated[str | None, Query(description="Date when enrollment expires")] = None,
    ignore_expiration: Annotated[
        bool | None, Query(description="Whether to ignore expiration during unenrollment")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the program")
    ] = None,
    program_id: Annotated[
        str | None, Query(min_length=1, description="Program ID for self-enrollment")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key for self-enrollment")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Program slug for self-enrollment")
    ] = None,
    started: Annotated[str | None, Query(description="Date when enrollment started")] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for self-enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for self-enrollment")
    ] = None,
    body: Annotated[models.ProgramEnrollmentRequest | None, Body()] = None,
) -> models.ProgramEnrollment:
    await reject_json_null(request, body)
    return await api.catalog_enrollment_programs_self_create(
        active=active,
        expired=expired,
        ignore_expiration=ignore_expiration,
        org=org,
        platform_key=platform_key,
        program_id=program_id,
        program_key=program_key,
        slug=slug,
        started=started,
        user_id=user_id,
        username=username,
        body=body,
    )


@router.delete(
    "/api/catalog/enrollment/programs/self/",
    operation_id="catalog_enrollment_programs_self_destroy",
    description="Unenroll from a program. Deactivates enrollment.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def catalog_enrollment_programs_self_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[
        bool | None, Query(description="Whether the enrollment should be active")
    ] = None,
    expired: Annotated[str | None, Query(description="Date when enrollment expires")] = None,
    ignore_expiration: Annotated[
        bool | None, Query(description="Whether to ignore expiration during unenrollment")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization for the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key for the program")
    ] = None,
    program_id: Annotated[
        str | None, Query(min_length=1, description="Program ID for self-enrollment")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key for self-enrollment")
    ] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Program slug for self-enrollment")
    ] = None,
    started: Annotated[str | None, Query(description="Date when enrollment started")] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for self-enrollment")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username for self-enrollment")
    ] = None,
) -> Response:
    await api.catalog_enrollment_programs_self_destroy(
        active=active,
        expired=expired,
        ignore_expiration=ignore_expiration,
        org=org,
        platform_key=platform_key,
        program_id=program_id,
        program_key=program_key,
        slug=slug,
        started=started,
        user_id=user_id,
        username=username,
    )
    return Response(status_code=204)


@router.get(
    "/api/catalog/increment/",
    operation_id="catalog_increment_retrieve",
    description="Retrieve auto increment information for a specific platform.",
    status_code=200,
    response_model=models.CatalogAutoIncrementResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_increment_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    key: Annotated[str | None, Query(min_length=1, description="Platform key identifier")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Platform organization identifier")
    ] = None,
) -> models.CatalogAutoIncrementResponse:
    return await api.catalog_increment_retrieve(key=key, org=org)


@router.post(
    "/api/catalog/increment/",
    operation_id="catalog_increment_create",
    description="Update auto increment information and retrieve a new ID for a specific platform.",
    status_code=200,
    response_model=int,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_increment_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.CatalogAutoIncrementUpdateRequest, Body()],
) -> int:
    return await api.catalog_increment_create(body=body)


@router.get(
    "/api/catalog/invitations/course/",
    operation_id="catalog_invitations_course_retrieve",
    description="Retrieve a paginated list of course invitations",
    status_code=200,
    response_model=models.PaginatedCourseInvitation,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_course_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    course_id: Annotated[str | None, Query(min_length=1, description="Filter by course ID")] = None,
    email: Annotated[str | None, Query(min_length=1, description="Filter by user email")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Alternative filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter by platform key")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Filter by platform organization")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by invitation source")
    ] = None,
    username: Annotated[str | None, Query(min_length=1, description="Filter by username")] = None,
    verbose: Annotated[bool | None, Query(description="Whether to include verbose output")] = None,
) -> models.PaginatedCourseInvitation:
    return await api.catalog_invitations_course_retrieve(
        active=active,
        course_id=course_id,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
    )


@router.post(
    "/api/catalog/invitations/course/",
    operation_id="catalog_invitations_course_create",
    description="Create a new course invitation",
    status_code=200,
    response_model=models.CourseInvitationDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_course_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    course_id: Annotated[str | None, Query(min_length=1, description="Filter by course ID")] = None,
    email: Annotated[str | None, Query(min_length=1, description="Filter by user email")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Alternative filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter by platform key")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Filter by platform organization")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by invitation source")
    ] = None,
    username: Annotated[str | None, Query(min_length=1, description="Filter by username")] = None,
    verbose: Annotated[bool | None, Query(description="Whether to include verbose output")] = None,
    body: Annotated[models.CourseInvitationCreate, Body()],
) -> models.CourseInvitationDetail:
    return await api.catalog_invitations_course_create(
        active=active,
        course_id=course_id,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
        body=body,
    )


@router.delete(
    "/api/catalog/invitations/course/",
    operation_id="catalog_invitations_course_destroy",
    description="Remove a course invitation: TBD",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_invitations_course_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    course_id: Annotated[str | None, Query(min_length=1, description="Filter by course ID")] = None,
    email: Annotated[str | None, Query(min_length=1, description="Filter by user email")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Alternative filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter by platform key")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Filter by platform organization")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by invitation source")
    ] = None,
    username: Annotated[str | None, Query(min_length=1, description="Filter by username")] = None,
    verbose: Annotated[bool | None, Query(description="Whether to include verbose output")] = None,
) -> Response:
    await api.catalog_invitations_course_destroy(
        active=active,
        course_id=course_id,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/invitations/course/blank/",
    operation_id="catalog_invitations_course_blank_create",
    description="Create multiple blank course invitations",
    status_code=200,
    response_model=models.BulkCourseInvitationResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_course_blank_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.BlankCourseInvitationCreate, Body()],
) -> models.BulkCourseInvitationResponse:
    return await api.catalog_invitations_course_blank_create(body=body)


@router.post(
    "/api/catalog/invitations/course/bulk/",
    operation_id="catalog_invitations_course_bulk_create",
    description="Create multiple course invitations",
    status_code=200,
    response_model=models.BulkCourseInvitationResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_course_bulk_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.BulkCourseInvitationCreate, Body()],
) -> models.BulkCourseInvitationResponse:
    return await api.catalog_invitations_course_bulk_create(body=body)


@router.post(
    "/api/catalog/invitations/course/redeem/",
    operation_id="catalog_invitations_course_redeem_create",
    description="Redeem a blank course invitation",
    status_code=200,
    response_model=models.CourseInvitationDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_course_redeem_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.CourseInvitationRedemption, Body()],
) -> models.CourseInvitationDetail:
    return await api.catalog_invitations_course_redeem_create(body=body)


@router.get(
    "/api/catalog/invitations/platform/",
    operation_id="catalog_invitations_platform_retrieve",
    description='API View for managing platform invitations.  This endpoint allows querying, creating, and deleting platform invitations for users.  Query/Request Parameters:     For GET:         platform_key (str, optional): Filter by platform key         org (str, optional): Filter by platform organization         email (str, optional): Filter by user email         source (str, optional): Filter by invitation source         active (bool, optional): Filter by active status         sort (str, optional): Field to sort results by (default: \'-id\')         metadata fields: Any additional parameters will be treated as metadata filters      For POST:         platform_key (str, required): The platform to create an invitation for         email (str, required): The email address to invite         active (bool, optional): Whether the invitation is active         metadata fields: Any additional parameters will be added as metadata      For DELETE:         id (int, required): The ID of the invitation to delete         org (str, required): The platform organization for verification  Methods:     GET: Retrieve a paginated list of platform invitations     POST: Create a new platform invitation     DELETE: Remove a platform invitation  Returns:     GET: A paginated JSON response containing platform invitations:         {             "count": 10,             "next": "https://example.com/api/catalog/invitations/platform/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "username",                     "email": "user@example.com",                     "created": "2023-06-15T14:30:00Z",                     "started": "2023-06-15T14:30:00Z",                     "source": "source",                     "redirect_to": "https://example.com",                     "expired": null,                     "active": true,                     "metadata": {},                     "platform_key": "platform1"                 },                 ...             ]         }      POST: A JSON response containing the created invitation:         {             "id": 123,             "user_id": 456,             "username": "username",             "email": "user@example.com",             "created": "2023-06-15T14:30:00Z",             "started": "2023-06-15T14:30:00Z",             "source": "source",             "redirect_to": "https://example.com",             "expired": null,             "active": true,             "metadata": {},             "platform_key": "platform1"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the platform or invitation doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin or IsPlatformAdmin permission     - Available to platform administrators and DM admins',
    status_code=200,
    response_model=models.PaginatedPlatformInvitation,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_platform_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    email: Annotated[str | None, Query(min_length=1, description="Filter by user email")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter by platform key")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by invitation source")
    ] = None,
    username: Annotated[str | None, Query(min_length=1, description="Filter by username")] = None,
    verbose: Annotated[bool | None, Query(description="Whether to include verbose output")] = None,
) -> models.PaginatedPlatformInvitation:
    return await api.catalog_invitations_platform_retrieve(
        active=active,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
    )


@router.post(
    "/api/catalog/invitations/platform/",
    operation_id="catalog_invitations_platform_create",
    description="Create a new platform invitation",
    status_code=200,
    response_model=models.PlatformInvitationDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_platform_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    email: Annotated[str | None, Query(min_length=1, description="Filter by user email")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter by platform key")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by invitation source")
    ] = None,
    username: Annotated[str | None, Query(min_length=1, description="Filter by username")] = None,
    verbose: Annotated[bool | None, Query(description="Whether to include verbose output")] = None,
    body: Annotated[models.PlatformInvitationCreate, Body()],
) -> models.PlatformInvitationDetail:
    return await api.catalog_invitations_platform_create(
        active=active,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
        body=body,
    )


@router.delete(
    "/api/catalog/invitations/platform/",
    operation_id="catalog_invitations_platform_destroy",
    description="Remove a platform invitation: TBD",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_invitations_platform_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    email: Annotated[str | None, Query(min_length=1, description="Filter by user email")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter by platform key")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by invitation source")
    ] = None,
    username: Annotated[str | None, Query(min_length=1, description="Filter by username")] = None,
    verbose: Annotated[bool | None, Query(description="Whether to include verbose output")] = None,
) -> Response:
    await api.catalog_invitations_platform_destroy(
        active=active,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/invitations/platform/blank/",
    operation_id="catalog_invitations_platform_blank_create",
    description="Create multiple blank platform invitations",
    status_code=200,
    response_model=models.BulkPlatformInvitationResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_platform_blank_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.BlankPlatformInvitationCreate, Body()],
) -> models.BulkPlatformInvitationResponse:
    return await api.catalog_invitations_platform_blank_create(body=body)


@router.post(
    "/api/catalog/invitations/platform/bulk/",
    operation_id="catalog_invitations_platform_bulk_create",
    description='API View for bulk creating platform invitations.  This endpoint allows creating multiple platform invitations in a single request.  Request Parameters:     invitation_data (list, required): List of invitation data objects, each containing:         platform_key (str, required): The platform to create an invitation for         email (str, required): The email address to invite         active (bool, optional): Whether the invitation is active         metadata fields: Any additional parameters will be added as metadata     platform_key (str, required for platform admins): The platform key for permission validation  Methods:     POST: Create multiple platform invitations  Returns:     POST: A JSON response containing the creation results:         {             "successes": 5,             "error_codes": []         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     500 Internal Server Error: If an unexpected error occurs during creation  Access Control:     - Requires IsDMAdmin or IsPlatformAdmin permission     - Available to platform administrators and DM admins',
    status_code=200,
    response_model=models.BulkPlatformInvitationResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_platform_bulk_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.BulkPlatformInvitationCreate, Body()],
) -> models.BulkPlatformInvitationResponse:
    return await api.catalog_invitations_platform_bulk_create(body=body)


@router.get(
    "/api/catalog/invitations/platform/check/",
    operation_id="catalog_invitations_platform_check_retrieve",
    description="Check if a user has an active platform invitation",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_invitations_platform_check_retrieve(
    *,
    api: Annotated[CatalogApi, Depends(catalog_api)],
    email: Annotated[
        str, Query(min_length=1, description="The email address to check for active invitations")
    ],
) -> Response:
    await api.catalog_invitations_platform_check_retrieve(email=email)
    return Response(status_code=200)


@router.post(
    "/api/catalog/invitations/platform/redeem/",
    operation_id="catalog_invitations_platform_redeem_create",
    description="Redeem a blank platform invitation",
    status_code=200,
    response_model=models.PlatformInvitationDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_platform_redeem_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.PlatformInvitationRedemption, Body()],
) -> models.PlatformInvitationDetail:
    return await api.catalog_invitations_platform_redeem_create(body=body)


@router.get(
    "/api/catalog/invitations/program/",
    operation_id="catalog_invitations_program_retrieve",
    description='API View for managing program invitations.  This endpoint allows querying, creating, and deleting program invitations for users.  Query/Request Parameters:     For GET:         program_key (str, optional): Filter by program key         org (str, optional): Filter by platform organization         email (str, optional): Filter by user email         source (str, optional): Filter by invitation source         active (bool, optional): Filter by active status         sort (str, optional): Field to sort results by (default: \'-id\')         metadata fields: Any additional parameters will be treated as metadata filters      For POST:         program_key (str, required): The program to create an invitation for         email (str, required): The email address to invite         active (bool, optional): Whether the invitation is active         metadata fields: Any additional parameters will be added as metadata      For DELETE:         id (int, required): The ID of the invitation to delete         org (str, required): The platform organization for verification  Methods:     GET: Retrieve a paginated list of program invitations     POST: Create a new program invitation     DELETE: Remove a program invitation  Returns:     GET: A paginated JSON response containing program invitations:         {             "count": 10,             "next": "https://example.com/api/catalog/invitations/program/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "username",                     "email": "user@example.com",                     "created": "2023-06-15T14:30:00Z",                     "started": "2023-06-15T14:30:00Z",                     "source": "source",                     "redirect_to": "https://example.com",                     "expired": null,                     "active": true,                     "metadata": {},                     "program_key": "org+program1"                 },                 ...             ]         }      POST: A JSON response containing the created invitation:         {             "id": 123,             "user_id": 456,             "username": "username",             "email": "user@example.com",             "created": "2023-06-15T14:30:00Z",             "started": "2023-06-15T14:30:00Z",             "source": "source",             "redirect_to": "https://example.com",             "expired": null,             "active": true,             "metadata": {},             "program_key": "org+program1"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the program or invitation doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram permission     - Read-only access for platform admins, full access for DM admins and program-specific admins',
    status_code=200,
    response_model=models.PaginatedProgramInvitation,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_program_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    email: Annotated[str | None, Query(min_length=1, description="Filter by user email")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter by platform key")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Filter by program key")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by invitation source")
    ] = None,
    username: Annotated[str | None, Query(min_length=1, description="Filter by username")] = None,
    verbose: Annotated[bool | None, Query(description="Whether to include verbose output")] = None,
) -> models.PaginatedProgramInvitation:
    return await api.catalog_invitations_program_retrieve(
        active=active,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        program_key=program_key,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
    )


@router.post(
    "/api/catalog/invitations/program/",
    operation_id="catalog_invitations_program_create",
    description='API View for managing program invitations.  This endpoint allows querying, creating, and deleting program invitations for users.  Query/Request Parameters:     For GET:         program_key (str, optional): Filter by program key         org (str, optional): Filter by platform organization         email (str, optional): Filter by user email         source (str, optional): Filter by invitation source         active (bool, optional): Filter by active status         sort (str, optional): Field to sort results by (default: \'-id\')         metadata fields: Any additional parameters will be treated as metadata filters      For POST:         program_key (str, required): The program to create an invitation for         email (str, required): The email address to invite         active (bool, optional): Whether the invitation is active         metadata fields: Any additional parameters will be added as metadata      For DELETE:         id (int, required): The ID of the invitation to delete         org (str, required): The platform organization for verification  Methods:     GET: Retrieve a paginated list of program invitations     POST: Create a new program invitation     DELETE: Remove a program invitation  Returns:     GET: A paginated JSON response containing program invitations:         {             "count": 10,             "next": "https://example.com/api/catalog/invitations/program/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "username",                     "email": "user@example.com",                     "created": "2023-06-15T14:30:00Z",                     "started": "2023-06-15T14:30:00Z",                     "source": "source",                     "redirect_to": "https://example.com",                     "expired": null,                     "active": true,                     "metadata": {},                     "program_key": "org+program1"                 },                 ...             ]         }      POST: A JSON response containing the created invitation:         {             "id": 123,             "user_id": 456,             "username": "username",             "email": "user@example.com",             "created": "2023-06-15T14:30:00Z",             "started": "2023-06-15T14:30:00Z",             "source": "source",             "redirect_to": "https://example.com",             "expired": null,             "active": true,             "metadata": {},             "program_key": "org+program1"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If the program or invitation doesn\'t exist     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsPlatformAdminForProgram permission     - Read-only access for platform admins, full access for DM admins and program-specific admins',
    status_code=200,
    response_model=models.ProgramInvitationDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_program_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    email: Annotated[str | None, Query(min_length=1, description="Filter by user email")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter by platform key")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Filter by program key")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by invitation source")
    ] = None,
    username: Annotated[str | None, Query(min_length=1, description="Filter by username")] = None,
    verbose: Annotated[bool | None, Query(description="Whether to include verbose output")] = None,
    body: Annotated[models.ProgramInvitationCreate, Body()],
) -> models.ProgramInvitationDetail:
    return await api.catalog_invitations_program_create(
        active=active,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        program_key=program_key,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
        body=body,
    )


@router.delete(
    "/api/catalog/invitations/program/",
    operation_id="catalog_invitations_program_destroy",
    description="Remove a program invitation: TBD",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_invitations_program_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    email: Annotated[str | None, Query(min_length=1, description="Filter by user email")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter by platform key")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Filter by program key")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by invitation source")
    ] = None,
    username: Annotated[str | None, Query(min_length=1, description="Filter by username")] = None,
    verbose: Annotated[bool | None, Query(description="Whether to include verbose output")] = None,
) -> Response:
    await api.catalog_invitations_program_destroy(
        active=active,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        program_key=program_key,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/invitations/program/blank/",
    operation_id="catalog_invitations_program_blank_create",
    description='API View for creating blank program invitations.  This endpoint allows creating multiple blank program invitations (without user association) that can be redeemed later.  Request Parameters:     program_key (str, required): The program to create invitations for     source (str, required): The source identifier for the invitations     count (int, required): The number of blank invitations to create     metadata fields: Any additional parameters will be added as metadata  Methods:     POST: Create multiple blank program invitations  Returns:     POST: A JSON response containing the creation results:         {             "successes": 10,             "error_codes": []         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     500 Internal Server Error: If an unexpected error occurs during creation  Access Control:     - Requires IsDMAdmin or IsPlatformAdminForProgram permission     - Available to DM admins and platform admins for the specific program',
    status_code=200,
    response_model=models.BulkProgramInvitationResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_program_blank_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.BlankProgramInvitationCreate, Body()],
) -> models.BulkProgramInvitationResponse:
    return await api.catalog_invitations_program_blank_create(body=body)


@router.post(
    "/api/catalog/invitations/program/bulk/",
    operation_id="catalog_invitations_program_bulk_create",
    description='API View for bulk creation of program invitations.  This endpoint allows creating multiple program invitations at once.  Request Parameters:     invitation_data (list, required): List of invitation data objects, each containing:         program_key (str, required): The program to create an invitation for         email (str, required): The email address to invite         active (bool, optional): Whether the invitation is active         metadata fields: Any additional parameters will be added as metadata     platform_key (str, required for platform admins): The platform key for permission validation  Methods:     POST: Create multiple program invitations  Returns:     POST: A JSON response containing the creation results:         {             "successes": 5,             "error_codes": []         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     500 Internal Server Error: If an unexpected error occurs during creation  Access Control:     - Requires IsDMAdmin or IsPlatformAdmin permission     - Available to platform administrators and DM admins',
    status_code=200,
    response_model=models.BulkProgramInvitationResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_program_bulk_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.BulkProgramInvitationCreate, Body()],
) -> models.BulkProgramInvitationResponse:
    return await api.catalog_invitations_program_bulk_create(body=body)


@router.post(
    "/api/catalog/invitations/program/redeem/",
    operation_id="catalog_invitations_program_redeem_create",
    description='API View for redeeming blank program invitations.  This endpoint allows redeeming a blank program invitation by associating it with a user.  Request Parameters:     program_key (str, required): The program key for the invitation     source (str, required): The source identifier for the invitation     email (str, optional): The email to associate with the invitation     username (str, optional): The username to associate with the invitation     metadata fields: Any additional parameters will be added as metadata  Methods:     POST: Redeem a blank program invitation  Returns:     POST: A JSON response containing the redeemed invitation:         {             "id": 123,             "user_id": 456,             "username": "username",             "email": "user@example.com",             "created": "2023-06-15T14:30:00Z",             "started": "2023-06-15T14:30:00Z",             "source": "source",             "redirect_to": "https://example.com",             "expired": null,             "active": true,             "metadata": {},             "program_key": "org+program1"         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     404 Not Found: If no blank invitation is available     500 Internal Server Error: If an unexpected error occurs during redemption  Access Control:     - Requires IsDMAdmin or IsPlatformAdminForProgram permission     - Available to DM admins and platform admins for the specific program',
    status_code=200,
    response_model=models.ProgramInvitationDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_invitations_program_redeem_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.ProgramInvitationRedemption, Body()],
) -> models.ProgramInvitationDetail:
    return await api.catalog_invitations_program_redeem_create(body=body)


@router.get(
    "/api/catalog/licenses/course/",
    operation_id="catalog_licenses_course_retrieve",
    description="Retrieve a paginated list of course licenses",
    status_code=200,
    response_model=models.PaginatedCourseLicense,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_course_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    course_id: Annotated[str | None, Query(min_length=1, description="Filter by course ID")] = None,
    external_id: Annotated[
        str | None, Query(min_length=1, description="Filter by external identifier")
    ] = None,
    key: Annotated[
        str | None, Query(min_length=1, description="Alternative filter by platform key")
    ] = None,
    name: Annotated[
        str | None, Query(min_length=1, description="Filter by license name (exact match)")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Alternative filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search license names (contains)")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by license source")
    ] = None,
    verbose: Annotated[
        bool | None, Query(description="Include detailed assignment data in the response")
    ] = None,
) -> models.PaginatedCourseLicense:
    return await api.catalog_licenses_course_retrieve(
        active=active,
        course_id=course_id,
        external_id=external_id,
        key=key,
        name=name,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
        source=source,
        verbose=verbose,
    )


@router.get(
    "/api/catalog/licenses/course/assignment/",
    operation_id="catalog_licenses_course_assignment_retrieve",
    description="Retrieve a paginated list of course license assignments",
    status_code=200,
    response_model=models.PaginatedCourseLicenseAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_course_assignment_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the course license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedCourseLicenseAssignment:
    return await api.catalog_licenses_course_assignment_retrieve(
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
    )


@router.post(
    "/api/catalog/licenses/course/assignment/",
    operation_id="catalog_licenses_course_assignment_create",
    description="Create or update a course license assignment",
    status_code=200,
    response_model=models.CourseLicenseAssignmentDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_course_assignment_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the course license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.CourseLicenseAssignmentCreate, Body()],
) -> models.CourseLicenseAssignmentDetail:
    return await api.catalog_licenses_course_assignment_create(
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/licenses/course/assignment/",
    operation_id="catalog_licenses_course_assignment_destroy",
    description="Remove a course license assignment",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_licenses_course_assignment_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    assignment_id: Annotated[int, Query(description="The ID of the assignment to delete")],
    license_id: Annotated[int, Query(description="The ID of the course license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_licenses_course_assignment_destroy(
        assignment_id=assignment_id,
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/licenses/course/assignment/group/",
    operation_id="catalog_licenses_course_assignment_group_retrieve",
    description="Retrieve a paginated list of course license group assignments",
    status_code=200,
    response_model=models.PaginatedCourseLicenseGroupAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_course_assignment_group_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the course license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedCourseLicenseGroupAssignment:
    return await api.catalog_licenses_course_assignment_group_retrieve(
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
    )


@router.post(
    "/api/catalog/licenses/course/assignment/group/",
    operation_id="catalog_licenses_course_assignment_group_create",
    description="Create or update a course license group assignment",
    status_code=200,
    response_model=models.CourseLicenseGroupAssignmentDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_course_assignment_group_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the course license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.CourseLicenseGroupAssignmentCreate, Body()],
) -> models.CourseLicenseGroupAssignmentDetail:
    return await api.catalog_licenses_course_assignment_group_create(
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/licenses/course/assignment/group/",
    operation_id="catalog_licenses_course_assignment_group_destroy",
    description="Remove a course license group assignment",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_licenses_course_assignment_group_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    assignment_id: Annotated[int, Query(description="The ID of the assignment to delete")],
    license_id: Annotated[int, Query(description="The ID of the course license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_licenses_course_assignment_group_destroy(
        assignment_id=assignment_id,
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/licenses/course/create/",
    operation_id="catalog_licenses_course_create_create",
    description="Create a new course license",
    status_code=200,
    response_model=models.CourseLicenseDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_course_create_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.CourseLicenseCreate, Body()],
) -> models.CourseLicenseDetail:
    return await api.catalog_licenses_course_create_create(body=body)


@router.post(
    "/api/catalog/licenses/course/update/",
    operation_id="catalog_licenses_course_update_create",
    description="Update an existing course license",
    status_code=200,
    response_model=models.CourseLicenseDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_course_update_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    request: Request,
    body: Annotated[models.CourseLicenseUpdate | None, Body()] = None,
) -> models.CourseLicenseDetail:
    await reject_json_null(request, body)
    return await api.catalog_licenses_course_update_create(body=body)


@router.get(
    "/api/catalog/licenses/platform/",
    operation_id="catalog_licenses_platform_retrieve",
    description="Retrieve a paginated list of platform licenses",
    status_code=200,
    response_model=models.PaginatedPlatformLicense,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_platform_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    external_id: Annotated[
        str | None, Query(min_length=1, description="Filter by external identifier")
    ] = None,
    key: Annotated[
        str | None, Query(min_length=1, description="Alternative filter by platform key")
    ] = None,
    name: Annotated[
        str | None, Query(min_length=1, description="Filter by license name (exact match)")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search license names (contains)")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by license source")
    ] = None,
    verbose: Annotated[
        bool | None, Query(description="Include detailed assignment data in the response")
    ] = None,
) -> models.PaginatedPlatformLicense:
    return await api.catalog_licenses_platform_retrieve(
        active=active,
        external_id=external_id,
        key=key,
        name=name,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        query=query,
        sort=sort,
        source=source,
        verbose=verbose,
    )


@router.post(
    "/api/catalog/licenses/platform/create/",
    operation_id="catalog_licenses_platform_create_create",
    description="Create a new platform license",
    status_code=200,
    response_model=models.PlatformLicenseDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_platform_create_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.PlatformLicenseCreate, Body()],
) -> models.PlatformLicenseDetail:
    return await api.catalog_licenses_platform_create_create(body=body)


@router.post(
    "/api/catalog/licenses/platform/update/",
    operation_id="catalog_licenses_platform_update_create",
    description="Update an existing platform license",
    status_code=200,
    response_model=models.PlatformLicenseDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_platform_update_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    request: Request,
    body: Annotated[models.PlatformLicenseUpdate | None, Body()] = None,
) -> models.PlatformLicenseDetail:
    await reject_json_null(request, body)
    return await api.catalog_licenses_platform_update_create(body=body)


@router.get(
    "/api/catalog/licenses/program/",
    operation_id="catalog_licenses_program_retrieve",
    description='API View for managing program licenses.  This endpoint allows retrieving program licenses with filtering and pagination support.  Query Parameters:     platform_key (str, optional): The unique identifier for the platform     name (str, optional): Filter by license name (exact match)     source (str, optional): Filter by license source     active (bool, optional): Filter by active status     program_id (str, optional): Filter by program ID     query (str, optional): Search licenses by name (contains)     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page     verbose (bool, optional): Include additional details in response     sort (str, optional): Field to sort results by (default: \'-id\')  Methods:     GET: Retrieve a paginated list of program licenses  Returns:     GET: A paginated JSON response containing program licenses:         {             "count": 10,             "next": "https://example.com/api/catalog/licenses/program/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "created": "2023-06-15T14:30:00Z",                     "started": "2023-06-15T14:30:00Z",                     "expired": null,                     "name": "Program License 2023",                     "count": 100,                     "active": true,                     "metadata": {},                     "source": "source",                     "external_id": "ext-123",                     "platform_key": "platform1",                     "program_id": "program-v1:org+program+run",                     "assignments": {                         "total": 50,                         "active": 45,                         "pending": 5                     }                 },                 ...             ]         }  Error Responses:     400 Bad Request: If query parameters are invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin or IsPlatformAdminReadOnly permission     - Available to platform administrators (read-only) and DM admins',
    status_code=200,
    response_model=models.PaginatedProgramLicense,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_program_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    external_id: Annotated[
        str | None, Query(min_length=1, description="Filter by external identifier")
    ] = None,
    key: Annotated[
        str | None, Query(min_length=1, description="Alternative filter by platform key")
    ] = None,
    name: Annotated[
        str | None, Query(min_length=1, description="Filter by license name (exact match)")
    ] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Alternative filter by platform organization")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    program_id: Annotated[
        str | None, Query(min_length=1, description="Filter by program ID")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search license names (contains)")
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Field to sort results by (e.g., '-id', 'created', '-created')",
        ),
    ] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by license source")
    ] = None,
    verbose: Annotated[
        bool | None, Query(description="Include detailed assignment data in the response")
    ] = None,
) -> models.PaginatedProgramLicense:
    return await api.catalog_licenses_program_retrieve(
        active=active,
        external_id=external_id,
        key=key,
        name=name,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        program_id=program_id,
        query=query,
        sort=sort,
        source=source,
        verbose=verbose,
    )


@router.get(
    "/api/catalog/licenses/program/assignment/",
    operation_id="catalog_licenses_program_assignment_retrieve",
    description="Retrieve a paginated list of program license assignments",
    status_code=200,
    response_model=models.PaginatedProgramLicenseAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_program_assignment_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the program license")],
    active: Annotated[
        bool | None, Query(description="Filter by the active status of assignments")
    ] = None,
    email: Annotated[
        str | None, Query(min_length=1, description="Filter assignments for a specific email")
    ] = None,
    fulfilled: Annotated[
        bool | None, Query(description="Filter by the fulfilled status of assignments")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Field to sort results by (e.g., 'id', '-id', 'created', '-created')",
        ),
    ] = None,
    user_id: Annotated[
        int | None, Query(description="Filter assignments for a specific user ID")
    ] = None,
) -> models.PaginatedProgramLicenseAssignment:
    return await api.catalog_licenses_program_assignment_retrieve(
        license_id=license_id,
        active=active,
        email=email,
        fulfilled=fulfilled,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
    )


@router.post(
    "/api/catalog/licenses/program/assignment/",
    operation_id="catalog_licenses_program_assignment_create",
    description="Create or update a program license assignment",
    status_code=200,
    response_model=models.ProgramLicenseAssignmentDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_program_assignment_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the program license")],
    active: Annotated[
        bool | None, Query(description="Filter by the active status of assignments")
    ] = None,
    email: Annotated[
        str | None, Query(min_length=1, description="Filter assignments for a specific email")
    ] = None,
    fulfilled: Annotated[
        bool | None, Query(description="Filter by the fulfilled status of assignments")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Field to sort results by (e.g., 'id', '-id', 'created', '-created')",
        ),
    ] = None,
    user_id: Annotated[
        int | None, Query(description="Filter assignments for a specific user ID")
    ] = None,
    body: Annotated[models.ProgramLicenseAssignmentCreate, Body()],
) -> models.ProgramLicenseAssignmentDetail:
    return await api.catalog_licenses_program_assignment_create(
        license_id=license_id,
        active=active,
        email=email,
        fulfilled=fulfilled,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
        body=body,
    )


@router.delete(
    "/api/catalog/licenses/program/assignment/",
    operation_id="catalog_licenses_program_assignment_destroy",
    description="Unassign single user from license",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_licenses_program_assignment_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    assignment_id: Annotated[int, Query(description="The ID of the assignment to delete")],
    license_id: Annotated[int, Query(description="The ID of the program license")],
    active: Annotated[
        bool | None, Query(description="Filter by the active status of assignments")
    ] = None,
    email: Annotated[
        str | None, Query(min_length=1, description="Filter assignments for a specific email")
    ] = None,
    fulfilled: Annotated[
        bool | None, Query(description="Filter by the fulfilled status of assignments")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None,
        Query(
            min_length=1,
            description="The unique identifier for the platform (for permission validation)",
        ),
    ] = None,
    platform_org: Annotated[
        str | None,
        Query(
            min_length=1,
            description="The organization identifier for the platform (for permission validation)",
        ),
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Field to sort results by (e.g., 'id', '-id', 'created', '-created')",
        ),
    ] = None,
    user_id: Annotated[
        int | None, Query(description="Filter assignments for a specific user ID")
    ] = None,
) -> Response:
    await api.catalog_licenses_program_assignment_destroy(
        assignment_id=assignment_id,
        license_id=license_id,
        active=active,
        email=email,
        fulfilled=fulfilled,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/licenses/program/assignment/group/",
    operation_id="catalog_licenses_program_assignment_group_retrieve",
    description="Retrieve a paginated list of program license group assignments",
    status_code=200,
    response_model=models.PaginatedProgramLicenseGroupAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_program_assignment_group_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the program license")],
    active: Annotated[
        bool | None, Query(description="Filter by the active status of group assignments")
    ] = None,
    fulfilled: Annotated[
        bool | None, Query(description="Filter by the fulfilled status of group assignments")
    ] = None,
    group_id: Annotated[
        int | None, Query(description="Filter assignments for a specific user group ID")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Field to sort results by (e.g., 'id', '-id', 'created', '-created')",
        ),
    ] = None,
) -> models.PaginatedProgramLicenseGroupAssignment:
    return await api.catalog_licenses_program_assignment_group_retrieve(
        license_id=license_id,
        active=active,
        fulfilled=fulfilled,
        group_id=group_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
    )


@router.post(
    "/api/catalog/licenses/program/assignment/group/",
    operation_id="catalog_licenses_program_assignment_group_create",
    description="Create or update a program license group assignment",
    status_code=200,
    response_model=models.ProgramLicenseGroupAssignmentDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_program_assignment_group_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the program license")],
    active: Annotated[
        bool | None, Query(description="Filter by the active status of group assignments")
    ] = None,
    fulfilled: Annotated[
        bool | None, Query(description="Filter by the fulfilled status of group assignments")
    ] = None,
    group_id: Annotated[
        int | None, Query(description="Filter assignments for a specific user group ID")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Field to sort results by (e.g., 'id', '-id', 'created', '-created')",
        ),
    ] = None,
    body: Annotated[models.ProgramLicenseGroupAssignmentCreate, Body()],
) -> models.ProgramLicenseGroupAssignmentDetail:
    return await api.catalog_licenses_program_assignment_group_create(
        license_id=license_id,
        active=active,
        fulfilled=fulfilled,
        group_id=group_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/licenses/program/assignment/group/",
    operation_id="catalog_licenses_program_assignment_group_destroy",
    description="Remove a program license group assignment",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_licenses_program_assignment_group_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    assignment_id: Annotated[int, Query(description="The ID of the assignment to delete")],
    license_id: Annotated[int, Query(description="The ID of the program license")],
    active: Annotated[
        bool | None, Query(description="Filter by the active status of group assignments")
    ] = None,
    fulfilled: Annotated[
        bool | None, Query(description="Filter by the fulfilled status of group assignments")
    ] = None,
    group_id: Annotated[
        int | None, Query(description="Filter assignments for a specific user group ID")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None,
        Query(
            min_length=1,
            description="The unique identifier for the platform (for permission validation)",
        ),
    ] = None,
    platform_org: Annotated[
        str | None,
        Query(
            min_length=1,
            description="The organization identifier for the platform (for permission validation)",
        ),
    ] = None,
    remove_user_assignments: Annotated[
        bool | None,
        Query(
            description="Whether to also remove individual user assignments that were created by this group assignment"
        ),
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Field to sort results by (e.g., 'id', '-id', 'created', '-created')",
        ),
    ] = None,
) -> Response:
    await api.catalog_licenses_program_assignment_group_destroy(
        assignment_id=assignment_id,
        license_id=license_id,
        active=active,
        fulfilled=fulfilled,
        group_id=group_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        remove_user_assignments=remove_user_assignments,
        sort=sort,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/licenses/program/create/",
    operation_id="catalog_licenses_program_create_create",
    description='API View for creating program licenses.  This endpoint allows administrators to create new program licenses with various configurations.  Methods:     POST: Create a new program license  Request Body:     A JSON object containing:     - platform_key (str, required): The platform to create a license for     - program_id (str, required): The program ID to create a license for     - name (str, optional): Display name for the license     - count (int, optional): Number of seats purchased (default: 0)     - started (datetime, optional): Date when license should begin     - expired (datetime, optional): Date when license should expire     - active (bool, optional): Whether the license is active (default: true)     - metadata (dict, optional): Additional license metadata     - enrollment_config (dict, optional): Additional enrollment configuration     - source (str, optional): Source identifier     - external_id (str, optional): External identifier (must be unique)  Returns:     POST: A JSON response containing the created license:         {             "id": 123,             "created": "2023-06-15T14:30:00Z",             "started": "2023-06-15T14:30:00Z",             "expired": null,             "name": "Program License 2023",             "count": 100,             "active": true,             "metadata": {},             "source": "source",             "external_id": "ext-123",             "platform_key": "platform1",             "program_id": "program-v1:org+program+run"         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to create licenses     500 Internal Server Error: If an unexpected error occurs during license creation  Access Control:     - Requires IsDMAdmin permission     - Available only to DM administrators',
    status_code=200,
    response_model=models.ProgramLicenseDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_program_create_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.ProgramLicenseCreateDetail, Body()],
) -> models.ProgramLicenseDetail:
    return await api.catalog_licenses_program_create_create(body=body)


@router.post(
    "/api/catalog/licenses/program/update/",
    operation_id="catalog_licenses_program_update_create",
    description='API View for updating existing program licenses.  This endpoint allows administrators to update the properties of an existing program license.  Methods:     POST: Update an existing program license  Request Body:     A JSON object containing:     - license_id (int, optional): The ID of the license to update (required if external_id not provided)     - external_id (str, optional): External identifier of the license to update (required if license_id not provided)     - name (str, optional): Updated display name for the license     - count (int, optional): Updated number of seats purchased     - started (datetime, optional): Updated date when license should begin     - expired (datetime, optional): Updated date when license should expire     - active (bool, optional): Updated active status     - metadata (dict, optional): Updated additional license metadata     - enrollment_config (dict, optional): Updated enrollment configuration     - source (str, optional): Updated source identifier     - change_type (str, optional): Type of change being made (default: "update")  Returns:     POST: A JSON response containing the updated license:         {             "id": 123,             "created": "2023-06-15T14:30:00Z",             "started": "2023-06-15T14:30:00Z",             "expired": "2024-06-15T14:30:00Z",             "name": "Updated Program License 2023",             "count": 150,             "active": true,             "metadata": {"updated": true},             "source": "updated-source",             "external_id": "ext-123",             "platform_key": "platform1",             "program_id": "program-v1:org+program+run"         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to update licenses     404 Not Found: If the specified license doesn\'t exist     500 Internal Server Error: If an unexpected error occurs during license update  Access Control:     - Requires IsDMAdmin permission     - Available only to DM administrators  Notes:     - Cannot update the platform or program associated with a license     - A license history record is automatically created for each update',
    status_code=200,
    response_model=models.ProgramLicenseDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_program_update_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    request: Request,
    body: Annotated[models.ProgramLicenseUpdateDetail | None, Body()] = None,
) -> models.ProgramLicenseDetail:
    await reject_json_null(request, body)
    return await api.catalog_licenses_program_update_create(body=body)


@router.get(
    "/api/catalog/licenses/user/",
    operation_id="catalog_licenses_user_retrieve",
    description="Retrieve a paginated list of user licenses",
    status_code=200,
    response_model=models.PaginatedUserLicense,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_user_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    external_id: Annotated[
        str | None, Query(min_length=1, description="Filter by external identifier")
    ] = None,
    key: Annotated[
        str | None, Query(min_length=1, description="Alternative filter by platform key")
    ] = None,
    name: Annotated[
        str | None, Query(min_length=1, description="Filter by license name (exact match)")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search license names (contains)")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    source: Annotated[
        str | None, Query(min_length=1, description="Filter by license source")
    ] = None,
    verbose: Annotated[
        bool | None, Query(description="Include detailed assignment data in the response")
    ] = None,
) -> models.PaginatedUserLicense:
    return await api.catalog_licenses_user_retrieve(
        active=active,
        external_id=external_id,
        key=key,
        name=name,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        query=query,
        sort=sort,
        source=source,
        verbose=verbose,
    )


@router.get(
    "/api/catalog/licenses/user/assignment/",
    operation_id="catalog_licenses_user_assignment_retrieve",
    description="Retrieve a paginated list of user license assignments",
    status_code=200,
    response_model=models.PaginatedUserLicenseAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_user_assignment_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the user license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedUserLicenseAssignment:
    return await api.catalog_licenses_user_assignment_retrieve(
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
    )


@router.post(
    "/api/catalog/licenses/user/assignment/",
    operation_id="catalog_licenses_user_assignment_create",
    description="Create or update a user license assignment",
    status_code=200,
    response_model=models.UserLicenseAssignmentDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_user_assignment_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the user license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.UserLicenseAssignmentCreate, Body()],
) -> models.UserLicenseAssignmentDetail:
    return await api.catalog_licenses_user_assignment_create(
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/licenses/user/assignment/",
    operation_id="catalog_licenses_user_assignment_destroy",
    description="Remove a user license assignment",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_licenses_user_assignment_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    assignment_id: Annotated[int, Query(description="The ID of the assignment to delete")],
    license_id: Annotated[int, Query(description="The ID of the user license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_licenses_user_assignment_destroy(
        assignment_id=assignment_id,
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/licenses/user/assignment/check/",
    operation_id="catalog_licenses_user_assignment_check_retrieve",
    description="Check if a user has an active user license assignment",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_licenses_user_assignment_check_retrieve(
    *,
    api: Annotated[CatalogApi, Depends(catalog_api)],
    email: Annotated[
        str,
        Query(
            min_length=1, description="The email address to check for active license assignments"
        ),
    ],
) -> Response:
    await api.catalog_licenses_user_assignment_check_retrieve(email=email)
    return Response(status_code=200)


@router.get(
    "/api/catalog/licenses/user/assignment/group/",
    operation_id="catalog_licenses_user_assignment_group_retrieve",
    description="Retrieve a paginated list of user license group assignments",
    status_code=200,
    response_model=models.PaginatedUserLicenseGroupAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_user_assignment_group_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the user license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedUserLicenseGroupAssignment:
    return await api.catalog_licenses_user_assignment_group_retrieve(
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
    )


@router.post(
    "/api/catalog/licenses/user/assignment/group/",
    operation_id="catalog_licenses_user_assignment_group_create",
    description="Create or update a user license group assignment",
    status_code=200,
    response_model=models.UserLicenseGroupAssignmentDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_user_assignment_group_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    license_id: Annotated[int, Query(description="The ID of the user license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.UserLicenseGroupAssignmentCreate, Body()],
) -> models.UserLicenseGroupAssignmentDetail:
    return await api.catalog_licenses_user_assignment_group_create(
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/licenses/user/assignment/group/",
    operation_id="catalog_licenses_user_assignment_group_destroy",
    description="Remove a user license group assignment",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_licenses_user_assignment_group_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    assignment_id: Annotated[int, Query(description="The ID of the assignment to delete")],
    license_id: Annotated[int, Query(description="The ID of the user license")],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The unique identifier for the platform")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_licenses_user_assignment_group_destroy(
        assignment_id=assignment_id,
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/licenses/user/create/",
    operation_id="catalog_licenses_user_create_create",
    description="Create a new user license",
    status_code=200,
    response_model=models.UserLicenseDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_user_create_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.UserLicenseCreate, Body()],
) -> models.UserLicenseDetail:
    return await api.catalog_licenses_user_create_create(body=body)


@router.post(
    "/api/catalog/licenses/user/update/",
    operation_id="catalog_licenses_user_update_create",
    description='API View for updating existing user licenses.  This endpoint allows administrators to update the properties of an existing user license.  Methods:     POST: Update an existing user license  Request Body:     A JSON object containing:     - license_id (int, optional): The ID of the license to update (required if external_id not provided)     - external_id (str, optional): External identifier of the license to update (required if license_id not provided)     - name (str, optional): Updated display name for the license     - count (int, optional): Updated number of seats purchased     - started (datetime, optional): Updated date when license should begin     - expired (datetime, optional): Updated date when license should expire     - active (bool, optional): Updated active status     - metadata (dict, optional): Updated additional license metadata     - enrollment_config (dict, optional): Updated enrollment configuration     - source (str, optional): Updated source identifier     - change_type (str, optional): Type of change being made (default: "update")  Returns:     POST: A JSON response containing the updated license:         {             "id": 123,             "created": "2023-06-15T14:30:00Z",             "started": "2023-06-15T14:30:00Z",             "expired": "2024-06-15T14:30:00Z",             "name": "Updated User License 2023",             "count": 150,             "active": true,             "metadata": {"updated": true},             "source": "updated-source",             "external_id": "ext-123",             "platform_key": "platform1"         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to update licenses     404 Not Found: If the specified license doesn\'t exist     500 Internal Server Error: If an unexpected error occurs during license update  Access Control:     - Requires IsDMAdmin permission     - Available only to DM administrators  Notes:     - Cannot update the platform associated with a license     - A license history record is automatically created for each update',
    status_code=200,
    response_model=models.UserLicenseDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_licenses_user_update_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    request: Request,
    body: Annotated[models.UserLicenseUpdate | None, Body()] = None,
) -> models.UserLicenseDetail:
    await reject_json_null(request, body)
    return await api.catalog_licenses_user_update_create(body=body)


@router.get(
    "/api/catalog/metadata/choices/",
    operation_id="catalog_metadata_choices_retrieve",
    description="Query metadata choices based on field_key, scope, and org parameters.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_metadata_choices_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    field_key: Annotated[
        str | None,
        Query(min_length=1, description="The key of the field for which choices are being queried"),
    ] = None,
    org: Annotated[
        str | None,
        Query(min_length=1, description="The organization context for the metadata choices"),
    ] = None,
    scope: Annotated[
        str | None,
        Query(
            min_length=1,
            description="The scope within which to query the metadata choices (course, program, pathway, resource)",
        ),
    ] = None,
) -> Response:
    await api.catalog_metadata_choices_retrieve(field_key=field_key, org=org, scope=scope)
    return Response(status_code=200)


@router.get(
    "/api/catalog/metadata/course-public/",
    operation_id="catalog_metadata_course_public_retrieve",
    description="Retrieve public metadata for a course.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_metadata_course_public_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[str, Query(min_length=1, description="The course ID to get metadata for")],
) -> Response:
    await api.catalog_metadata_course_public_retrieve(course_id=course_id)
    return Response(status_code=200)


@router.get(
    "/api/catalog/metadata/course-public/{field}/",
    operation_id="catalog_metadata_course_public_retrieve_2",
    description="Retrieve public metadata for a course.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_metadata_course_public_retrieve_2(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    field: Annotated[str, Path()],
    course_id: Annotated[str, Query(min_length=1, description="The course ID to get metadata for")],
) -> Response:
    await api.catalog_metadata_course_public_retrieve_2(field=field, course_id=course_id)
    return Response(status_code=200)


@router.post(
    "/api/catalog/metadata/course-search/",
    operation_id="catalog_metadata_course_search_create",
    description="Search for courses matching specified metadata filters.",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_metadata_course_search_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    request: Request,
    body: Annotated[models.CourseMetadataSearchRequest | None, Body()] = None,
) -> dict[str, Any]:
    await reject_json_null(request, body)
    return await api.catalog_metadata_course_search_create(body=body)


@router.get(
    "/api/catalog/metadata/course/",
    operation_id="catalog_metadata_course_retrieve",
    description="Retrieve metadata for a course.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_metadata_course_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[str, Query(min_length=1, description="The course ID to get metadata for")],
) -> Response:
    await api.catalog_metadata_course_retrieve(course_id=course_id)
    return Response(status_code=200)


@router.post(
    "/api/catalog/metadata/course/",
    operation_id="catalog_metadata_course_create",
    description="Update metadata for a course.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_metadata_course_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[str, Query(min_length=1, description="The course ID to get metadata for")],
    body: Annotated[models.CourseMetadataUpdateRequest, Body()],
) -> Response:
    await api.catalog_metadata_course_create(course_id=course_id, body=body)
    return Response(status_code=200)


@router.get(
    "/api/catalog/metadata/course/{field}/",
    operation_id="catalog_metadata_course_retrieve_2",
    description="Retrieve metadata for a course.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_metadata_course_retrieve_2(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    field: Annotated[str, Path()],
    course_id: Annotated[str, Query(min_length=1, description="The course ID to get metadata for")],
) -> Response:
    await api.catalog_metadata_course_retrieve_2(field=field, course_id=course_id)
    return Response(status_code=200)


@router.post(
    "/api/catalog/metadata/course/{field}/",
    operation_id="catalog_metadata_course_create_2",
    description="Update metadata for a course.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_metadata_course_create_2(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    field: Annotated[str, Path()],
    course_id: Annotated[str, Query(min_length=1, description="The course ID to get metadata for")],
    body: Annotated[models.CourseMetadataUpdateRequest, Body()],
) -> Response:
    await api.catalog_metadata_course_create_2(field=field, course_id=course_id, body=body)
    return Response(status_code=200)


@router.get(
    "/api/catalog/metadata/program-public/",
    operation_id="catalog_metadata_program_public_retrieve",
    description="Retrieve public metadata for a specified program",
    status_code=200,
    response_model=models.ProgramMetadataResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_metadata_program_public_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    program_id: Annotated[
        str, Query(min_length=1, description="The unique identifier for the program")
    ],
    org: Annotated[
        str | None, Query(min_length=1, description="The organization associated with the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key identifier (alternative to org)")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key (alternative to program_id + org)")
    ] = None,
) -> models.ProgramMetadataResponse:
    return await api.catalog_metadata_program_public_retrieve(
        program_id=program_id, org=org, platform_key=platform_key, program_key=program_key
    )


@router.get(
    "/api/catalog/metadata/program-public/{field}/",
    operation_id="catalog_metadata_program_public_retrieve_2",
    description="Retrieve public metadata for a specified program",
    status_code=200,
    response_model=models.ProgramMetadataResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_metadata_program_public_retrieve_2(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    field: Annotated[str, Path()],
    program_id: Annotated[
        str, Query(min_length=1, description="The unique identifier for the program")
    ],
    org: Annotated[
        str | None, Query(min_length=1, description="The organization associated with the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key identifier (alternative to org)")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key (alternative to program_id + org)")
    ] = None,
) -> models.ProgramMetadataResponse:
    return await api.catalog_metadata_program_public_retrieve_2(
        field=field,
        program_id=program_id,
        org=org,
        platform_key=platform_key,
        program_key=program_key,
    )


@router.get(
    "/api/catalog/metadata/program/",
    operation_id="catalog_metadata_program_retrieve",
    description="Retrieve metadata for a specified program",
    status_code=200,
    response_model=models.ProgramMetadataResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_metadata_program_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    program_id: Annotated[
        str, Query(min_length=1, description="The unique identifier for the program")
    ],
    org: Annotated[
        str | None, Query(min_length=1, description="The organization associated with the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key identifier (alternative to org)")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key (alternative to program_id + org)")
    ] = None,
) -> models.ProgramMetadataResponse:
    return await api.catalog_metadata_program_retrieve(
        program_id=program_id, org=org, platform_key=platform_key, program_key=program_key
    )


@router.post(
    "/api/catalog/metadata/program/",
    operation_id="catalog_metadata_program_create",
    description="Update metadata for a specified program",
    status_code=200,
    response_model=models.ProgramMetadataResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_metadata_program_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    program_id: Annotated[
        str, Query(min_length=1, description="The unique identifier for the program")
    ],
    org: Annotated[
        str | None, Query(min_length=1, description="The organization associated with the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key identifier (alternative to org)")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key (alternative to program_id + org)")
    ] = None,
    body: Annotated[models.ProgramMetadataRequest, Body()],
) -> models.ProgramMetadataResponse:
    return await api.catalog_metadata_program_create(
        program_id=program_id,
        org=org,
        platform_key=platform_key,
        program_key=program_key,
        body=body,
    )


@router.get(
    "/api/catalog/metadata/program/{field}/",
    operation_id="catalog_metadata_program_retrieve_2",
    description="Retrieve metadata for a specified program",
    status_code=200,
    response_model=models.ProgramMetadataResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_metadata_program_retrieve_2(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    field: Annotated[str, Path()],
    program_id: Annotated[
        str, Query(min_length=1, description="The unique identifier for the program")
    ],
    org: Annotated[
        str | None, Query(min_length=1, description="The organization associated with the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key identifier (alternative to org)")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key (alternative to program_id + org)")
    ] = None,
) -> models.ProgramMetadataResponse:
    return await api.catalog_metadata_program_retrieve_2(
        field=field,
        program_id=program_id,
        org=org,
        platform_key=platform_key,
        program_key=program_key,
    )


@router.post(
    "/api/catalog/metadata/program/{field}/",
    operation_id="catalog_metadata_program_create_2",
    description="Update metadata for a specified program",
    status_code=200,
    response_model=models.ProgramMetadataResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_metadata_program_create_2(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    field: Annotated[str, Path()],
    program_id: Annotated[
        str, Query(min_length=1, description="The unique identifier for the program")
    ],
    org: Annotated[
        str | None, Query(min_length=1, description="The organization associated with the program")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key identifier (alternative to org)")
    ] = None,
    program_key: Annotated[
        str | None, Query(min_length=1, description="Program key (alternative to program_id + org)")
    ] = None,
    body: Annotated[models.ProgramMetadataRequest, Body()],
) -> models.ProgramMetadataResponse:
    return await api.catalog_metadata_program_create_2(
        field=field,
        program_id=program_id,
        org=org,
        platform_key=platform_key,
        program_key=program_key,
        body=body,
    )


@router.get(
    "/api/catalog/milestones/completions/course/catalog/",
    operation_id="catalog_milestones_completions_course_catalog_retrieve",
    description="Retrieve catalog-compatible completion info for user",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_completions_course_catalog_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[int, Query(description="The user identifier")],
    field_key: Annotated[
        str | None, Query(min_length=1, description="Specific field to include in the response")
    ] = None,
) -> dict[str, Any]:
    return await api.catalog_milestones_completions_course_catalog_retrieve(
        user_id=user_id, field_key=field_key
    )


@router.get(
    "/api/catalog/milestones/completions/course/manage/",
    operation_id="catalog_milestones_completions_course_manage_retrieve",
    description="Retrieve completion information for a specific user and course",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_completions_course_manage_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str,
        Query(min_length=1, description="The course identifier (e.g., 'course-v1:org+code+run')"),
    ],
    user_id: Annotated[int, Query(description="The user identifier")],
) -> dict[str, Any]:
    return await api.catalog_milestones_completions_course_manage_retrieve(
        course_id=course_id, user_id=user_id
    )


@router.post(
    "/api/catalog/milestones/completions/course/manage/",
    operation_id="catalog_milestones_completions_course_manage_create",
    description="Create or update completion information for a specific user and course",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_completions_course_manage_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str,
        Query(min_length=1, description="The course identifier (e.g., 'course-v1:org+code+run')"),
    ],
    user_id: Annotated[int, Query(description="The user identifier")],
    body: Annotated[models.CourseCompletion, Body()],
) -> dict[str, Any]:
    return await api.catalog_milestones_completions_course_manage_create(
        course_id=course_id, user_id=user_id, body=body
    )


@router.get(
    "/api/catalog/milestones/completions/pathway/query/",
    operation_id="catalog_milestones_completions_pathway_query_retrieve",
    description="Retrieve pathway completion information",
    status_code=200,
    response_model=models.PathwayCompletionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_completions_pathway_query_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    pathway_uuid: Annotated[
        str, Query(min_length=1, description="The unique identifier for the pathway")
    ],
    user_id: Annotated[
        int | None, Query(description="The user identifier (either user_id or username required)")
    ] = None,
    username: Annotated[
        str | None,
        Query(min_length=1, description="The username (either user_id or username required)"),
    ] = None,
) -> models.PathwayCompletionResponse:
    return await api.catalog_milestones_completions_pathway_query_retrieve(
        pathway_uuid=pathway_uuid, user_id=user_id, username=username
    )


@router.get(
    "/api/catalog/milestones/completions/program/query/",
    operation_id="catalog_milestones_completions_program_query_retrieve",
    description="Retrieve program completion information",
    status_code=200,
    response_model=models.ProgramCompletionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_completions_program_query_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    program_key: Annotated[
        str, Query(min_length=1, description="The unique identifier for the program")
    ],
    user_id: Annotated[
        int | None, Query(description="The user identifier (either user_id or username required)")
    ] = None,
    username: Annotated[
        str | None,
        Query(min_length=1, description="The username (either user_id or username required)"),
    ] = None,
) -> models.ProgramCompletionResponse:
    return await api.catalog_milestones_completions_program_query_retrieve(
        program_key=program_key, user_id=user_id, username=username
    )


@router.get(
    "/api/catalog/milestones/completions/resource/manage/",
    operation_id="catalog_milestones_completions_resource_manage_retrieve",
    description="Retrieve completion info for resource/user",
    status_code=200,
    response_model=models.ResourceCompletion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_completions_resource_manage_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    resource_id: Annotated[int, Query(description="The unique identifier for the resource")],
    user_id: Annotated[int, Query(description="The ID of the user")],
) -> models.ResourceCompletion:
    return await api.catalog_milestones_completions_resource_manage_retrieve(
        resource_id=resource_id, user_id=user_id
    )


@router.post(
    "/api/catalog/milestones/completions/resource/manage/",
    operation_id="catalog_milestones_completions_resource_manage_create",
    description="Create or update completion information for a specific resource and user",
    status_code=200,
    response_model=models.ResourceCompletion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_completions_resource_manage_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    resource_id: Annotated[int, Query(description="The unique identifier for the resource")],
    user_id: Annotated[int, Query(description="The ID of the user")],
    body: Annotated[models.ResourceCompletionRequest, Body()],
) -> models.ResourceCompletion:
    return await api.catalog_milestones_completions_resource_manage_create(
        resource_id=resource_id, user_id=user_id, body=body
    )


@router.get(
    "/api/catalog/milestones/skill_points/block/",
    operation_id="catalog_milestones_skill_points_block_retrieve",
    description="Retrieve skill point information for a specific block",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_skill_points_block_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    block_id: Annotated[
        str,
        Query(min_length=1, description="ID of the block to retrieve skill point information for"),
    ],
    get_obj: Annotated[
        bool | None,
        Query(description="If True, returns skill objects instead of skill names as keys"),
    ] = None,
) -> dict[str, Any]:
    return await api.catalog_milestones_skill_points_block_retrieve(
        block_id=block_id, get_obj=get_obj
    )


@router.post(
    "/api/catalog/milestones/skill_points/block/",
    operation_id="catalog_milestones_skill_points_block_create",
    description="Update skill point information for a specific block",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_milestones_skill_points_block_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    block_id: Annotated[
        str,
        Query(min_length=1, description="ID of the block to retrieve skill point information for"),
    ],
    get_obj: Annotated[
        bool | None,
        Query(description="If True, returns skill objects instead of skill names as keys"),
    ] = None,
    body: Annotated[models.BlockSkillPointInfoRequest, Body()],
) -> Response:
    await api.catalog_milestones_skill_points_block_create(
        block_id=block_id, get_obj=get_obj, body=body
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/milestones/skill_points/course/",
    operation_id="catalog_milestones_skill_points_course_retrieve",
    description="Retrieve skill point information for a specific course",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_skill_points_course_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str,
        Query(min_length=1, description="ID of the course to retrieve skill point information for"),
    ],
    get_obj: Annotated[
        bool | None,
        Query(description="If True, returns skill objects instead of skill names as keys"),
    ] = None,
) -> dict[str, Any]:
    return await api.catalog_milestones_skill_points_course_retrieve(
        course_id=course_id, get_obj=get_obj
    )


@router.post(
    "/api/catalog/milestones/skill_points/course/",
    operation_id="catalog_milestones_skill_points_course_create",
    description="Update skill point information for a specific course",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_milestones_skill_points_course_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str,
        Query(min_length=1, description="ID of the course to retrieve skill point information for"),
    ],
    get_obj: Annotated[
        bool | None,
        Query(description="If True, returns skill objects instead of skill names as keys"),
    ] = None,
    body: Annotated[models.CourseSkillPointInfoRequest, Body()],
) -> Response:
    await api.catalog_milestones_skill_points_course_create(
        course_id=course_id, get_obj=get_obj, body=body
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/milestones/skill_points/platform/",
    operation_id="catalog_milestones_skill_points_platform_retrieve",
    description="Retrieve paginated list of platform skill points",
    status_code=200,
    response_model=models.PlatformSkillPointResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_skill_points_platform_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    department_mode: Annotated[
        bool | None, Query(description="If True, filters results by department user permissions")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key identifier")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Platform organization identifier")
    ] = None,
    query: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Search query for filtering skill points by user or skill name",
        ),
    ] = None,
    sort: Annotated[
        str | None, Query(min_length=1, description="Sort field for results. Default: '-id'")
    ] = None,
) -> models.PlatformSkillPointResponse:
    return await api.catalog_milestones_skill_points_platform_retrieve(
        department_mode=department_mode,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )


@router.post(
    "/api/catalog/milestones/skill_points/platform/",
    operation_id="catalog_milestones_skill_points_platform_create",
    description="Update platform skill points for a user",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_milestones_skill_points_platform_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    department_mode: Annotated[
        bool | None, Query(description="If True, filters results by department user permissions")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key identifier")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Platform organization identifier")
    ] = None,
    query: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Search query for filtering skill points by user or skill name",
        ),
    ] = None,
    sort: Annotated[
        str | None, Query(min_length=1, description="Sort field for results. Default: '-id'")
    ] = None,
    body: Annotated[models.PlatformSkillPointRequest, Body()],
) -> Response:
    await api.catalog_milestones_skill_points_platform_create(
        department_mode=department_mode,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
        body=body,
    )
    return Response(status_code=200)


@router.delete(
    "/api/catalog/milestones/skill_points/platform/",
    operation_id="catalog_milestones_skill_points_platform_destroy",
    description="Delete a platform skill point entry",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_milestones_skill_points_platform_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    skill_point_id: Annotated[int, Query(description="ID of the skill point to delete")],
    department_mode: Annotated[
        bool | None, Query(description="If True, filters results by department user permissions")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key identifier")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Platform organization identifier")
    ] = None,
    query: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Search query for filtering skill points by user or skill name",
        ),
    ] = None,
    sort: Annotated[
        str | None, Query(min_length=1, description="Sort field for results. Default: '-id'")
    ] = None,
) -> Response:
    await api.catalog_milestones_skill_points_platform_destroy(
        skill_point_id=skill_point_id,
        department_mode=department_mode,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/milestones/skill_points/platform/bulk/",
    operation_id="catalog_milestones_skill_points_platform_bulk_create",
    description="Bulk create/update platform skill points",
    status_code=200,
    response_model=models.PlatformSkillPointBulkResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_skill_points_platform_bulk_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.PlatformSkillPointBulkRequest, Body()],
) -> models.PlatformSkillPointBulkResponse:
    return await api.catalog_milestones_skill_points_platform_bulk_create(body=body)


@router.post(
    "/api/catalog/milestones/skill_points/platform/group/",
    operation_id="catalog_milestones_skill_points_platform_group_create",
    description="Update skill points for all users in a group",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_milestones_skill_points_platform_group_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.PlatformSkillPointGroupRequest, Body()],
) -> Response:
    await api.catalog_milestones_skill_points_platform_group_create(body=body)
    return Response(status_code=200)


@router.get(
    "/api/catalog/milestones/skill_points/user/",
    operation_id="catalog_milestones_skill_points_user_retrieve",
    description="Retrieve skill point information for a specific user",
    status_code=200,
    response_model=dict[str, Any],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_milestones_skill_points_user_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[
        int | None, Query(description="ID of the user to retrieve skill point information for")
    ] = None,
    username: Annotated[
        str | None,
        Query(min_length=1, description="Username to retrieve skill point information for"),
    ] = None,
) -> dict[str, Any]:
    return await api.catalog_milestones_skill_points_user_retrieve(
        user_id=user_id, username=username
    )


@router.get(
    "/api/catalog/pathways/",
    operation_id="catalog_pathways_list",
    description="Retrieve pathways matching query. Limited parameters.",
    status_code=200,
    response_model=list[models.Pathway],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_pathways_list(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    item_id: Annotated[
        str | None, Query(min_length=1, description="Item ID associated with the pathway")
    ] = None,
    name: Annotated[str | None, Query(min_length=1, description="Pathway name")] = None,
    pathway_id: Annotated[str | None, Query(min_length=1, description="Pathway ID")] = None,
    pathway_uuid: Annotated[str | None, Query(min_length=1, description="Pathway UUID")] = None,
    platform_key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Pathway slug (case-insensitive)")
    ] = None,
    user_id: Annotated[int | None, Query(description="User ID of the pathway owner")] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username of the pathway owner")
    ] = None,
    visible: Annotated[bool | None, Query(description="Whether the pathway is visible")] = None,
) -> list[models.Pathway]:
    return await api.catalog_pathways_list(
        item_id=item_id,
        name=name,
        pathway_id=pathway_id,
        pathway_uuid=pathway_uuid,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
        visible=visible,
    )


@router.post(
    "/api/catalog/pathways/",
    operation_id="catalog_pathways_create",
    description="Add or update a pathway.",
    status_code=200,
    response_model=models.Pathway,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_pathways_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    item_id: Annotated[
        str | None, Query(min_length=1, description="Item ID associated with the pathway")
    ] = None,
    name: Annotated[str | None, Query(min_length=1, description="Pathway name")] = None,
    pathway_id: Annotated[str | None, Query(min_length=1, description="Pathway ID")] = None,
    pathway_uuid: Annotated[str | None, Query(min_length=1, description="Pathway UUID")] = None,
    platform_key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Pathway slug (case-insensitive)")
    ] = None,
    user_id: Annotated[int | None, Query(description="User ID of the pathway owner")] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username of the pathway owner")
    ] = None,
    visible: Annotated[bool | None, Query(description="Whether the pathway is visible")] = None,
    body: Annotated[models.PathwayCreateUpdateRequest, Body()],
) -> models.Pathway:
    return await api.catalog_pathways_create(
        item_id=item_id,
        name=name,
        pathway_id=pathway_id,
        pathway_uuid=pathway_uuid,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
        visible=visible,
        body=body,
    )


@router.delete(
    "/api/catalog/pathways/",
    operation_id="catalog_pathways_destroy",
    description="Remove a pathway from the database.",
    status_code=200,
    response_model=models.PathwayDeleteResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_pathways_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    pathway_id: Annotated[str, Query(min_length=1, description="Pathway ID to delete")],
    user_id: Annotated[int, Query(description="User ID of the pathway owner")],
    item_id: Annotated[
        str | None, Query(min_length=1, description="Item ID associated with the pathway")
    ] = None,
    name: Annotated[str | None, Query(min_length=1, description="Pathway name")] = None,
    pathway_uuid: Annotated[str | None, Query(min_length=1, description="Pathway UUID")] = None,
    platform_key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Pathway slug (case-insensitive)")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username of the pathway owner")
    ] = None,
    visible: Annotated[bool | None, Query(description="Whether the pathway is visible")] = None,
) -> models.PathwayDeleteResponse:
    return await api.catalog_pathways_destroy(
        pathway_id=pathway_id,
        user_id=user_id,
        item_id=item_id,
        name=name,
        pathway_uuid=pathway_uuid,
        platform_key=platform_key,
        slug=slug,
        username=username,
        visible=visible,
    )


@router.get(
    "/api/catalog/programs/",
    operation_id="catalog_programs_list",
    description="Retrieve programs matching query parameters. Limited parameters include program_id, name, slug, enabled, and org.",
    status_code=200,
    response_model=list[models.Program],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_programs_list(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str | None, Query(min_length=1, description="Course ID contained in the program")
    ] = None,
    enabled: Annotated[bool | None, Query(description="Whether the program is enabled")] = None,
    name: Annotated[str | None, Query(min_length=1, description="Program name")] = None,
    org: Annotated[
        str | None, Query(min_length=1, description="Organization of the program")
    ] = None,
    program_id: Annotated[str | None, Query(min_length=1, description="Program ID")] = None,
    slug: Annotated[
        str | None, Query(min_length=1, description="Program slug (case-insensitive)")
    ] = None,
) -> list[models.Program]:
    return await api.catalog_programs_list(
        course_id=course_id, enabled=enabled, name=name, org=org, program_id=program_id, slug=slug
    )


@router.post(
    "/api/catalog/programs/",
    operation_id="catalog_programs_create",
    description="Add or update a program. Accepts a list of courses and updates or creates a program.",
    status_code=200,
    response_model=models.Program,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_programs_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.ProgramCreateUpdateRequest, Body()],
) -> models.Program:
    return await api.catalog_programs_create(body=body)


@router.delete(
    "/api/catalog/programs/",
    operation_id="catalog_programs_destroy",
    description="Remove a program from the database. Requires program_id and org as parameters.",
    status_code=200,
    response_model=models.ProgramDeleteResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_programs_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    org: Annotated[str, Query(min_length=1, description="Organization of the program")],
    program_id: Annotated[str, Query(min_length=1, description="Program ID to delete")],
) -> models.ProgramDeleteResponse:
    return await api.catalog_programs_destroy(org=org, program_id=program_id)


@router.get(
    "/api/catalog/recommendation/courses/",
    operation_id="catalog_recommendation_courses_retrieve",
    description="GET Get a 'next' course  This method retrieves the next recommended course for a user based on the provided parameters. It expects the following parameters in the request query: - user_id: The ID of the user for whom the next course is being recommended. - course_id: The ID of the current course. - org: The organization associated with the course.  Returns: - A serialized representation of the next course if found, with a status code of 200. - A status code of 400 if the course_id is not provided. - A status code of 200 with a None response if no next course is found.  Error Conditions: - Returns a 400 status code if the course_id is missing from the request parameters.  Side Effects: - None",
    status_code=200,
    response_model=models.Course,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_recommendation_courses_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[str, Query(min_length=1, description="Current course ID")],
    org: Annotated[
        str | None, Query(min_length=1, description="Organization to filter recommendations")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="User ID for personalized recommendations")
    ] = None,
) -> models.Course:
    return await api.catalog_recommendation_courses_retrieve(
        course_id=course_id, org=org, user_id=user_id
    )


@router.get(
    "/api/catalog/resources/",
    operation_id="catalog_resources_list",
    description="Retrieve resources matching query. Limited parameters.",
    status_code=200,
    response_model=list[models.Resource],
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_resources_list(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    id: Annotated[int | None, Query(description="Resource ID")] = None,
    item_id: Annotated[
        str | None, Query(min_length=1, description="Item ID associated with the resource")
    ] = None,
    key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    name: Annotated[str | None, Query(min_length=1, description="Resource name")] = None,
    org: Annotated[str | None, Query(min_length=1, description="Platform organization")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key (alternative to key)")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Platform organization (alternative to org)")
    ] = None,
    resource_type: Annotated[
        str | None, Query(min_length=1, description="Type of resource")
    ] = None,
    user_id: Annotated[int | None, Query(description="User ID who owns the resource")] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username who owns the resource")
    ] = None,
) -> list[models.Resource]:
    return await api.catalog_resources_list(
        id=id,
        item_id=item_id,
        key=key,
        name=name,
        org=org,
        platform_key=platform_key,
        platform_org=platform_org,
        resource_type=resource_type,
        user_id=user_id,
        username=username,
    )


@router.post(
    "/api/catalog/resources/",
    operation_id="catalog_resources_create",
    summary="Create or update a resource with optional image upload",
    description="Create or update a resource. For updates, include the resource ID.",
    status_code=200,
    response_model=models.Resource,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_resources_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    id: Annotated[int | None, Query(description="Resource ID")] = None,
    item_id: Annotated[
        str | None, Query(min_length=1, description="Item ID associated with the resource")
    ] = None,
    key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    name: Annotated[str | None, Query(min_length=1, description="Resource name")] = None,
    org: Annotated[str | None, Query(min_length=1, description="Platform organization")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key (alternative to key)")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Platform organization (alternative to org)")
    ] = None,
    resource_type: Annotated[
        str | None, Query(min_length=1, description="Type of resource")
    ] = None,
    user_id: Annotated[int | None, Query(description="User ID who owns the resource")] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username who owns the resource")
    ] = None,
    body: Annotated[models.CatalogResourcesCreateBody, Body()],
) -> models.Resource:
    return await api.catalog_resources_create(
        id=id,
        item_id=item_id,
        key=key,
        name=name,
        org=org,
        platform_key=platform_key,
        platform_org=platform_org,
        resource_type=resource_type,
        user_id=user_id,
        username=username,
        body=body,
    )


@router.delete(
    "/api/catalog/resources/",
    operation_id="catalog_resources_destroy",
    description="Remove a resource from the database.",
    status_code=200,
    response_model=models.ResourceDeleteResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_resources_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    id: Annotated[int, Query(description="Resource ID to delete")],
    item_id: Annotated[
        str | None, Query(min_length=1, description="Item ID associated with the resource")
    ] = None,
    key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    name: Annotated[str | None, Query(min_length=1, description="Resource name")] = None,
    org: Annotated[str | None, Query(min_length=1, description="Platform organization")] = None,
    platform_key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Platform organization (alternative to org)")
    ] = None,
    resource_type: Annotated[
        str | None, Query(min_length=1, description="Type of resource")
    ] = None,
    user_id: Annotated[int | None, Query(description="User ID who owns the resource")] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username who owns the resource")
    ] = None,
) -> models.ResourceDeleteResponse:
    return await api.catalog_resources_destroy(
        id=id,
        item_id=item_id,
        key=key,
        name=name,
        org=org,
        platform_key=platform_key,
        platform_org=platform_org,
        resource_type=resource_type,
        user_id=user_id,
        username=username,
    )


@router.get(
    "/api/catalog/reviews/course/",
    operation_id="catalog_reviews_course_retrieve",
    description="Retrieve a paginated list of course reviews with filtering options",
    status_code=200,
    response_model=models.CourseReviewPaginatedResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_reviews_course_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str | None, Query(min_length=1, description="Filter reviews by course ID")
    ] = None,
    org: Annotated[str | None, Query(min_length=1, description="Alias for platform_org")] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter reviews by platform key")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Filter reviews by platform organization")
    ] = None,
    sort: Annotated[
        str | None, Query(min_length=1, description="Field to sort results by (default: '-id')")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="Filter reviews by user ID")
    ] = None,
) -> models.CourseReviewPaginatedResponse:
    return await api.catalog_reviews_course_retrieve(
        course_id=course_id,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
    )


@router.get(
    "/api/catalog/reviews/course/info/",
    operation_id="catalog_reviews_course_info_retrieve",
    description="Retrieve aggregate review information for a course.",
    status_code=200,
    response_model=models.CourseReviewInfoResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_reviews_course_info_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str, Query(min_length=1, description="The course ID to get review information for")
    ],
) -> models.CourseReviewInfoResponse:
    return await api.catalog_reviews_course_info_retrieve(course_id=course_id)


@router.post(
    "/api/catalog/reviews/course/update/",
    operation_id="catalog_reviews_course_update_create",
    description="Create or update a course review",
    status_code=200,
    response_model=models.CourseReviewResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_reviews_course_update_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.CourseReviewRequest, Body()],
) -> models.CourseReviewResponse:
    return await api.catalog_reviews_course_update_create(body=body)


@router.delete(
    "/api/catalog/reviews/course/update/",
    operation_id="catalog_reviews_course_update_destroy",
    description="Delete a course review",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_reviews_course_update_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    course_id: Annotated[
        str, Query(min_length=1, description="The course ID of the review to delete")
    ],
    username: Annotated[str, Query(min_length=1, description="The username of the reviewer")],
    user_id: Annotated[
        int | None, Query(description="The user ID of the reviewer (alternative to username)")
    ] = None,
) -> Response:
    await api.catalog_reviews_course_update_destroy(
        course_id=course_id, username=username, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/reviews/program/",
    operation_id="catalog_reviews_program_retrieve",
    description="Retrieve a paginated list of program reviews with filtering options",
    status_code=200,
    response_model=models.ProgramReviewPaginatedResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_reviews_program_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    org: Annotated[str | None, Query(min_length=1, description="Alias for platform_org")] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter reviews by platform key")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Filter reviews by platform organization")
    ] = None,
    program_id: Annotated[
        str | None, Query(min_length=1, description="Filter reviews by program ID")
    ] = None,
    sort: Annotated[
        str | None, Query(min_length=1, description="Field to sort results by (default: '-id')")
    ] = None,
    user_id: Annotated[
        str | None, Query(min_length=1, description="Filter reviews by user ID")
    ] = None,
) -> models.ProgramReviewPaginatedResponse:
    return await api.catalog_reviews_program_retrieve(
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        program_id=program_id,
        sort=sort,
        user_id=user_id,
    )


@router.get(
    "/api/catalog/reviews/program/info/",
    operation_id="catalog_reviews_program_info_retrieve",
    description="Retrieve aggregate review information for a program.",
    status_code=200,
    response_model=models.ProgramReviewInfoResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_reviews_program_info_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    program_key: Annotated[
        str, Query(min_length=1, description="The program key to get review information for")
    ],
) -> models.ProgramReviewInfoResponse:
    return await api.catalog_reviews_program_info_retrieve(program_key=program_key)


@router.post(
    "/api/catalog/reviews/program/update/",
    operation_id="catalog_reviews_program_update_create",
    description="Create or update a program review",
    status_code=200,
    response_model=models.ProgramReview,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_reviews_program_update_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.ProgramReviewRequest, Body()],
) -> models.ProgramReview:
    return await api.catalog_reviews_program_update_create(body=body)


@router.delete(
    "/api/catalog/reviews/program/update/",
    operation_id="catalog_reviews_program_update_destroy",
    description="Delete a program review",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_reviews_program_update_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    program_key: Annotated[
        str, Query(min_length=1, description="The program key of the review to delete")
    ],
    username: Annotated[str, Query(min_length=1, description="The username of the reviewer")],
    user_id: Annotated[
        int | None, Query(description="The user ID of the reviewer (alternative to username)")
    ] = None,
) -> Response:
    await api.catalog_reviews_program_update_destroy(
        program_key=program_key, username=username, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/roles/",
    operation_id="catalog_roles_retrieve",
    description="Retrieve roles matching query parameters. Supports filtering by name, id, and slug.",
    status_code=200,
    response_model=models.Role,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_roles_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    id: Annotated[int | None, Query(description="Role ID")] = None,
    name: Annotated[str | None, Query(min_length=1, description="Role name")] = None,
    name__iexact: Annotated[
        str | None, Query(min_length=1, description="Exact match for role name (case insensitive)")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    slug: Annotated[str | None, Query(min_length=1, description="Role slug")] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.Role:
    return await api.catalog_roles_retrieve(
        id=id,
        name=name,
        name__iexact=name__iexact,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        slug=slug,
        sort=sort,
    )


@router.post(
    "/api/catalog/roles/",
    operation_id="catalog_roles_create",
    description="Add a new role or update an existing role based on provided data.",
    status_code=200,
    response_model=models.Role,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_roles_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    id: Annotated[int | None, Query(description="Role ID")] = None,
    name: Annotated[str | None, Query(min_length=1, description="Role name")] = None,
    name__iexact: Annotated[
        str | None, Query(min_length=1, description="Exact match for role name (case insensitive)")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    slug: Annotated[str | None, Query(min_length=1, description="Role slug")] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.RoleCreateUpdateRequest, Body()],
) -> models.Role:
    return await api.catalog_roles_create(
        id=id,
        name=name,
        name__iexact=name__iexact,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        slug=slug,
        sort=sort,
        body=body,
    )


@router.get(
    "/api/catalog/roles/desired/",
    operation_id="catalog_roles_desired_retrieve",
    description="Retrieve desired roles for a user.",
    status_code=200,
    response_model=models.DesiredRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_roles_desired_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[int | None, Query(description="User ID")] = None,
    username: Annotated[str | None, Query(min_length=1, description="Username")] = None,
) -> models.DesiredRole:
    return await api.catalog_roles_desired_retrieve(user_id=user_id, username=username)


@router.post(
    "/api/catalog/roles/desired/",
    operation_id="catalog_roles_desired_create",
    description="Add or update desired roles for a user.",
    status_code=200,
    response_model=models.DesiredRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_roles_desired_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[int | None, Query(description="User ID")] = None,
    username: Annotated[str | None, Query(min_length=1, description="Username")] = None,
    body: Annotated[models.DesiredRoleCreateUpdateRequest, Body()],
) -> models.DesiredRole:
    return await api.catalog_roles_desired_create(user_id=user_id, username=username, body=body)


@router.post(
    "/api/catalog/roles/public/",
    operation_id="catalog_roles_public_create",
    description="Add or update a role through the public API (when enabled).",
    status_code=200,
    response_model=models.Role,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_roles_public_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.RoleCreateUpdateRequest, Body()],
) -> models.Role:
    return await api.catalog_roles_public_create(body=body)


@router.get(
    "/api/catalog/roles/reported/",
    operation_id="catalog_roles_reported_retrieve",
    description="Retrieve reported roles for a user.",
    status_code=200,
    response_model=models.ReportedRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_roles_reported_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[int | None, Query(description="User ID")] = None,
    username: Annotated[str | None, Query(min_length=1, description="Username")] = None,
) -> models.ReportedRole:
    return await api.catalog_roles_reported_retrieve(user_id=user_id, username=username)


@router.post(
    "/api/catalog/roles/reported/",
    operation_id="catalog_roles_reported_create",
    description="Add or update reported roles for a user.",
    status_code=200,
    response_model=models.ReportedRole,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_roles_reported_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[int | None, Query(description="User ID")] = None,
    username: Annotated[str | None, Query(min_length=1, description="Username")] = None,
    body: Annotated[models.ReportedRoleCreateUpdateRequest, Body()],
) -> models.ReportedRole:
    return await api.catalog_roles_reported_create(user_id=user_id, username=username, body=body)


@router.post(
    "/api/catalog/search/programs/",
    operation_id="catalog_search_programs_create",
    description="POST Retrieve programs matching query.  Params: query: The search term used to filter programs. org: The organization to which the programs belong.  Returns: A JSON response containing a list of programs that match the search criteria.  Error Conditions: - If the request data is malformed or missing required fields, a 400 Bad Request may be returned. - If there is an issue with the database query, a 500 Internal Server Error may be returned.  Side Effects: - None  Special Return Codes: - A 200 status code indicates successful retrieval of programs matching the query.",
    status_code=200,
    response_model=models.ProgramSearch,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_search_programs_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    org: Annotated[
        str | None, Query(min_length=1, description="The organization to which the programs belong")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="The search term used to filter programs")
    ] = None,
    body: Annotated[models.ProgramSearchRequest, Body()],
) -> models.ProgramSearch:
    return await api.catalog_search_programs_create(org=org, query=query, body=body)


@router.get(
    "/api/catalog/skills/",
    operation_id="catalog_skills_retrieve",
    description="Retrieve skills matching query. Limited parameters.",
    status_code=200,
    response_model=models.PaginatedSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_skills_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    id: Annotated[int | None, Query(description="Skill ID")] = None,
    name: Annotated[str | None, Query(min_length=1, description="Skill name")] = None,
    name__iexact: Annotated[
        str | None, Query(min_length=1, description="Exact match for skill name (case insensitive)")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    slug: Annotated[str | None, Query(min_length=1, description="Skill slug")] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedSkill:
    return await api.catalog_skills_retrieve(
        id=id,
        name=name,
        name__iexact=name__iexact,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        slug=slug,
        sort=sort,
    )


@router.post(
    "/api/catalog/skills/",
    operation_id="catalog_skills_create",
    description="Add or update a skill.",
    status_code=200,
    response_model=models.PaginatedSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_skills_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    id: Annotated[int | None, Query(description="Skill ID")] = None,
    name: Annotated[str | None, Query(min_length=1, description="Skill name")] = None,
    name__iexact: Annotated[
        str | None, Query(min_length=1, description="Exact match for skill name (case insensitive)")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[str | None, Query(min_length=1, description="Platform key")] = None,
    slug: Annotated[str | None, Query(min_length=1, description="Skill slug")] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.PaginatedSkillRequest, Body()],
) -> models.PaginatedSkill:
    return await api.catalog_skills_create(
        id=id,
        name=name,
        name__iexact=name__iexact,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        slug=slug,
        sort=sort,
        body=body,
    )


@router.get(
    "/api/catalog/skills/desired/",
    operation_id="catalog_skills_desired_retrieve",
    description="Retrieve desired skills for a user.",
    status_code=200,
    response_model=models.DesiredSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_skills_desired_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[int | None, Query(description="User ID")] = None,
    username: Annotated[str | None, Query(min_length=1, description="Username")] = None,
) -> models.DesiredSkill:
    return await api.catalog_skills_desired_retrieve(user_id=user_id, username=username)


@router.post(
    "/api/catalog/skills/desired/",
    operation_id="catalog_skills_desired_create",
    description="Add or update desired skills for a user.",
    status_code=200,
    response_model=models.DesiredSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_skills_desired_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[int | None, Query(description="User ID")] = None,
    username: Annotated[str | None, Query(min_length=1, description="Username")] = None,
    body: Annotated[models.DesiredSkillCreateUpdateRequest, Body()],
) -> models.DesiredSkill:
    return await api.catalog_skills_desired_create(user_id=user_id, username=username, body=body)


@router.post(
    "/api/catalog/skills/public/",
    operation_id="catalog_skills_public_create",
    description="Add or update a skill.",
    status_code=200,
    response_model=models.Skill,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_skills_public_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.SkillCreateUpdateRequest, Body()],
) -> models.Skill:
    return await api.catalog_skills_public_create(body=body)


@router.get(
    "/api/catalog/skills/reported/",
    operation_id="catalog_skills_reported_retrieve",
    description="Retrieve reported skills for a user.",
    status_code=200,
    response_model=models.ReportedSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_skills_reported_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[int | None, Query(description="User ID")] = None,
    username: Annotated[str | None, Query(min_length=1, description="Username")] = None,
) -> models.ReportedSkill:
    return await api.catalog_skills_reported_retrieve(user_id=user_id, username=username)


@router.post(
    "/api/catalog/skills/reported/",
    operation_id="catalog_skills_reported_create",
    description="Add or update reported skills for a user.",
    status_code=200,
    response_model=models.ReportedSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_skills_reported_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user_id: Annotated[int | None, Query(description="User ID")] = None,
    username: Annotated[str | None, Query(min_length=1, description="Username")] = None,
    body: Annotated[models.ReportedSkillCreateUpdateRequest, Body()],
) -> models.ReportedSkill:
    return await api.catalog_skills_reported_create(user_id=user_id, username=username, body=body)


@router.get(
    "/api/catalog/suggestions/course/manage/",
    operation_id="catalog_suggestions_course_manage_retrieve",
    description='API View for managing course suggestions.  This endpoint allows administrators to view, create, update, and delete course suggestions for users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter suggestions     sort (str, optional): Field to sort results by (default: \'-id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of course suggestions for a platform     POST: Create or update a course suggestion     DELETE: Remove a course suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the suggestion     - course_id (str, required): The course ID to suggest     - user_id (str/int, required): The user to suggest the course to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion to delete  Returns:     GET: A paginated JSON response containing course suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/course/manage/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "course_id": "course-v1:org+course+run",                     "course_name": "Introduction to Programming"                 },                 ...             ]         }      POST: A JSON response containing the created/updated suggestion:         {             "id": 123,             "user_id": 456,             "username": "student1",             "name": "Student Name",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "course_id": "course-v1:org+course+run",             "course_name": "Introduction to Programming"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions for their platform     - Department admins can manage suggestions for their departments     - DM admins can manage all suggestions',
    status_code=200,
    response_model=models.PaginatedCourseSuggestion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_course_manage_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedCourseSuggestion:
    return await api.catalog_suggestions_course_manage_retrieve(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )


@router.post(
    "/api/catalog/suggestions/course/manage/",
    operation_id="catalog_suggestions_course_manage_create",
    description='API View for managing course suggestions.  This endpoint allows administrators to view, create, update, and delete course suggestions for users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter suggestions     sort (str, optional): Field to sort results by (default: \'-id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of course suggestions for a platform     POST: Create or update a course suggestion     DELETE: Remove a course suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the suggestion     - course_id (str, required): The course ID to suggest     - user_id (str/int, required): The user to suggest the course to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion to delete  Returns:     GET: A paginated JSON response containing course suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/course/manage/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "course_id": "course-v1:org+course+run",                     "course_name": "Introduction to Programming"                 },                 ...             ]         }      POST: A JSON response containing the created/updated suggestion:         {             "id": 123,             "user_id": 456,             "username": "student1",             "name": "Student Name",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "course_id": "course-v1:org+course+run",             "course_name": "Introduction to Programming"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions for their platform     - Department admins can manage suggestions for their departments     - DM admins can manage all suggestions',
    status_code=200,
    response_model=models.CourseSuggestionDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_course_manage_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.CourseSuggestionCreate, Body()],
) -> models.CourseSuggestionDetail:
    return await api.catalog_suggestions_course_manage_create(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/suggestions/course/manage/",
    operation_id="catalog_suggestions_course_manage_destroy",
    description="Delete single suggestion",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_suggestions_course_manage_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve suggestions for")
    ],
    suggestion_id: Annotated[int, Query(description="The ID of the suggestion to delete")],
    department_mode: Annotated[
        bool | None, Query(description="Flag to ensure department admins can call the API")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_suggestions_course_manage_destroy(
        platform_key=platform_key,
        suggestion_id=suggestion_id,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/suggestions/course/manage/bulk/",
    operation_id="catalog_suggestions_course_manage_bulk_create",
    description='API View for bulk management of course suggestions.  This endpoint allows administrators to create multiple course suggestions at once.  Methods:     POST: Create multiple course suggestions in bulk  Request Body:     A JSON object containing:     - platform_key (str, required): The platform for the suggestions     - suggestion_data (list, required): List of suggestion objects, each containing:       - course_id (str, required): The course ID to suggest       - user_id (str/int, required): The user to suggest the course to       - accepted (bool, optional): Whether the suggestion is accepted       - visible (bool, optional): Whether the suggestion is visible       - metadata (dict, optional): Additional suggestion metadata  Returns:     POST: A JSON response containing the operation results:         {             "successes": 15,             "error_codes": []         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage suggestions     500 Internal Server Error: If an unexpected error occurs during bulk creation  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can create suggestions for their platform     - Department admins can create suggestions for their departments     - DM admins can create suggestions for any platform',
    status_code=200,
    response_model=models.BulkSuggestionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_course_manage_bulk_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.CourseSuggestionBulkCreate, Body()],
) -> models.BulkSuggestionResponse:
    return await api.catalog_suggestions_course_manage_bulk_create(body=body)


@router.get(
    "/api/catalog/suggestions/course/manage/group/",
    operation_id="catalog_suggestions_course_manage_group_retrieve",
    description='API View for managing course group suggestions.  This endpoint allows administrators to view, create, and delete course suggestions for groups of users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve group suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter group suggestions     sort (str, optional): Field to sort results by (default: \'id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of course group suggestions for a platform     POST: Create or update a course group suggestion     DELETE: Remove a course group suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the group suggestion     - course_id (str, required): The course ID to suggest     - group_id (str/int, required): The group to suggest the course to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated JSON response containing course group suggestions:         {             "count": 5,             "next": "https://example.com/api/catalog/suggestions/course/group/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "group_id": 789,                     "group_name": "Engineering Team",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "course_id": "course-v1:org+course+run",                     "course_name": "Introduction to Programming",                     "user_count": 25                 },                 ...             ]         }      POST: A JSON response containing the created/updated group suggestion:         {             "id": 123,             "group_id": 789,             "group_name": "Engineering Team",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "course_id": "course-v1:org+course+run",             "course_name": "Introduction to Programming",             "user_count": 25         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if group suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage group suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group suggestions for their platform     - Department admins can manage group suggestions for their departments     - DM admins can manage all group suggestions',
    status_code=200,
    response_model=models.PaginatedCourseGroupSuggestion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_course_manage_group_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve group suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter group suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedCourseGroupSuggestion:
    return await api.catalog_suggestions_course_manage_group_retrieve(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )


@router.post(
    "/api/catalog/suggestions/course/manage/group/",
    operation_id="catalog_suggestions_course_manage_group_create",
    description='API View for managing course group suggestions.  This endpoint allows administrators to view, create, and delete course suggestions for groups of users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve group suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter group suggestions     sort (str, optional): Field to sort results by (default: \'id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of course group suggestions for a platform     POST: Create or update a course group suggestion     DELETE: Remove a course group suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the group suggestion     - course_id (str, required): The course ID to suggest     - group_id (str/int, required): The group to suggest the course to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated JSON response containing course group suggestions:         {             "count": 5,             "next": "https://example.com/api/catalog/suggestions/course/group/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "group_id": 789,                     "group_name": "Engineering Team",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "course_id": "course-v1:org+course+run",                     "course_name": "Introduction to Programming",                     "user_count": 25                 },                 ...             ]         }      POST: A JSON response containing the created/updated group suggestion:         {             "id": 123,             "group_id": 789,             "group_name": "Engineering Team",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "course_id": "course-v1:org+course+run",             "course_name": "Introduction to Programming",             "user_count": 25         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if group suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage group suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group suggestions for their platform     - Department admins can manage group suggestions for their departments     - DM admins can manage all group suggestions',
    status_code=200,
    response_model=models.CourseGroupSuggestionDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_course_manage_group_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve group suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter group suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.CourseGroupSuggestionCreate, Body()],
) -> models.CourseGroupSuggestionDetail:
    return await api.catalog_suggestions_course_manage_group_create(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/suggestions/course/manage/group/",
    operation_id="catalog_suggestions_course_manage_group_destroy",
    description='API View for managing course group suggestions.  This endpoint allows administrators to view, create, and delete course suggestions for groups of users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve group suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter group suggestions     sort (str, optional): Field to sort results by (default: \'id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of course group suggestions for a platform     POST: Create or update a course group suggestion     DELETE: Remove a course group suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the group suggestion     - course_id (str, required): The course ID to suggest     - group_id (str/int, required): The group to suggest the course to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated JSON response containing course group suggestions:         {             "count": 5,             "next": "https://example.com/api/catalog/suggestions/course/group/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "group_id": 789,                     "group_name": "Engineering Team",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "course_id": "course-v1:org+course+run",                     "course_name": "Introduction to Programming",                     "user_count": 25                 },                 ...             ]         }      POST: A JSON response containing the created/updated group suggestion:         {             "id": 123,             "group_id": 789,             "group_name": "Engineering Team",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "course_id": "course-v1:org+course+run",             "course_name": "Introduction to Programming",             "user_count": 25         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if group suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage group suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group suggestions for their platform     - Department admins can manage group suggestions for their departments     - DM admins can manage all group suggestions',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_suggestions_course_manage_group_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve group suggestions for")
    ],
    suggestion_id: Annotated[int, Query(description="The ID of the group suggestion to delete")],
    department_mode: Annotated[
        bool | None, Query(description="Flag to ensure department admins can call the API")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter group suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_suggestions_course_manage_group_destroy(
        platform_key=platform_key,
        suggestion_id=suggestion_id,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/suggestions/course/user/",
    operation_id="catalog_suggestions_course_user_retrieve",
    description='API View for retrieving course suggestions for a specific user.  This endpoint allows users to view course suggestions that have been made for them, with support for filtering by platform and pagination.  Query Parameters:     user (str, required): Username or user ID to retrieve suggestions for     platform_key (str, optional): Filter suggestions by platform key     platform_org (str, optional): Filter suggestions by platform organization     sort (str, optional): Field to sort results by (default: \'-id\')     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of course suggestions for a user  Returns:     GET: A paginated JSON response containing course suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/course/user/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "course_id": "course-v1:org+course+run",                     "course_name": "Introduction to Programming"                 },                 ...             ]         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission     - Users can view their own suggestions     - Platform admins can view suggestions for users in their platform (read-only)     - DM admins can view all suggestions',
    status_code=200,
    response_model=models.PaginatedCourseSuggestion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_course_user_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    user: Annotated[
        str, Query(min_length=1, description="Username or user ID to retrieve suggestions for")
    ],
    email: Annotated[
        str | None, Query(min_length=1, description="Email to retrieve suggestions for")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter suggestions by platform key")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Filter suggestions by platform organization")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    user_id: Annotated[int | None, Query(description="User ID to retrieve suggestions for")] = None,
) -> models.PaginatedCourseSuggestion:
    return await api.catalog_suggestions_course_user_retrieve(
        user=user,
        email=email,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
    )


@router.get(
    "/api/catalog/suggestions/pathway/manage/",
    operation_id="catalog_suggestions_pathway_manage_retrieve",
    description='API View for managing pathway suggestions.  This endpoint allows administrators to view, create, update, and delete pathway suggestions for users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter suggestions     sort (str, optional): Field to sort results by (default: \'-id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of pathway suggestions for a platform     POST: Create or update a pathway suggestion     DELETE: Remove a pathway suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the suggestion     - pathway_id (str, required): The pathway ID to suggest     - user_id (str/int, required): The user to suggest the pathway to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion to delete  Returns:     GET: A paginated JSON response containing pathway suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/pathway/manage/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "pathway_id": "pathway-v1:org+pathway+run",                     "pathway_uuid": "12345678-1234-5678-1234-567812345678",                     "pathway_name": "Data Science Pathway",                     "pathway_platform_key": "platform1"                 },                 ...             ]         }      POST: A JSON response containing the created/updated suggestion:         {             "id": 123,             "user_id": 456,             "username": "student1",             "name": "Student Name",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "pathway_id": "pathway-v1:org+pathway+run",             "pathway_uuid": "12345678-1234-5678-1234-567812345678",             "pathway_name": "Data Science Pathway",             "pathway_platform_key": "platform1"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions for their platform     - Department admins can manage suggestions for their departments     - DM admins can manage all suggestions',
    status_code=200,
    response_model=models.PaginatedPathwaySuggestion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_pathway_manage_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedPathwaySuggestion:
    return await api.catalog_suggestions_pathway_manage_retrieve(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )


@router.post(
    "/api/catalog/suggestions/pathway/manage/",
    operation_id="catalog_suggestions_pathway_manage_create",
    description='API View for managing pathway suggestions.  This endpoint allows administrators to view, create, update, and delete pathway suggestions for users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter suggestions     sort (str, optional): Field to sort results by (default: \'-id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of pathway suggestions for a platform     POST: Create or update a pathway suggestion     DELETE: Remove a pathway suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the suggestion     - pathway_id (str, required): The pathway ID to suggest     - user_id (str/int, required): The user to suggest the pathway to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion to delete  Returns:     GET: A paginated JSON response containing pathway suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/pathway/manage/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "pathway_id": "pathway-v1:org+pathway+run",                     "pathway_uuid": "12345678-1234-5678-1234-567812345678",                     "pathway_name": "Data Science Pathway",                     "pathway_platform_key": "platform1"                 },                 ...             ]         }      POST: A JSON response containing the created/updated suggestion:         {             "id": 123,             "user_id": 456,             "username": "student1",             "name": "Student Name",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "pathway_id": "pathway-v1:org+pathway+run",             "pathway_uuid": "12345678-1234-5678-1234-567812345678",             "pathway_name": "Data Science Pathway",             "pathway_platform_key": "platform1"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions for their platform     - Department admins can manage suggestions for their departments     - DM admins can manage all suggestions',
    status_code=200,
    response_model=models.PathwaySuggestionDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_pathway_manage_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.PathwaySuggestionCreate, Body()],
) -> models.PathwaySuggestionDetail:
    return await api.catalog_suggestions_pathway_manage_create(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/suggestions/pathway/manage/",
    operation_id="catalog_suggestions_pathway_manage_destroy",
    description="Delete single suggestion",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_suggestions_pathway_manage_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve suggestions for")
    ],
    suggestion_id: Annotated[int, Query(description="The ID of the suggestion to delete")],
    department_mode: Annotated[
        bool | None, Query(description="Flag to ensure department admins can call the API")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_suggestions_pathway_manage_destroy(
        platform_key=platform_key,
        suggestion_id=suggestion_id,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/suggestions/pathway/manage/bulk/",
    operation_id="catalog_suggestions_pathway_manage_bulk_create",
    description='API View for bulk creation of pathway suggestions.  This endpoint allows administrators to create multiple pathway suggestions at once.  Methods:     POST: Create multiple pathway suggestions in a single request  Request Body:     A JSON object containing:     - platform_key (str, required): The platform for the suggestions     - suggestion_data (list, required): List of suggestion objects, each containing:       - pathway_id (str, required): The pathway ID to suggest       - user_id (str/int, required): The user to suggest the pathway to       - accepted (bool, optional): Whether the suggestion is accepted       - visible (bool, optional): Whether the suggestion is visible       - metadata (dict, optional): Additional suggestion metadata  Returns:     POST: A JSON response containing the operation results:         {             "successes": 15,             "error_codes": []         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage suggestions     500 Internal Server Error: If an unexpected error occurs during bulk creation  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can create suggestions for their platform     - Department admins can create suggestions for their departments     - DM admins can create suggestions for any platform',
    status_code=200,
    response_model=models.BulkSuggestionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_pathway_manage_bulk_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.PathwaySuggestionBulkCreate, Body()],
) -> models.BulkSuggestionResponse:
    return await api.catalog_suggestions_pathway_manage_bulk_create(body=body)


@router.get(
    "/api/catalog/suggestions/pathway/manage/group/",
    operation_id="catalog_suggestions_pathway_manage_group_retrieve",
    description='API View for managing pathway group suggestions.  This endpoint allows administrators to view, create, and delete pathway suggestions for groups of users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve group suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter group suggestions     sort (str, optional): Field to sort results by (default: \'id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of pathway group suggestions for a platform     POST: Create or update a pathway group suggestion     DELETE: Remove a pathway group suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the group suggestion     - pathway_id (str, required): The pathway ID to suggest     - group_id (str/int, required): The group to suggest the pathway to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated JSON response containing pathway group suggestions:         {             "count": 5,             "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "group_id": 789,                     "group_name": "Engineering Team",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "pathway_id": "pathway-v1:org+pathway+run",                     "pathway_uuid": "12345678-1234-5678-1234-567812345678",                     "pathway_name": "Data Science Pathway",                     "pathway_platform_key": "platform1",                     "user_count": 25                 },                 ...             ]         }      POST: A JSON response containing the created/updated group suggestion:         {             "id": 123,             "group_id": 789,             "group_name": "Engineering Team",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "pathway_id": "pathway-v1:org+pathway+run",             "pathway_uuid": "12345678-1234-5678-1234-567812345678",             "pathway_name": "Data Science Pathway",             "pathway_platform_key": "platform1",             "user_count": 25         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if group suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage group suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group suggestions for their platform     - Department admins can manage group suggestions for their departments     - DM admins can manage all group suggestions',
    status_code=200,
    response_model=models.PaginatedPathwayGroupSuggestion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_pathway_manage_group_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve group suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter group suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedPathwayGroupSuggestion:
    return await api.catalog_suggestions_pathway_manage_group_retrieve(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )


@router.post(
    "/api/catalog/suggestions/pathway/manage/group/",
    operation_id="catalog_suggestions_pathway_manage_group_create",
    description='API View for managing pathway group suggestions.  This endpoint allows administrators to view, create, and delete pathway suggestions for groups of users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve group suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter group suggestions     sort (str, optional): Field to sort results by (default: \'id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of pathway group suggestions for a platform     POST: Create or update a pathway group suggestion     DELETE: Remove a pathway group suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the group suggestion     - pathway_id (str, required): The pathway ID to suggest     - group_id (str/int, required): The group to suggest the pathway to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated JSON response containing pathway group suggestions:         {             "count": 5,             "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "group_id": 789,                     "group_name": "Engineering Team",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "pathway_id": "pathway-v1:org+pathway+run",                     "pathway_uuid": "12345678-1234-5678-1234-567812345678",                     "pathway_name": "Data Science Pathway",                     "pathway_platform_key": "platform1",                     "user_count": 25                 },                 ...             ]         }      POST: A JSON response containing the created/updated group suggestion:         {             "id": 123,             "group_id": 789,             "group_name": "Engineering Team",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "pathway_id": "pathway-v1:org+pathway+run",             "pathway_uuid": "12345678-1234-5678-1234-567812345678",             "pathway_name": "Data Science Pathway",             "pathway_platform_key": "platform1",             "user_count": 25         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if group suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage group suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group suggestions for their platform     - Department admins can manage group suggestions for their departments     - DM admins can manage all group suggestions',
    status_code=200,
    response_model=models.PathwayGroupSuggestionDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_pathway_manage_group_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve group suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter group suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.PathwayGroupSuggestionCreate, Body()],
) -> models.PathwayGroupSuggestionDetail:
    return await api.catalog_suggestions_pathway_manage_group_create(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/suggestions/pathway/manage/group/",
    operation_id="catalog_suggestions_pathway_manage_group_destroy",
    description='API View for managing pathway group suggestions.  This endpoint allows administrators to view, create, and delete pathway suggestions for groups of users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve group suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter group suggestions     sort (str, optional): Field to sort results by (default: \'id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of pathway group suggestions for a platform     POST: Create or update a pathway group suggestion     DELETE: Remove a pathway group suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the group suggestion     - pathway_id (str, required): The pathway ID to suggest     - group_id (str/int, required): The group to suggest the pathway to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated JSON response containing pathway group suggestions:         {             "count": 5,             "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "group_id": 789,                     "group_name": "Engineering Team",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "pathway_id": "pathway-v1:org+pathway+run",                     "pathway_uuid": "12345678-1234-5678-1234-567812345678",                     "pathway_name": "Data Science Pathway",                     "pathway_platform_key": "platform1",                     "user_count": 25                 },                 ...             ]         }      POST: A JSON response containing the created/updated group suggestion:         {             "id": 123,             "group_id": 789,             "group_name": "Engineering Team",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "pathway_id": "pathway-v1:org+pathway+run",             "pathway_uuid": "12345678-1234-5678-1234-567812345678",             "pathway_name": "Data Science Pathway",             "pathway_platform_key": "platform1",             "user_count": 25         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if group suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage group suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group suggestions for their platform     - Department admins can manage group suggestions for their departments     - DM admins can manage all group suggestions',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_suggestions_pathway_manage_group_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve group suggestions for")
    ],
    suggestion_id: Annotated[int, Query(description="The ID of the group suggestion to delete")],
    department_mode: Annotated[
        bool | None, Query(description="Flag to ensure department admins can call the API")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter group suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_suggestions_pathway_manage_group_destroy(
        platform_key=platform_key,
        suggestion_id=suggestion_id,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/suggestions/pathway/user/",
    operation_id="catalog_suggestions_pathway_user_retrieve",
    description='API View for retrieving pathway suggestions for a specific user.  This endpoint allows users to view pathway suggestions that have been made for them, with support for filtering by platform and pagination.  Query Parameters:     user (str, required): Username or user ID to retrieve suggestions for     platform_key (str, optional): Filter suggestions by platform key     platform_org (str, optional): Filter suggestions by platform organization     sort (str, optional): Field to sort results by (default: \'-id\')     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of pathway suggestions for a user  Returns:     GET: A paginated JSON response containing pathway suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/pathway/user/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "pathway_id": "pathway-v1:org+pathway+run",                     "pathway_uuid": "12345678-1234-5678-1234-567812345678",                     "pathway_name": "Data Science Pathway",                     "pathway_platform_key": "platform1"                 },                 ...             ]         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission     - Users can view their own suggestions     - Platform admins can view suggestions for users in their platform (read-only)     - DM admins can view all suggestions',
    status_code=200,
    response_model=models.PaginatedPathwaySuggestion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_pathway_user_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    username: Annotated[
        str, Query(min_length=1, description="Username or user ID to retrieve suggestions for")
    ],
    email: Annotated[
        str | None, Query(min_length=1, description="Email to retrieve suggestions for")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter suggestions by platform key")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Filter suggestions by platform organization")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    user_id: Annotated[int | None, Query(description="User ID to retrieve suggestions for")] = None,
) -> models.PaginatedPathwaySuggestion:
    return await api.catalog_suggestions_pathway_user_retrieve(
        username=username,
        email=email,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
    )


@router.get(
    "/api/catalog/suggestions/program/manage/",
    operation_id="catalog_suggestions_program_manage_retrieve",
    description='API View for managing program suggestions.  This endpoint allows administrators to view, create, update, and delete program suggestions for users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter suggestions     sort (str, optional): Field to sort results by (default: \'-id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of program suggestions for a platform     POST: Create or update a program suggestion     DELETE: Remove a program suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the suggestion     - program_key (str, required): The program key to suggest     - user_id (str/int, required): The user to suggest the program to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion to delete  Returns:     GET: A paginated JSON response containing program suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "program_key": "program-v1:org+program+run",                     "program_name": "Data Science Program"                 },                 ...             ]         }      POST: A JSON response containing the created/updated suggestion:         {             "id": 123,             "user_id": 456,             "username": "student1",             "name": "Student Name",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "program_key": "program-v1:org+program+run",             "program_name": "Data Science Program"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions for their platform     - Department admins can manage suggestions for their departments     - DM admins can manage all suggestions',
    status_code=200,
    response_model=models.PaginatedProgramSuggestion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_program_manage_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedProgramSuggestion:
    return await api.catalog_suggestions_program_manage_retrieve(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )


@router.post(
    "/api/catalog/suggestions/program/manage/",
    operation_id="catalog_suggestions_program_manage_create",
    description='API View for managing program suggestions.  This endpoint allows administrators to view, create, update, and delete program suggestions for users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter suggestions     sort (str, optional): Field to sort results by (default: \'-id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of program suggestions for a platform     POST: Create or update a program suggestion     DELETE: Remove a program suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the suggestion     - program_key (str, required): The program key to suggest     - user_id (str/int, required): The user to suggest the program to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion to delete  Returns:     GET: A paginated JSON response containing program suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "program_key": "program-v1:org+program+run",                     "program_name": "Data Science Program"                 },                 ...             ]         }      POST: A JSON response containing the created/updated suggestion:         {             "id": 123,             "user_id": 456,             "username": "student1",             "name": "Student Name",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "program_key": "program-v1:org+program+run",             "program_name": "Data Science Program"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions for their platform     - Department admins can manage suggestions for their departments     - DM admins can manage all suggestions',
    status_code=200,
    response_model=models.ProgramSuggestionDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_program_manage_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.ProgramSuggestionCreate, Body()],
) -> models.ProgramSuggestionDetail:
    return await api.catalog_suggestions_program_manage_create(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/suggestions/program/manage/",
    operation_id="catalog_suggestions_program_manage_destroy",
    description='API View for managing program suggestions.  This endpoint allows administrators to view, create, update, and delete program suggestions for users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter suggestions     sort (str, optional): Field to sort results by (default: \'-id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of program suggestions for a platform     POST: Create or update a program suggestion     DELETE: Remove a program suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the suggestion     - program_key (str, required): The program key to suggest     - user_id (str/int, required): The user to suggest the program to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion to delete  Returns:     GET: A paginated JSON response containing program suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/program/manage/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "program_key": "program-v1:org+program+run",                     "program_name": "Data Science Program"                 },                 ...             ]         }      POST: A JSON response containing the created/updated suggestion:         {             "id": 123,             "user_id": 456,             "username": "student1",             "name": "Student Name",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "program_key": "program-v1:org+program+run",             "program_name": "Data Science Program"         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions for their platform     - Department admins can manage suggestions for their departments     - DM admins can manage all suggestions',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_suggestions_program_manage_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    suggestion_id: Annotated[int, Query(description="The ID of the suggestion to delete")],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="The platform to delete the suggestion from")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_suggestions_program_manage_destroy(
        suggestion_id=suggestion_id,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )
    return Response(status_code=200)


@router.post(
    "/api/catalog/suggestions/program/manage/bulk/",
    operation_id="catalog_suggestions_program_manage_bulk_create",
    description='API View for bulk creation of program suggestions.  This endpoint allows administrators to create multiple program suggestions at once.  Methods:     POST: Create multiple program suggestions in bulk  Request Body:     A JSON object containing:     - platform_key (str, required): The platform for the suggestions     - suggestion_data (array, required): Array of suggestion objects with:       - program_key (str, required): The program key to suggest       - user_id (str/int, required): The user to suggest the program to       - accepted (bool, optional): Whether the suggestion is accepted       - visible (bool, optional): Whether the suggestion is visible       - metadata (dict, optional): Additional suggestion metadata  Returns:     POST: A JSON response containing the results of the bulk operation:         {             "successes": 15,             "error_codes": []         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to create suggestions     500 Internal Server Error: If an unexpected error occurs during bulk creation  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can create suggestions for their platform     - Department admins can create suggestions for their departments     - DM admins can create suggestions for all platforms',
    status_code=200,
    response_model=models.BulkSuggestionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_program_manage_bulk_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    body: Annotated[models.ProgramSuggestionBulkCreate, Body()],
) -> models.BulkSuggestionResponse:
    return await api.catalog_suggestions_program_manage_bulk_create(body=body)


@router.get(
    "/api/catalog/suggestions/program/manage/group/",
    operation_id="catalog_suggestions_program_manage_group_retrieve",
    description='API View for managing program group suggestions.  This endpoint allows administrators to view, create, and delete program suggestions for groups of users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve group suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter group suggestions     sort (str, optional): Field to sort results by (default: \'id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of program group suggestions for a platform     POST: Create or update a program group suggestion     DELETE: Remove a program group suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the group suggestion     - program_key (str, required): The program key to suggest     - group_id (str/int, required): The group to suggest the program to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated JSON response containing program group suggestions:         {             "count": 5,             "next": "https://example.com/api/catalog/suggestions/program/group/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "group_id": 789,                     "group_name": "Engineering Team",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "program_key": "program-v1:org+program+run",                     "program_name": "Data Science Program",                     "user_count": 25                 },                 ...             ]         }      POST: A JSON response containing the created/updated group suggestion:         {             "id": 123,             "group_id": 789,             "group_name": "Engineering Team",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "program_key": "program-v1:org+program+run",             "program_name": "Data Science Program",             "user_count": 25         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if group suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage group suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group suggestions for their platform     - Department admins can manage group suggestions for their departments     - DM admins can manage all group suggestions',
    status_code=200,
    response_model=models.PaginatedProgramGroupSuggestion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_program_manage_group_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve group suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter group suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> models.PaginatedProgramGroupSuggestion:
    return await api.catalog_suggestions_program_manage_group_retrieve(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )


@router.post(
    "/api/catalog/suggestions/program/manage/group/",
    operation_id="catalog_suggestions_program_manage_group_create",
    description='API View for managing program group suggestions.  This endpoint allows administrators to view, create, and delete program suggestions for groups of users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve group suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter group suggestions     sort (str, optional): Field to sort results by (default: \'id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of program group suggestions for a platform     POST: Create or update a program group suggestion     DELETE: Remove a program group suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the group suggestion     - program_key (str, required): The program key to suggest     - group_id (str/int, required): The group to suggest the program to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated JSON response containing program group suggestions:         {             "count": 5,             "next": "https://example.com/api/catalog/suggestions/program/group/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "group_id": 789,                     "group_name": "Engineering Team",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "program_key": "program-v1:org+program+run",                     "program_name": "Data Science Program",                     "user_count": 25                 },                 ...             ]         }      POST: A JSON response containing the created/updated group suggestion:         {             "id": 123,             "group_id": 789,             "group_name": "Engineering Team",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "program_key": "program-v1:org+program+run",             "program_name": "Data Science Program",             "user_count": 25         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if group suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage group suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group suggestions for their platform     - Department admins can manage group suggestions for their departments     - DM admins can manage all group suggestions',
    status_code=200,
    response_model=models.ProgramGroupSuggestionDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_program_manage_group_create(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve group suggestions for")
    ],
    department_mode: Annotated[
        bool | None, Query(description="Filter suggestions by department admin access")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter group suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    body: Annotated[models.ProgramGroupSuggestionCreate, Body()],
) -> models.ProgramGroupSuggestionDetail:
    return await api.catalog_suggestions_program_manage_group_create(
        platform_key=platform_key,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
        body=body,
    )


@router.delete(
    "/api/catalog/suggestions/program/manage/group/",
    operation_id="catalog_suggestions_program_manage_group_destroy",
    description='API View for managing program group suggestions.  This endpoint allows administrators to view, create, and delete program suggestions for groups of users within a platform.  Query Parameters (GET):     platform_key (str, required): The platform to retrieve group suggestions for     platform_org (str, optional): The organization identifier for the platform     query (str, optional): Search term to filter group suggestions     sort (str, optional): Field to sort results by (default: \'id\')     department_mode (bool, optional): Filter suggestions by department admin access     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of program group suggestions for a platform     POST: Create or update a program group suggestion     DELETE: Remove a program group suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str, required): The platform for the group suggestion     - program_key (str, required): The program key to suggest     - group_id (str/int, required): The group to suggest the program to     - accepted (bool, optional): Whether the suggestion is accepted     - visible (bool, optional): Whether the suggestion is visible     - metadata (dict, optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated JSON response containing program group suggestions:         {             "count": 5,             "next": "https://example.com/api/catalog/suggestions/program/group/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "group_id": 789,                     "group_name": "Engineering Team",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "program_key": "program-v1:org+program+run",                     "program_name": "Data Science Program",                     "user_count": 25                 },                 ...             ]         }      POST: A JSON response containing the created/updated group suggestion:         {             "id": 123,             "group_id": 789,             "group_name": "Engineering Team",             "platform_key": "platform1",             "accepted": false,             "visible": true,             "created": "2023-06-15T14:30:00Z",             "modified": "2023-06-15T14:30:00Z",             "metadata": {},             "program_key": "program-v1:org+program+run",             "program_name": "Data Science Program",             "user_count": 25         }      DELETE: A success response with status 200  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if group suggestion operations fail     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to manage group suggestions     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group suggestions for their platform     - Department admins can manage group suggestions for their departments     - DM admins can manage all group suggestions',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def catalog_suggestions_program_manage_group_destroy(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="The platform to retrieve group suggestions for")
    ],
    suggestion_id: Annotated[int, Query(description="The ID of the group suggestion to delete")],
    department_mode: Annotated[
        bool | None, Query(description="Flag to ensure department admins can call the API")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="The organization identifier for the platform")
    ] = None,
    query: Annotated[
        str | None, Query(min_length=1, description="Search term to filter group suggestions")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
) -> Response:
    await api.catalog_suggestions_program_manage_group_destroy(
        platform_key=platform_key,
        suggestion_id=suggestion_id,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_org=platform_org,
        query=query,
        sort=sort,
    )
    return Response(status_code=200)


@router.get(
    "/api/catalog/suggestions/program/user/",
    operation_id="catalog_suggestions_program_user_retrieve",
    description='API View for retrieving program suggestions for a specific user.  This endpoint allows users to view program suggestions that have been made for them, with support for filtering by platform and pagination.  Query Parameters:     user (str, required): Username or user ID to retrieve suggestions for     platform_key (str, optional): Filter suggestions by platform key     platform_org (str, optional): Filter suggestions by platform organization     sort (str, optional): Field to sort results by (default: \'-id\')     page (int, optional): Page number for pagination     page_size (int, optional): Number of items per page  Methods:     GET: Retrieve a paginated list of program suggestions for a user  Returns:     GET: A paginated JSON response containing program suggestions:         {             "count": 10,             "next": "https://example.com/api/catalog/suggestions/program/user/?page=2",             "previous": null,             "results": [                 {                     "id": 123,                     "user_id": 456,                     "username": "student1",                     "name": "Student Name",                     "platform_key": "platform1",                     "accepted": false,                     "visible": true,                     "created": "2023-06-15T14:30:00Z",                     "modified": "2023-06-15T14:30:00Z",                     "metadata": {},                     "program_key": "program-v1:org+program+run",                     "program_name": "Data Science Program"                 },                 ...             ]         }  Error Responses:     400 Bad Request: If required parameters are missing or invalid, or if suggestion retrieval fails     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not have permission to access this resource     500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or IsEdxUserReadOnly permission     - Users can view their own suggestions     - Platform admins can view suggestions for users in their platform (read-only)     - DM admins can view all suggestions',
    status_code=200,
    response_model=models.PaginatedProgramSuggestion,
    response_model_exclude_unset=True,
    response_description="",
)
async def catalog_suggestions_program_user_retrieve(
    *,
    api: Annotated[CatalogApi, Security(secured_catalog_api)],
    username: Annotated[
        str, Query(min_length=1, description="Username or user ID to retrieve suggestions for")
    ],
    email: Annotated[
        str | None, Query(min_length=1, description="Email to retrieve suggestions for")
    ] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of items per page")] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Filter suggestions by platform key")
    ] = None,
    platform_org: Annotated[
        str | None, Query(min_length=1, description="Filter suggestions by platform organization")
    ] = None,
    sort: Annotated[str | None, Query(min_length=1, description="Field to sort results by")] = None,
    user_id: Annotated[int | None, Query(description="User ID to retrieve suggestions for")] = None,
) -> models.PaginatedProgramSuggestion:
    return await api.catalog_suggestions_program_user_retrieve(
        username=username,
        email=email,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
    )
