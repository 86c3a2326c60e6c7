"""Routes for the operations tagged `ai-analytics`: each calls `AiAnalyticsApi`."""

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AiAnalyticsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-analytics"])


async def ai_analytics_api(request: Request) -> AiAnalyticsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiAnalyticsApi):
        return implementation
    return AiAnalyticsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_analytics_api = ApiKeyGuard(ai_analytics_api)


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/active-users/over-time",
    operation_id="ai_analytics_audience_orgs_active_users_over_time_retrieve",
    description="Get active user counts over time.  This endpoint provides daily counts of active users (users with known activity) over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily active user counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.  An active user is defined as a user with any activity within the past 30 days.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_active_users_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.ai_analytics_audience_orgs_active_users_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/active-users/per-course",
    operation_id="ai_analytics_audience_orgs_active_users_per_course_retrieve",
    description="Get active user counts on a per-course basis.  This endpoint provides counts of active users for each course within the specified date range.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)  Returns:     A list of courses with their active user counts.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.ActiveUsersPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_active_users_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.ActiveUsersPerCourse:
    return await api.ai_analytics_audience_orgs_active_users_per_course_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/active-users/users",
    operation_id="ai_analytics_audience_orgs_active_users_users_retrieve",
    description="Get a list of active users with activity metrics.  This endpoint provides a paginated list of users who have had activity within the specified date range.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)     course_id (str, optional): Filter by course ID     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of active users with their activity metrics.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.ActiveUsersList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_active_users_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.ActiveUsersList:
    return await api.ai_analytics_audience_orgs_active_users_users_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/enrollments/courses/{course_id}/over-time",
    operation_id="ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve",
    description="Get enrollment or unenrollment counts over time.  This endpoint provides daily counts of new enrollments or unenrollments over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     active (bool): Get enrollments when true, unenrollments when false  Returns:     Daily counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    return await api.ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve(
        course_id=course_id,
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/enrollments/courses/{course_id}/users",
    operation_id="ai_analytics_audience_orgs_enrollments_courses_users_retrieve",
    description="List users enrolled in a specific course.  This endpoint provides a list of users who are enrolled or unenrolled in a specified course.  Query Parameters:     course_id (str): The course ID to get enrollments for     active (bool): Filter for active enrollments when true, inactive when false     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of users with:     - Username     - Full name     - Email     - Enrollment timestamp",
    status_code=200,
    response_model=models.EnrollmentsPerUser,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_enrollments_courses_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.EnrollmentsPerUser:
    return await api.ai_analytics_audience_orgs_enrollments_courses_users_retrieve(
        course_id=course_id,
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/enrollments/over-time",
    operation_id="ai_analytics_audience_orgs_enrollments_over_time_retrieve",
    description="Get enrollment or unenrollment counts over time.  This endpoint provides daily counts of new enrollments or unenrollments over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     active (bool): Get enrollments when true, unenrollments when false  Returns:     Daily counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_enrollments_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    return await api.ai_analytics_audience_orgs_enrollments_over_time_retrieve(
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/enrollments/per-course",
    operation_id="ai_analytics_audience_orgs_enrollments_per_course_retrieve",
    description="List enrollment statistics on a per-course basis.  This endpoint provides enrollment counts for all courses, with options to filter for active or inactive enrollments and to include time-based data.  Query Parameters:     active (bool): Filter for active enrollments when true, inactive when false     start_date (str, optional): Start date for time-based filtering (ISO format)     end_date (str, optional): End date for time-based filtering (ISO format)     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with their enrollment counts and percentages.",
    status_code=200,
    response_model=models.Enrollments,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_enrollments_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.Enrollments:
    return await api.ai_analytics_audience_orgs_enrollments_per_course_retrieve(
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/registered-users/",
    operation_id="ai_analytics_audience_orgs_registered_users_retrieve",
    description="List all learners on the platform with aggregated metrics.  This endpoint returns a paginated list of all learners with key metrics including: - Enrollment counts - Completion counts - Time spent on platform  Query Parameters:     page (int): Page number for pagination     length (int): Number of items per page     search (str): Filter learners by username, email, or name  Returns:     A paginated list of learners with their associated metrics.",
    status_code=200,
    response_model=models.PerlearnerUserList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_registered_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    search: Annotated[
        str | None, Query(min_length=1, description="Search string for learner")
    ] = None,
) -> models.PerlearnerUserList:
    return await api.ai_analytics_audience_orgs_registered_users_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        search=search,
    )


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/registered-users/over-time",
    operation_id="ai_analytics_audience_orgs_registered_users_over_time_retrieve",
    description="Get registered user counts over time.  This endpoint provides daily counts of new user registrations over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily registration counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_registered_users_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.ai_analytics_audience_orgs_registered_users_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/audience/orgs/{org}/registered-users/per-course",
    operation_id="ai_analytics_audience_orgs_registered_users_per_course_retrieve",
    description="List enrollment statistics on a per-course basis.  This endpoint provides enrollment counts for all courses, with options to filter for active or inactive enrollments and to include time-based data.  Query Parameters:     active (bool): Filter for active enrollments when true, inactive when false     start_date (str, optional): Start date for time-based filtering (ISO format)     end_date (str, optional): End date for time-based filtering (ISO format)     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with their enrollment counts and percentages.",
    status_code=200,
    response_model=models.Enrollments,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_audience_orgs_registered_users_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.Enrollments:
    return await api.ai_analytics_audience_orgs_registered_users_per_course_retrieve(
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/costs/pertenant/",
    operation_id="ai_analytics_costs_pertenant_list",
    description="Retrieve paginated LLM usage costs aggregated by tenant.",
    status_code=200,
    response_model=list[models.CostPerTenant],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_costs_pertenant_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    end_date: Annotated[str, Query()],
    start_date: Annotated[str, Query()],
) -> list[models.CostPerTenant]:
    return await api.ai_analytics_costs_pertenant_list(end_date=end_date, start_date=start_date)


@router.get(
    "/api/ai-analytics/departments/orgs/{org}/",
    operation_id="ai_analytics_departments_orgs_retrieve",
    description="Get a list of departments with metrics and filtering options.  This endpoint provides a paginated list of departments with aggregated metrics about learner performance, course completions, and skill acquisition.  Query Parameters:     page (int, optional): Page number for pagination     length (int, optional): Number of items per page     program (str, optional): Filter by program     pathway (str, optional): Filter by pathway     departments (list, optional): Filter by department ids     department_id (str, optional): Filter by department id     location (str, optional): Filter by location     is_enrolled (bool, optional): Filter for departments with enrolled users     start_date (date, optional): Filter by learner join date (start range)     end_date (date, optional): Filter by learner join date (end range)  Returns:     A paginated list of departments with comprehensive metrics.",
    status_code=200,
    response_model=models.GroupList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_departments_orgs_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
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
    return await api.ai_analytics_departments_orgs_retrieve(
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
    "/api/ai-analytics/engagement/orgs/{org}/activity",
    operation_id="ai_analytics_engagement_orgs_activity_retrieve",
    description="Get engagement metrics on a per-course basis.  This endpoint provides a paginated list of courses with engagement metrics including activity counts, time spent, and interaction data.  Query Parameters:     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with their engagement metrics.",
    status_code=200,
    response_model=models.EngagementPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_activity_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.EngagementPerCourse:
    return await api.ai_analytics_engagement_orgs_activity_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/course_completion/over-time",
    operation_id="ai_analytics_engagement_orgs_course_completion_over_time_retrieve",
    description="Completion count per user per course across the platform  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_course_completion_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.ai_analytics_engagement_orgs_course_completion_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/course_completion/per-course",
    operation_id="ai_analytics_engagement_orgs_course_completion_per_course_retrieve",
    description="List course completion metrics on a per-course basis.  This endpoint provides a paginated table of courses with enrollment and completion statistics for each course.  Returns:     A paginated list of courses with:     - Course identification (ID and name)     - Enrollment count     - Completion count     - Average completion rate",
    status_code=200,
    response_model=models.CourseCompletionPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_course_completion_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.CourseCompletionPerCourse:
    return await api.ai_analytics_engagement_orgs_course_completion_per_course_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/average",
    operation_id="ai_analytics_engagement_orgs_courses_time_average_retrieve",
    description="Average time spent in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 3. course_id <optional>  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.AverageOvertime,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_time_average_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
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
) -> models.AverageOvertime:
    return await api.ai_analytics_engagement_orgs_courses_time_average_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/detail",
    operation_id="ai_analytics_engagement_orgs_courses_time_detail_retrieve",
    description="Time spent per course in secs in a tree like form  Kwargs course_id e.g course-v1:Org+Course4+Run  Query Params 1. start_date <optional> e.g 2020-10-01 2. end_date <optional> e.g 2020-10-10",
    status_code=200,
    response_model=models.TimeDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_time_detail_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.TimeDetail:
    return await api.ai_analytics_engagement_orgs_courses_time_detail_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/over-time",
    operation_id="ai_analytics_engagement_orgs_courses_time_over_time_retrieve",
    description="Time spent per course in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 Kwargs 3. course_id  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_time_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.ai_analytics_engagement_orgs_courses_time_over_time_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/users",
    operation_id="ai_analytics_engagement_orgs_courses_time_users_retrieve",
    description="Time spent by users in a course  Query Params course_id  e.g course-v1:Org+Course4+Run",
    status_code=200,
    response_model=models.TimeSpentByUsersInCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_time_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.TimeSpentByUsersInCourse:
    return await api.ai_analytics_engagement_orgs_courses_time_users_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/users/{user_id}/detail",
    operation_id="ai_analytics_engagement_orgs_courses_time_users_detail_retrieve",
    description="Time spent within a course in ordered hierarchical format  Kwargs 1. course_id  e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email) Query Params 3. start_date <optional> e.g 2020-10-01 4. end_date <optional> e.g 2020-10-10",
    status_code=200,
    response_model=models.PerLearnerTimeSpentInCourseTree,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_time_users_detail_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerLearnerTimeSpentInCourseTree:
    return await api.ai_analytics_engagement_orgs_courses_time_users_detail_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/users/{user_id}/over-time",
    operation_id="ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve",
    description="Time spent in secs on a per-day basis  Query Params 1. course_id <optional> e.g course-v1:Org+Course4+Run 2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email) 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/",
    operation_id="ai_analytics_engagement_orgs_courses_videos_retrieve",
    description="Get video engagement metrics for a specific course.  This endpoint provides detailed video engagement statistics for a single course, including view counts, completion rates, and time spent on videos.  Query Parameters:     course_id (str): The course ID to get video engagement data for  Returns:     Detailed video engagement metrics for the specified course.",
    status_code=200,
    response_model=models.VideosSpecificCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_videos_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.VideosSpecificCourse:
    return await api.ai_analytics_engagement_orgs_courses_videos_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/over-time",
    operation_id="ai_analytics_engagement_orgs_courses_videos_over_time_retrieve",
    description="Get video watch counts over time.  This endpoint provides daily counts of videos watched over a specified time period, with options to filter by course or user.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     Daily video watch counts over the specified time period.  Default time range is the last 7 days if no dates are specified.  Access Control:     - Platform admins can access any video watch data     - Learners can access their own video watch data",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_videos_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.ai_analytics_engagement_orgs_courses_videos_over_time_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/summary",
    operation_id="ai_analytics_engagement_orgs_courses_videos_summary_retrieve",
    description="Get a summary of video watch statistics for a specific course.  This endpoint provides a structured summary of video watch data for a course, organized in a tree-like format by course sections and subsections.  Query Parameters:     course_id (str): The course ID to get video summary for  Returns:     A hierarchical structure of video watch data for the course, including:     - Section and subsection organization     - Video identification and metadata     - Watch counts and completion rates",
    status_code=200,
    response_model=models.VideosInCourseSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_videos_summary_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.VideosInCourseSummary:
    return await api.ai_analytics_engagement_orgs_courses_videos_summary_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/users",
    operation_id="ai_analytics_engagement_orgs_courses_videos_users_retrieve",
    description="List of users' videos completed records for a specific course  Kwargs course_id  e.g course-v1:Org+Course4+Run",
    status_code=200,
    response_model=models.WatchedVideosPerUser,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_courses_videos_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.WatchedVideosPerUser:
    return await api.ai_analytics_engagement_orgs_courses_videos_users_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/time/average-perlearner-percourse",
    operation_id="ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve",
    description="Average time spent by a learner in enrolled courses. Gives a rough estimate of whats the average time that would be spent by a learner in a course  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10",
    status_code=200,
    response_model=models.AverageOvertime,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.AverageOvertime:
    return await api.ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/time/average-with-over-time",
    operation_id="ai_analytics_engagement_orgs_time_average_with_over_time_retrieve",
    description="Average time spent in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 3. course_id <optional>  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.AverageOvertime,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_time_average_with_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.AverageOvertime:
    return await api.ai_analytics_engagement_orgs_time_average_with_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/time/over-time",
    operation_id="ai_analytics_engagement_orgs_time_over_time_retrieve",
    description="Get time spent on the platform over time.  This endpoint provides daily time spent values (in seconds) across the platform over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily time spent values over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_time_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.ai_analytics_engagement_orgs_time_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/time/per-course",
    operation_id="ai_analytics_engagement_orgs_time_per_course_retrieve",
    description="Get time spent statistics on a per-course basis.  This endpoint provides a paginated list of courses with the total time spent by users in each course.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with:     - Course identification (ID and name)     - Total time spent (in seconds)     - Formatted time spent (human-readable)     - Percentage of total platform time",
    status_code=200,
    response_model=models.TimeSpentPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_time_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.TimeSpentPerCourse:
    return await api.ai_analytics_engagement_orgs_time_per_course_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/videos/",
    operation_id="ai_analytics_engagement_orgs_videos_retrieve",
    description="Get video engagement metrics on a per-course basis.  This endpoint provides a paginated list of courses with video engagement metrics including view counts, completion rates, and time spent on videos.  Query Parameters:     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with their video engagement metrics.",
    status_code=200,
    response_model=models.VideoEngagementPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_videos_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.VideoEngagementPerCourse:
    return await api.ai_analytics_engagement_orgs_videos_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/ai-analytics/engagement/orgs/{org}/videos/over-time",
    operation_id="ai_analytics_engagement_orgs_videos_over_time_retrieve",
    description="Get video watch counts over time.  This endpoint provides daily counts of videos watched over a specified time period, with options to filter by course or user.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     Daily video watch counts over the specified time period.  Default time range is the last 7 days if no dates are specified.  Access Control:     - Platform admins can access any video watch data     - Learners can access their own video watch data",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_engagement_orgs_videos_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.ai_analytics_engagement_orgs_videos_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/average-messages-per-session/",
    operation_id="ai_analytics_orgs_users_average_messages_per_session_list",
    description="Retrieve average message counts per session over time.  This endpoint returns data on the average number of messages exchanged in each conversation session within a specified date range, with options for filtering by mentor and aggregating by different time periods (hourly, daily, weekly).  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Time series of average message counts and session totals.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     mentor_id (str): Filter by mentor unique ID.     aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.",
    status_code=200,
    response_model=list[models.MessageStatistics],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_average_messages_per_session_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    aggregation: Annotated[
        str | None, Query(description="Time aggregation level (hourly, daily, weekly)")
    ] = None,
    group_by: Annotated[str | None, Query(min_length=1)] = None,
    mentor_id: Annotated[str | None, Query(description="Filter by mentor unique ID")] = None,
) -> list[models.MessageStatistics]:
    return await api.ai_analytics_orgs_users_average_messages_per_session_list(
        org=org,
        user_id=user_id,
        end_date=end_date,
        start_date=start_date,
        aggregation=aggregation,
        group_by=group_by,
        mentor_id=mentor_id,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/",
    operation_id="ai_analytics_orgs_users_chat_history_filter_retrieve",
    description="Retrieve filter options for chat message history.  This endpoint returns data on available filter options for the chat message history endpoint, including topics, date ranges (weekly or monthly), sentiments, and users who have chat history.  Args:     request: The HTTP request containing query parameters.     org: Organization key identifier.  Returns:     Response: Available filter options for chat message history.  Raises:     NotFound: If the specified organization does not exist.  Query Parameters:     monthly_range (bool): Whether to return monthly or weekly date ranges.     mentor_id (str): Filter users by those who have chatted with a specific mentor.",
    status_code=200,
    response_model=models.ChatHistoryFilterData,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_chat_history_filter_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query()] = None,
    mentor_id: Annotated[str | None, Query()] = None,
    monthly_range: Annotated[bool | None, Query()] = None,
    start_date: Annotated[str | None, Query()] = None,
) -> models.ChatHistoryFilterData:
    return await api.ai_analytics_orgs_users_chat_history_filter_retrieve(
        org=org,
        user_id=user_id,
        end_date=end_date,
        mentor_id=mentor_id,
        monthly_range=monthly_range,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/",
    operation_id="ai_analytics_orgs_users_chat_history_list",
    description="API viewset for retrieving and filtering chat message history.  This viewset provides endpoints for retrieving chat message history within an organization, with extensive filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.PaginatedConversationsList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_chat_history_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query()] = None,
    filter_user_id: Annotated[str | None, Query(min_length=1)] = None,
    mentor: Annotated[str | None, Query()] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    sentiment: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    topics: Annotated[str | None, Query(min_length=1)] = None,
) -> models.PaginatedConversationsList:
    return await api.ai_analytics_orgs_users_chat_history_list(
        org=org,
        user_id=user_id,
        end_date=end_date,
        filter_user_id=filter_user_id,
        mentor=mentor,
        page=page,
        page_size=page_size,
        sentiment=sentiment,
        start_date=start_date,
        topics=topics,
    )


@router.post(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/",
    operation_id="ai_analytics_orgs_users_chat_history_create",
    description="API viewset for retrieving and filtering chat message history.  This viewset provides endpoints for retrieving chat message history within an organization, with extensive filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     - Restricted to platform administrators only",
    status_code=201,
    response_model=models.Conversations,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_chat_history_create(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query()] = None,
    filter_user_id: Annotated[str | None, Query(min_length=1)] = None,
    mentor: Annotated[str | None, Query()] = None,
    sentiment: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    topics: Annotated[str | None, Query(min_length=1)] = None,
    body: Annotated[models.ConversationsRequest, Body()],
) -> models.Conversations:
    return await api.ai_analytics_orgs_users_chat_history_create(
        org=org,
        user_id=user_id,
        end_date=end_date,
        filter_user_id=filter_user_id,
        mentor=mentor,
        sentiment=sentiment,
        start_date=start_date,
        topics=topics,
        body=body,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/",
    operation_id="ai_analytics_orgs_users_chat_history_retrieve",
    description="API viewset for retrieving and filtering chat message history.  This viewset provides endpoints for retrieving chat message history within an organization, with extensive filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.Conversations,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_chat_history_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query()] = None,
    filter_user_id: Annotated[str | None, Query(min_length=1)] = None,
    mentor: Annotated[str | None, Query()] = None,
    sentiment: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    topics: Annotated[str | None, Query(min_length=1)] = None,
) -> models.Conversations:
    return await api.ai_analytics_orgs_users_chat_history_retrieve(
        id=id,
        org=org,
        user_id=user_id,
        end_date=end_date,
        filter_user_id=filter_user_id,
        mentor=mentor,
        sentiment=sentiment,
        start_date=start_date,
        topics=topics,
    )


@router.put(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/",
    operation_id="ai_analytics_orgs_users_chat_history_update",
    description="API viewset for retrieving and filtering chat message history.  This viewset provides endpoints for retrieving chat message history within an organization, with extensive filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.Conversations,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_chat_history_update(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query()] = None,
    filter_user_id: Annotated[str | None, Query(min_length=1)] = None,
    mentor: Annotated[str | None, Query()] = None,
    sentiment: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    topics: Annotated[str | None, Query(min_length=1)] = None,
    body: Annotated[models.ConversationsRequest, Body()],
) -> models.Conversations:
    return await api.ai_analytics_orgs_users_chat_history_update(
        id=id,
        org=org,
        user_id=user_id,
        end_date=end_date,
        filter_user_id=filter_user_id,
        mentor=mentor,
        sentiment=sentiment,
        start_date=start_date,
        topics=topics,
        body=body,
    )


@router.delete(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/",
    operation_id="ai_analytics_orgs_users_chat_history_destroy",
    description="API viewset for retrieving and filtering chat message history.  This viewset provides endpoints for retrieving chat message history within an organization, with extensive filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     - Restricted to platform administrators only",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_analytics_orgs_users_chat_history_destroy(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query()] = None,
    filter_user_id: Annotated[str | None, Query(min_length=1)] = None,
    mentor: Annotated[str | None, Query()] = None,
    sentiment: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    topics: Annotated[str | None, Query(min_length=1)] = None,
) -> Response:
    await api.ai_analytics_orgs_users_chat_history_destroy(
        id=id,
        org=org,
        user_id=user_id,
        end_date=end_date,
        filter_user_id=filter_user_id,
        mentor=mentor,
        sentiment=sentiment,
        start_date=start_date,
        topics=topics,
    )
    return Response(status_code=204)


@router.patch(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/",
    operation_id="ai_analytics_orgs_users_chat_history_partial_update",
    description="API viewset for retrieving and filtering chat message history.  This viewset provides endpoints for retrieving chat message history within an organization, with extensive filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.Conversations,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_chat_history_partial_update(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    request: Request,
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query()] = None,
    filter_user_id: Annotated[str | None, Query(min_length=1)] = None,
    mentor: Annotated[str | None, Query()] = None,
    sentiment: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    topics: Annotated[str | None, Query(min_length=1)] = None,
    body: Annotated[models.PatchedConversations | None, Body()] = None,
) -> models.Conversations:
    await reject_json_null(request, body)
    return await api.ai_analytics_orgs_users_chat_history_partial_update(
        id=id,
        org=org,
        user_id=user_id,
        end_date=end_date,
        filter_user_id=filter_user_id,
        mentor=mentor,
        sentiment=sentiment,
        start_date=start_date,
        topics=topics,
        body=body,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/conversation-summary/",
    operation_id="ai_analytics_orgs_users_conversation_summary_retrieve",
    description="Retrieve a summary of conversation metrics.  This endpoint returns aggregated metrics about conversations within an organization, including: - Total number of conversations - Total number of human messages - Total number of AI messages  Results can be filtered by mentor.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Summary of conversation metrics.  Raises:     NotFound: If the specified organization does not exist.  Query Parameters:     mentor_id (str): Filter by mentor unique ID.",
    status_code=200,
    response_model=models.ConversationSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_conversation_summary_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    group_by: Annotated[str | None, Query(min_length=1)] = None,
    mentor_id: Annotated[str | None, Query(description="Filter by mentor unique ID")] = None,
) -> models.ConversationSummary:
    return await api.ai_analytics_orgs_users_conversation_summary_retrieve(
        org=org, user_id=user_id, group_by=group_by, mentor_id=mentor_id
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/conversation/",
    operation_id="ai_analytics_orgs_users_conversation_list",
    description="Retrieve conversation volume data over time.  This endpoint returns data on the number of conversations that occurred within a specified date range, with options for different time aggregations (hourly, daily, weekly). Results can be filtered by mentor.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.     user_id: User identifier (not used in the implementation).  Returns:     Response: Time series data of conversation counts.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     mentor_id (str): Filter by mentor unique ID.     aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.",
    status_code=200,
    response_model=list[models.ConversationVolume],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_conversation_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    aggregation: Annotated[
        str | None, Query(description="Time aggregation level (hourly, daily, weekly)")
    ] = None,
    mentor_id: Annotated[str | None, Query(description="Filter by mentor unique ID")] = None,
) -> list[models.ConversationVolume]:
    return await api.ai_analytics_orgs_users_conversation_list(
        org=org,
        user_id=user_id,
        end_date=end_date,
        start_date=start_date,
        aggregation=aggregation,
        mentor_id=mentor_id,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/costs/model/",
    operation_id="ai_analytics_orgs_users_costs_model_retrieve",
    description="Retrieve the  model costs for a tenant  Filter parameters for period are start_date and enddate  Accessible to tenant Admins only.",
    status_code=200,
    response_model=models.ModelCost,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_costs_model_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query()],
    start_date: Annotated[str, Query()],
) -> models.ModelCost:
    return await api.ai_analytics_orgs_users_costs_model_retrieve(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/costs/permentor/",
    operation_id="ai_analytics_orgs_users_costs_permentor_retrieve",
    description="Retrieve LLM usage costs aggregated by mentor.  This endpoint returns data on the total cost of LLM usage for each mentor within a specified date range, with pagination support. The costs are calculated by summing the costs of all observations associated with traces from the mentor's sessions.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Paginated list of mentors with their total LLM usage costs.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     limit (int): Number of results per page - default: 5.     offset (int): Offset for pagination - default: 0.",
    status_code=200,
    response_model=models.TenantMentorTraces,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_costs_permentor_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query()],
    start_date: Annotated[str, Query()],
) -> models.TenantMentorTraces:
    return await api.ai_analytics_orgs_users_costs_permentor_retrieve(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/costs/peruser/",
    operation_id="ai_analytics_orgs_users_costs_peruser_retrieve",
    description="Retrieve LLM usage costs aggregated by user.  This endpoint returns data on the total cost of LLM usage for each user within a specified date range, with pagination support. The costs are calculated by summing the costs of all observations associated with traces from the user's sessions.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Paginated list of users with their total LLM usage costs.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     limit (int): Number of results per page - default: 10.     offset (int): Offset for pagination - default: 0.",
    status_code=200,
    response_model=models.LLMTracesListResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_costs_peruser_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query()],
    start_date: Annotated[str, Query()],
) -> models.LLMTracesListResponse:
    return await api.ai_analytics_orgs_users_costs_peruser_retrieve(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/mentor-detail/",
    operation_id="ai_analytics_orgs_users_mentor_detail_retrieve",
    description="Retrieve summary statistics about mentors.  This endpoint returns aggregated statistics about mentors within an organization, including total mentors, active mentors (mentors with at least one session), questions answered, and ratings.  Args:     request: The HTTP request.     org: Organization key identifier.  Returns:     Response: Summary statistics about mentors.  Raises:     NotFound: If the specified organization does not exist.",
    status_code=200,
    response_model=models.MentorDetailAnalytics,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_mentor_detail_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorDetailAnalytics:
    return await api.ai_analytics_orgs_users_mentor_detail_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/mentor-summary/",
    operation_id="ai_analytics_orgs_users_mentor_summary_retrieve",
    description="Retrieve summary statistics about mentors.  This endpoint returns aggregated statistics about mentors within an organization, including total mentors, active mentors (mentors with at least one session), questions answered, and ratings.  Args:     request: The HTTP request.     org: Organization key identifier.  Returns:     Response: Summary statistics about mentors.  Raises:     NotFound: If the specified organization does not exist.",
    status_code=200,
    response_model=models.MentorDetailAnalytics,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_mentor_summary_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorDetailAnalytics:
    return await api.ai_analytics_orgs_users_mentor_summary_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/mentors/{mentor_unique_id}/cost/",
    operation_id="ai_analytics_orgs_users_mentors_cost_retrieve",
    description="Retrieve LLM usage costs for a specific mentor.  This endpoint returns data on the total cost of LLM usage for a specific mentor within a specified date range. The cost is calculated by summing the costs of all observations associated with traces from the tenant's sessions.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.     mentor_unique_id: User key identifier.  Returns:     Response: Total LLM usage cost for the specified tenant.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.",
    status_code=200,
    response_model=models.Cost,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_mentors_cost_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    mentor_unique_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query()],
    start_date: Annotated[str, Query()],
) -> models.Cost:
    return await api.ai_analytics_orgs_users_mentors_cost_retrieve(
        mentor_unique_id=mentor_unique_id,
        org=org,
        user_id=user_id,
        end_date=end_date,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/most-discussed-topics/",
    operation_id="ai_analytics_orgs_users_most_discussed_topics_list",
    description="Retrieve the most discussed topics over time.  This endpoint returns data on the frequency of topics discussed in conversations within a specified date range, with options for filtering by mentor and aggregating by different time periods (hourly, daily, weekly).  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: List of topics with their conversation counts, ordered by frequency.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     mentor_id (str): Filter by mentor unique ID.     aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.",
    status_code=200,
    response_model=list[models.TopicRecord],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_most_discussed_topics_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    aggregation: Annotated[
        str | None, Query(description="Time aggregation level (hourly, daily, weekly)")
    ] = None,
    group_by: Annotated[str | None, Query(min_length=1)] = None,
    mentor_id: Annotated[str | None, Query(description="Filter by mentor unique ID")] = None,
) -> list[models.TopicRecord]:
    return await api.ai_analytics_orgs_users_most_discussed_topics_list(
        org=org,
        user_id=user_id,
        end_date=end_date,
        start_date=start_date,
        aggregation=aggregation,
        group_by=group_by,
        mentor_id=mentor_id,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/observations/",
    operation_id="ai_analytics_orgs_users_observations_list",
    description="Viewset for retrieving and listing Langfuse observations.  This viewset provides read-only access to Langfuse observations data for platform admins. Observations represent detailed tracking of AI model interactions and responses.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.PaginatedObservationList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_observations_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
) -> models.PaginatedObservationList:
    return await api.ai_analytics_orgs_users_observations_list(
        org=org, user_id=user_id, limit=limit, offset=offset, ordering=ordering, search=search
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/observations/{id}/",
    operation_id="ai_analytics_orgs_users_observations_retrieve",
    description="Viewset for retrieving and listing Langfuse observations.  This viewset provides read-only access to Langfuse observations data for platform admins. Observations represent detailed tracking of AI model interactions and responses.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.Observation,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_observations_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Observation:
    return await api.ai_analytics_orgs_users_observations_retrieve(id=id, org=org, user_id=user_id)


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/overview-summary/",
    operation_id="ai_analytics_orgs_users_overview_summary_retrieve",
    description="Retrieve an overview of key analytics metrics.  This endpoint returns a comprehensive overview of key analytics metrics for an organization, including: - Conversation volume: Total sessions and month-over-month change - Users: Total unique users and month-over-month change - Topics: Total unique topics and month-over-month change - User ratings: Total ratings and month-over-month change  Results can be filtered by mentor.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.     user_id: User identifier (not used in the implementation).  Returns:     Response: Overview of key analytics metrics with month-over-month changes.  Raises:     NotFound: If the specified organization does not exist.  Query Parameters:     mentor_id (str): Filter analytics by mentor unique ID.",
    status_code=200,
    response_model=models.AnalyticsOverview,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_overview_summary_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    group_by: Annotated[str | None, Query(min_length=1)] = None,
    mentor_id: Annotated[
        str | None, Query(description="Filter analytics by mentor unique ID")
    ] = None,
) -> models.AnalyticsOverview:
    return await api.ai_analytics_orgs_users_overview_summary_retrieve(
        org=org, user_id=user_id, group_by=group_by, mentor_id=mentor_id
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/rating-summary/",
    operation_id="ai_analytics_orgs_users_rating_summary_list",
    description="Retrieve user rating metrics over time.  This endpoint returns data on the number of user ratings submitted within a specified date range, aggregated by day or hour.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Time series of rating counts aggregated by day or hour.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     group_by (str): Aggregation level (day or hour) - default: day.",
    status_code=200,
    response_model=list[models.RatingRecord],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_rating_summary_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    group_by: Annotated[str | None, Query(description="Aggregation level (day or hour)")] = None,
) -> list[models.RatingRecord]:
    return await api.ai_analytics_orgs_users_rating_summary_list(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date, group_by=group_by
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/registered-users-trend/",
    operation_id="ai_analytics_orgs_users_registered_users_trend_list",
    description="Retrieve trends of registered users over time.  This endpoint returns data on the number of new user registrations within a specified date range, with options for different time aggregations (hourly, daily, weekly, monthly). The data is backfilled to ensure continuous time series even for periods with zero registrations.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Time series of user registration counts.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     aggregation (str): Time aggregation level (hourly, daily, weekly, monthly) - default: daily.",
    status_code=200,
    response_model=list[models.TrendEntry],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_registered_users_trend_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    aggregation: Annotated[
        str | None, Query(description="Time aggregation level (hourly, daily, weekly, monthly)")
    ] = None,
    group_by: Annotated[str | None, Query(min_length=1)] = None,
) -> list[models.TrendEntry]:
    return await api.ai_analytics_orgs_users_registered_users_trend_list(
        org=org,
        user_id=user_id,
        end_date=end_date,
        start_date=start_date,
        aggregation=aggregation,
        group_by=group_by,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/sentiment-count/",
    operation_id="ai_analytics_orgs_users_sentiment_count_list",
    description="Retrieve user sentiment counts over time.  This endpoint returns data on the number of user sentiment entries within a specified time period, aggregated by date.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.     user_id: User identifier.  Returns:     Response: Time series data of sentiment counts.  Raises:     NotFound: If the specified organization does not exist.     ValidationError: If the provided query parameters are invalid.  Query Parameters:     period (str): Time period filter (today, yesterday, 7d, 30d, 90d) - default: 7d.",
    status_code=200,
    response_model=list[models.UserSentimentCountView],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_sentiment_count_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    period: Annotated[str | None, Query(min_length=1)] = None,
) -> list[models.UserSentimentCountView]:
    return await api.ai_analytics_orgs_users_sentiment_count_list(
        org=org, user_id=user_id, period=period
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/tenant-cost/",
    operation_id="ai_analytics_orgs_users_tenant_cost_retrieve",
    description="Retrieve LLM usage costs for a specific tenant.  This endpoint returns data on the total cost of LLM usage for a specific tenant within a specified date range. The cost is calculated by summing the costs of all observations associated with traces from the tenant's sessions.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Total LLM usage cost for the specified tenant.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.",
    status_code=200,
    response_model=models.Cost,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_tenant_cost_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query()],
    start_date: Annotated[str, Query()],
) -> models.Cost:
    return await api.ai_analytics_orgs_users_tenant_cost_retrieve(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/",
    operation_id="ai_analytics_orgs_users_top_students_by_chat_messages_list",
    description="Retrieve the most engaged students based on chat message count.  This endpoint returns data on the top 20 students with the highest number of chat messages, with optional filtering by mentor and date range.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.     user_id: User identifier (not used in the implementation).  Returns:     Response: List of top students with their chat message counts.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     mentor_id (str): Filter by mentor unique ID.     start_date (str): Start date for filtering (YYYY-MM-DD).     end_date (str): End date for filtering (YYYY-MM-DD).",
    status_code=200,
    response_model=list[models.StudentChatMessage],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_top_students_by_chat_messages_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    group_by: Annotated[str | None, Query(min_length=1)] = None,
) -> list[models.StudentChatMessage]:
    return await api.ai_analytics_orgs_users_top_students_by_chat_messages_list(
        org=org, user_id=user_id, group_by=group_by
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/topic-overview/",
    operation_id="ai_analytics_orgs_users_topic_overview_retrieve",
    description="Retrieve aggregated topic statistics.  This endpoint returns statistical information about topics within an organization, including total topics, new topics, and percentage changes compared to the previous month. Results can be filtered by mentor.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Statistical information about topics.  Raises:     NotFound: If the specified organization or mentor does not exist.  Query Parameters:     mentor_id (str): Filter statistics by mentor unique ID.",
    status_code=200,
    response_model=models.TopicStatisticsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_topic_overview_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    mentor_id: Annotated[
        str | None, Query(description="Filter statistics by mentor unique ID")
    ] = None,
) -> models.TopicStatisticsResponse:
    return await api.ai_analytics_orgs_users_topic_overview_retrieve(
        org=org, user_id=user_id, mentor_id=mentor_id
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/",
    operation_id="ai_analytics_orgs_users_topic_statistics_retrieve",
    description="Retrieve paginated statistics about topics.  This endpoint returns detailed statistics about topics, including: - Number of conversations related to each topic - Total message count for each topic - Average sentiment of conversations about each topic - Average user rating for conversations about each topic  Results can be filtered by mentor and date range, and are paginated.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Paginated list of topic statistics.  Raises:     NotFound: If the specified organization or mentor does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD).     end_date (str): End date for filtering (YYYY-MM-DD).     mentor_id (str): Filter by mentor unique ID.     page (int): Page number for pagination - default: 1.     page_size (int): Number of results per page - default: 20.",
    status_code=200,
    response_model=models.PaginatedTopicStatisticsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_topic_statistics_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[
        str | None, Query(description="End date for filtering (YYYY-MM-DD)")
    ] = None,
    group_by: Annotated[str | None, Query(min_length=1)] = None,
    mentor_id: Annotated[str | None, Query(description="Filter by mentor unique ID")] = None,
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
    page_size: Annotated[int | None, Query(description="Number of results per page")] = None,
    start_date: Annotated[
        str | None, Query(description="Start date for filtering (YYYY-MM-DD)")
    ] = None,
) -> models.PaginatedTopicStatisticsResponse:
    return await api.ai_analytics_orgs_users_topic_statistics_retrieve(
        org=org,
        user_id=user_id,
        end_date=end_date,
        group_by=group_by,
        mentor_id=mentor_id,
        page=page,
        page_size=page_size,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/",
    operation_id="ai_analytics_orgs_users_topics_summary_list",
    description="Retrieve a summary of the most frequent topics.  This endpoint returns a summary of the top 10 topics discussed in chat sessions, ordered by conversation count. Results can be filtered by mentor and date range.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: A list of the top 10 topics with their conversation counts.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided date format is invalid.  Query Parameters:     mentor_id (str): Filter by mentor unique ID.     start_date (str): Start date for filtering (YYYY-MM-DD).     end_date (str): End date for filtering (YYYY-MM-DD).",
    status_code=200,
    response_model=list[models.TopicSummaryView],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_topics_summary_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query()] = None,
    start_date: Annotated[str | None, Query()] = None,
) -> list[models.TopicSummaryView]:
    return await api.ai_analytics_orgs_users_topics_summary_list(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/total-users-by-mentor/",
    operation_id="ai_analytics_orgs_users_total_users_by_mentor_list",
    description="Retrieve the total number of users interacting with mentors over time.  This endpoint returns data on the number of unique users who interacted with mentors each day or hour within a specified date range, with optional filtering by specific mentor. If no date range is provided, the last 30 days are used by default.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Time series of unique user counts.  Raises:     NotFound: If the specified organization or mentor does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - defaults to 30 days ago.     end_date (str): End date for filtering (YYYY-MM-DD) - defaults to today.     aggregation (str): Time aggregation level (hourly, daily) - default: daily.     mentor_id (str): Filter by mentor unique ID.",
    status_code=200,
    response_model=list[models.UserChatByPeriod],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_total_users_by_mentor_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    aggregation: Annotated[
        str | None, Query(description="Time aggregation level (hourly, daily)")
    ] = None,
    end_date: Annotated[
        str | None, Query(description="End date for filtering (YYYY-MM-DD)")
    ] = None,
    group_by: Annotated[str | None, Query(min_length=1)] = None,
    mentor_id: Annotated[str | None, Query(description="Filter by mentor unique ID")] = None,
    start_date: Annotated[
        str | None, Query(description="Start date for filtering (YYYY-MM-DD)")
    ] = None,
) -> list[models.UserChatByPeriod]:
    return await api.ai_analytics_orgs_users_total_users_by_mentor_list(
        org=org,
        user_id=user_id,
        aggregation=aggregation,
        end_date=end_date,
        group_by=group_by,
        mentor_id=mentor_id,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/traces/",
    operation_id="ai_analytics_orgs_users_traces_list",
    description="Viewset for retrieving and listing Langfuse traces.  This viewset provides read-only access to Langfuse traces data for platform admins. Traces represent high-level tracking of user interactions and AI responses.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.PaginatedTraceList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_traces_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
) -> models.PaginatedTraceList:
    return await api.ai_analytics_orgs_users_traces_list(
        org=org, user_id=user_id, limit=limit, offset=offset, ordering=ordering, search=search
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/traces/{id}/",
    operation_id="ai_analytics_orgs_users_traces_retrieve",
    description="Viewset for retrieving and listing Langfuse traces.  This viewset provides read-only access to Langfuse traces data for platform admins. Traces represent high-level tracking of user interactions and AI responses.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.Trace,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_traces_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Trace:
    return await api.ai_analytics_orgs_users_traces_retrieve(id=id, org=org, user_id=user_id)


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/transcripts/",
    operation_id="ai_analytics_orgs_users_transcripts_list",
    description="Retrieve message data from conversations.  This endpoint returns data on messages within conversations, with options for filtering by date range, topics, and mentor.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.     user_id: User identifier (not used in the implementation).  Returns:     Response: A list of conversation message data.  Raises:     NotFound: If the specified organization does not exist.     ValidationError: If the provided query parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD).     end_date (str): End date for filtering (YYYY-MM-DD).     topics (str): Comma-separated list of topics to filter by.     mentor (str): Filter by mentor unique ID.",
    status_code=200,
    response_model=list[models.ConversationMessage],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_transcripts_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query()] = None,
    mentor: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    topics: Annotated[str | None, Query(min_length=1)] = None,
) -> list[models.ConversationMessage]:
    return await api.ai_analytics_orgs_users_transcripts_list(
        org=org,
        user_id=user_id,
        end_date=end_date,
        mentor=mentor,
        start_date=start_date,
        topics=topics,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/usage-summary/",
    operation_id="ai_analytics_orgs_users_usage_summary_list",
    description="Retrieve daily user engagement metrics with mentors.  This endpoint returns data on the number of unique users who interact with mentors each day within a specified date range.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Daily time series of unique user counts.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.",
    status_code=200,
    response_model=list[models.UserCountRecord],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_usage_summary_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    group_by: Annotated[str | None, Query(min_length=1)] = None,
) -> list[models.UserCountRecord]:
    return await api.ai_analytics_orgs_users_usage_summary_list(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date, group_by=group_by
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/user-cohorts-over-time/",
    operation_id="ai_analytics_orgs_users_user_cohorts_over_time_retrieve",
    description="Retrieve user cohort trends over time.  This endpoint returns data on the distribution of new versus veteran users over time, with options for different time aggregations and filtering by mentor. New users are those who registered within the specified date range, while veteran users are those who registered before the date range but were active during it.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Time series of new and veteran user counts.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.     mentor_id (str): Filter by mentor unique ID.",
    status_code=200,
    response_model=models.UserTrendByPeriod,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_user_cohorts_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    aggregation: Annotated[
        str | None, Query(description="Time aggregation level (hourly, daily, weekly)")
    ] = None,
    mentor_id: Annotated[str | None, Query(description="Filter by mentor unique ID")] = None,
) -> models.UserTrendByPeriod:
    return await api.ai_analytics_orgs_users_user_cohorts_over_time_retrieve(
        org=org,
        user_id=user_id,
        end_date=end_date,
        start_date=start_date,
        aggregation=aggregation,
        mentor_id=mentor_id,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/user-cost/",
    operation_id="ai_analytics_orgs_users_user_cost_retrieve",
    description="Retrieve LLM usage costs for a specific user.  This endpoint returns data on the total cost of LLM usage for a specific user within a specified date range. The cost is calculated by summing the costs of all observations associated with traces from the tenant's sessions.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.     user_id: User key identifier.  Returns:     Response: Total LLM usage cost for the specified tenant.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.",
    status_code=200,
    response_model=models.Cost,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_user_cost_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query()],
    start_date: Annotated[str, Query()],
    username: Annotated[str, Query(min_length=1)],
) -> models.Cost:
    return await api.ai_analytics_orgs_users_user_cost_retrieve(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date, username=username
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/user-feedback/",
    operation_id="ai_analytics_orgs_users_user_feedback_list",
    description="Retrieve aggregated user chat feedback counts.  This endpoint returns data on the number of user chat feedback entries within a specified date range, with options for different time aggregations (hourly, daily, weekly). Results can be filtered by mentor.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Time series data of feedback counts.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     mentor_id (str): Filter by mentor unique ID.     aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.",
    status_code=200,
    response_model=list[models.UserChatFeedbackCount],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_user_feedback_list(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    aggregation: Annotated[
        str | None, Query(description="Time aggregation level (hourly, daily, weekly)")
    ] = None,
    mentor_id: Annotated[str | None, Query(description="Filter by mentor unique ID")] = None,
) -> list[models.UserChatFeedbackCount]:
    return await api.ai_analytics_orgs_users_user_feedback_list(
        org=org,
        user_id=user_id,
        end_date=end_date,
        start_date=start_date,
        aggregation=aggregation,
        mentor_id=mentor_id,
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics-pie-chart/",
    operation_id="ai_analytics_orgs_users_user_metrics_pie_chart_retrieve",
    description="Retrieve user distribution data for pie charts.  This endpoint returns data on the distribution of new versus returning users within a specified date range, including both counts and percentages, suitable for pie chart visualization.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Distribution of new versus returning users with counts and percentages.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     mentor_id (str): Filter by mentor unique ID.",
    status_code=200,
    response_model=models.PieChartData,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_user_metrics_pie_chart_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    mentor_id: Annotated[str | None, Query(description="Filter by mentor unique ID")] = None,
) -> models.PieChartData:
    return await api.ai_analytics_orgs_users_user_metrics_pie_chart_retrieve(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date, mentor_id=mentor_id
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/",
    operation_id="ai_analytics_orgs_users_user_metrics_retrieve",
    description="Retrieve comprehensive user metrics.  This endpoint returns data on various user metrics with month-over-month change calculations: - Registered users: Total users registered on the platform - New users: Users who joined in the current month - Unique users: Distinct users who have had sessions - Veteran users: Users who have been active for at least 6 months  Results can be filtered by mentor.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Comprehensive user metrics with month-over-month changes.  Raises:     NotFound: If the specified organization does not exist.  Query Parameters:     mentor_id (str): Filter metrics by mentor unique ID.",
    status_code=200,
    response_model=models.UserMetricsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_user_metrics_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    group_by: Annotated[str | None, Query(min_length=1)] = None,
    mentor_id: Annotated[
        str | None, Query(description="Filter metrics by mentor unique ID")
    ] = None,
) -> models.UserMetricsResponse:
    return await api.ai_analytics_orgs_users_user_metrics_retrieve(
        org=org, user_id=user_id, group_by=group_by, mentor_id=mentor_id
    )


@router.get(
    "/api/ai-analytics/orgs/{org}/users/{user_id}/user-sentiment/",
    operation_id="ai_analytics_orgs_users_user_sentiment_retrieve",
    description="Retrieve user sentiment distribution.  This endpoint returns data on the distribution of user sentiments (positive, negative, neutral) within a specified date range, expressed as percentages.  Args:     request: The HTTP request containing filter query parameters.     org: Organization key identifier.  Returns:     Response: Sentiment distribution percentages and total sentiment count.  Raises:     NotFound: If the specified organization does not exist.     BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.",
    status_code=200,
    response_model=models.SentimentSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_orgs_users_user_sentiment_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str, Query(description="End date for filtering (YYYY-MM-DD)")],
    start_date: Annotated[str, Query(description="Start date for filtering (YYYY-MM-DD)")],
    group_by: Annotated[str | None, Query(min_length=1)] = None,
) -> models.SentimentSummary:
    return await api.ai_analytics_orgs_users_user_sentiment_retrieve(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date, group_by=group_by
    )


@router.get(
    "/api/ai-analytics/overview/orgs/{org}/active-users",
    operation_id="ai_analytics_overview_orgs_active_users_retrieve",
    description="Get active user counts over time.  This endpoint provides daily counts of active users (users with known activity) over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily active user counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.  An active user is defined as a user with any activity within the past 30 days.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_overview_orgs_active_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.ai_analytics_overview_orgs_active_users_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/overview/orgs/{org}/average-grade",
    operation_id="ai_analytics_overview_orgs_average_grade_retrieve",
    description="Get average grade value for platform, course, or user.  This endpoint returns the average grade at different levels: - Platform level: Average grade across all courses - Course level: Average grade for a specific course - Learner level: Average grade for a specific learner - Course-learner level: Grade for a specific learner in a specific course  Query Parameters:     course_id (str, optional): Filter by course ID     learner_id (str, optional): Filter by username or email  Returns:     The average grade value based on the specified filters.  Access Control:     - Platform admins can access any grade data     - Learners can access their own grade data",
    status_code=200,
    response_model=models.Average,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_overview_orgs_average_grade_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.Average:
    return await api.ai_analytics_overview_orgs_average_grade_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/overview/orgs/{org}/courses/completions",
    operation_id="ai_analytics_overview_orgs_courses_completions_retrieve",
    description="Get course completion summary metrics over time.  This endpoint provides completion statistics across the platform over a specified time period, including daily completion counts and overall metrics.  Query Parameters:     start_date (str): Start date for the time range (ISO format)     end_date (str): End date for the time range (ISO format)  Returns:     Completion data including:     - Daily completion counts over time     - Total unique user count     - Total completion count     - Completion percentage     - Change metrics compared to previous periods  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.CourseCompletionSummaryOvertime,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_overview_orgs_courses_completions_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.CourseCompletionSummaryOvertime:
    return await api.ai_analytics_overview_orgs_courses_completions_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/overview/orgs/{org}/learners",
    operation_id="ai_analytics_overview_orgs_learners_retrieve",
    description="List all learners on the platform with aggregated metrics.  This endpoint returns a paginated list of all learners with key metrics including: - Enrollment counts - Completion counts - Time spent on platform  Query Parameters:     page (int): Page number for pagination     length (int): Number of items per page     search (str): Filter learners by username, email, or name  Returns:     A paginated list of learners with their associated metrics.",
    status_code=200,
    response_model=models.PerlearnerUserList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_overview_orgs_learners_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    search: Annotated[
        str | None, Query(min_length=1, description="Search string for learner")
    ] = None,
) -> models.PerlearnerUserList:
    return await api.ai_analytics_overview_orgs_learners_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        search=search,
    )


@router.get(
    "/api/ai-analytics/overview/orgs/{org}/most-active-courses",
    operation_id="ai_analytics_overview_orgs_most_active_courses_retrieve",
    description="Get time spent statistics on a per-course basis.  This endpoint provides a paginated list of courses with the total time spent by users in each course.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with:     - Course identification (ID and name)     - Total time spent (in seconds)     - Formatted time spent (human-readable)     - Percentage of total platform time",
    status_code=200,
    response_model=models.TimeSpentPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_overview_orgs_most_active_courses_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.TimeSpentPerCourse:
    return await api.ai_analytics_overview_orgs_most_active_courses_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/overview/orgs/{org}/registered-users",
    operation_id="ai_analytics_overview_orgs_registered_users_retrieve",
    description="Get registered user counts over time.  This endpoint provides daily counts of new user registrations over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily registration counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_overview_orgs_registered_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.ai_analytics_overview_orgs_registered_users_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/average",
    operation_id="ai_analytics_performance_orgs_courses_grading_average_retrieve",
    description="Get average grade value for platform, course, or user.  This endpoint returns the average grade at different levels: - Platform level: Average grade across all courses - Course level: Average grade for a specific course - Learner level: Average grade for a specific learner - Course-learner level: Grade for a specific learner in a specific course  Query Parameters:     course_id (str, optional): Filter by course ID     learner_id (str, optional): Filter by username or email  Returns:     The average grade value based on the specified filters.  Access Control:     - Platform admins can access any grade data     - Learners can access their own grade data",
    status_code=200,
    response_model=models.Average,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_performance_orgs_courses_grading_average_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.Average:
    return await api.ai_analytics_performance_orgs_courses_grading_average_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/average-with-cutoff",
    operation_id="ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve",
    description='Returns average course grade and grade cuttoff  e.g ``` {     "data": {         "grade_cutoffs": {             "A": 90,             "B": 80,             "C": 70,         },         "average_grade": 50.0,     } } ```  Kwargs course_id',
    status_code=200,
    response_model=models.AvgCourseGradeWithCutoff,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.AvgCourseGradeWithCutoff:
    return await api.ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/detail",
    operation_id="ai_analytics_performance_orgs_courses_grading_detail_retrieve",
    description="Grading summary for the entire course overview in a tree-like format  Kwargs course_id <required>",
    status_code=200,
    response_model=models.CourseGradingDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_performance_orgs_courses_grading_detail_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.CourseGradingDetail:
    return await api.ai_analytics_performance_orgs_courses_grading_detail_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/per-learner",
    operation_id="ai_analytics_performance_orgs_courses_grading_per_learner_retrieve",
    description="Grading information per enrolled user in a course  Kwargs course_id <required>",
    status_code=200,
    response_model=models.GradingPerUser,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_performance_orgs_courses_grading_per_learner_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.GradingPerUser:
    return await api.ai_analytics_performance_orgs_courses_grading_per_learner_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/summary",
    operation_id="ai_analytics_performance_orgs_courses_grading_summary_retrieve",
    description='Returns average grades across various assignment types in a course  Query Params course_id  Returns:     dict     {         "data": [             {                 "assignment_type\': <str>,                 "weight": <float>,                 "average_weighted_grade": <float>,                 "average_section_grade": <float>             }, ...         ]     }',
    status_code=200,
    response_model=models.CourseGradeSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_performance_orgs_courses_grading_summary_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.CourseGradeSummary:
    return await api.ai_analytics_performance_orgs_courses_grading_summary_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/performance/orgs/{org}/grading/average",
    operation_id="ai_analytics_performance_orgs_grading_average_retrieve",
    description="Get average grade value for platform, course, or user.  This endpoint returns the average grade at different levels: - Platform level: Average grade across all courses - Course level: Average grade for a specific course - Learner level: Average grade for a specific learner - Course-learner level: Grade for a specific learner in a specific course  Query Parameters:     course_id (str, optional): Filter by course ID     learner_id (str, optional): Filter by username or email  Returns:     The average grade value based on the specified filters.  Access Control:     - Platform admins can access any grade data     - Learners can access their own grade data",
    status_code=200,
    response_model=models.Average,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_performance_orgs_grading_average_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.Average:
    return await api.ai_analytics_performance_orgs_grading_average_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/performance/orgs/{org}/grading/per-course",
    operation_id="ai_analytics_performance_orgs_grading_per_course_retrieve",
    description="List grade-related performance data for all courses.  This endpoint provides a comprehensive view of grade performance across courses, including enrollment counts, pass rates, and average grades.  Returns:     A paginated list of courses with:     - Course identification (ID and name)     - Enrollment count     - Number of students who passed     - Average grade",
    status_code=200,
    response_model=models.PerformanceGradesPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_performance_orgs_grading_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.PerformanceGradesPerCourse:
    return await api.ai_analytics_performance_orgs_grading_per_course_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/learners",
    operation_id="ai_analytics_perlearner_orgs_learners_retrieve",
    description="Enhanced API endpoint for listing learners with comprehensive filtering.  This endpoint provides a paginated list of learners with detailed metrics and supports advanced filtering options. It uses DM token authentication and respects department-based access controls.  Query Parameters:     page (int): Page number for pagination     length (int): Number of items per page     search (str): Filter by username, email, or full name     program (str): Filter by program     location (str): Filter by location     is_enrolled (bool): Filter for users with enrollments     platform (str): Filter by platform     start_date (date): Filter by join date (start range)     end_date (date): Filter by join date (end range)  Returns:     A paginated list of learners with comprehensive metrics including:     - Course enrollments and completions     - Time spent on platform     - Pathway progress     - Certificate and skill information     - Location data  Access Control:     - Platform admins can see all learners     - Department admins can only see learners in their departments",
    status_code=200,
    response_model=models.NewPerLearnerList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_learners_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    end_date: Annotated[
        str | None, Query(description="Learner date_joined end date. ISO 8601")
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
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
    platform: Annotated[
        str | None, Query(min_length=1, description="Platform search string")
    ] = None,
    program: Annotated[str | None, Query(min_length=1, description="Program search string")] = None,
    search: Annotated[
        str | None,
        Query(min_length=1, description="Search string for learner. email, username or full name"),
    ] = None,
    start_date: Annotated[
        str | None, Query(description="Learner date_joined start date. ISO 8601")
    ] = None,
) -> models.NewPerLearnerList:
    return await api.ai_analytics_perlearner_orgs_learners_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        is_enrolled=is_enrolled,
        length=length,
        location=location,
        page=page,
        platform=platform,
        program=program,
        search=search,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users",
    operation_id="ai_analytics_perlearner_orgs_users_retrieve",
    description="List all learners on the platform with aggregated metrics.  This endpoint returns a paginated list of all learners with key metrics including: - Enrollment counts - Completion counts - Time spent on platform  Query Parameters:     page (int): Page number for pagination     length (int): Number of items per page     search (str): Filter learners by username, email, or name  Returns:     A paginated list of learners with their associated metrics.",
    status_code=200,
    response_model=models.PerlearnerUserList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    search: Annotated[
        str | None, Query(min_length=1, description="Search string for learner")
    ] = None,
) -> models.PerlearnerUserList:
    return await api.ai_analytics_perlearner_orgs_users_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        search=search,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/activity/",
    operation_id="ai_analytics_perlearner_orgs_users_activity_retrieve",
    description="Provides information on user enrollments  Params user_id e.g developer@ibleducation.com| developer",
    status_code=200,
    response_model=models.ActivityAPI,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_activity_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.ActivityAPI:
    return await api.ai_analytics_perlearner_orgs_users_activity_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/cutoffs",
    operation_id="ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve",
    description="Provides about a learner current grade in a course with the course cut Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerGradeWithCutOff,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerlearnerGradeWithCutOff:
    return await api.ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/detail",
    operation_id="ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve",
    description="DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary database if the replica is unreachable.  Add as the **first** base class on read-only views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin, APIView):         ...",
    status_code=200,
    response_model=models.DetailedGradeView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.DetailedGradeView:
    return await api.ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/summary",
    operation_id="ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve",
    description="Query Params 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerGradeSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerlearnerGradeSummary:
    return await api.ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index",
    operation_id="ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve",
    description="Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days for a learner in a course",
    status_code=200,
    response_model=models.Value,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Value:
    return await api.ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve(
        course_id=course_id, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/grade",
    operation_id="ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve",
    description="Provides about a learner current grade in a course with the course cut Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerGradeWithCutOff,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerlearnerGradeWithCutOff:
    return await api.ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/performance-index",
    operation_id="ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve",
    description="Evaluates performance index for platform, per course, per user and per user-per course  Query Params course_id <optional> learner_id <optional>",
    status_code=200,
    response_model=models.Value,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.Value:
    return await api.ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/time/over-time",
    operation_id="ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve",
    description="Time spent within a course in secs on a per-day basis  Kwargs 1. course_id  e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email) Query Params 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos",
    operation_id="ai_analytics_perlearner_orgs_users_courses_videos_retrieve",
    description="List of videos within a course a learner has watched  Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)  Default result when no query param is added is [], 0",
    status_code=200,
    response_model=models.PerLearnerCourseVideosWatched,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_courses_videos_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.PerLearnerCourseVideosWatched:
    return await api.ai_analytics_perlearner_orgs_users_courses_videos_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos/over-time",
    operation_id="ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve",
    description="Get video watch counts over time.  This endpoint provides daily counts of videos watched over a specified time period, with options to filter by course or user.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     Daily video watch counts over the specified time period.  Default time range is the last 7 days if no dates are specified.  Access Control:     - Platform admins can access any video watch data     - Learners can access their own video watch data",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/grades/per-course",
    operation_id="ai_analytics_perlearner_orgs_users_grades_per_course_retrieve",
    description="Summary Grading Information for a learner on a per-enrollment basis  Query Params 1. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerGradingPerCourseAPI,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_grades_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.PerlearnerGradingPerCourseAPI:
    return await api.ai_analytics_perlearner_orgs_users_grades_per_course_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/info",
    operation_id="ai_analytics_perlearner_orgs_users_info_retrieve",
    description="Retrieve detailed information about a specific learner.  This endpoint returns personal and activity information about a learner, including profile data, activity metrics, and location information.  Path Parameters:     user_id (str): The username or email of the learner  Query Parameters:     meta (bool): Include additional analytics information when true  Returns:     Detailed learner information including:     - Profile data (username, name, email)     - Registration and activity dates     - Activity metrics (assessments, time spent, videos watched)     - Location and browser information (when available)  Access Control:     - Platform admins can access any learner     - Learners can access their own information     - Department admins can access learners in their departments",
    status_code=200,
    response_model=models.LearnerInformationAPI,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_info_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    meta: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Include extra analytics information?  * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
    search: Annotated[str | None, Query(min_length=1)] = None,
) -> models.LearnerInformationAPI:
    return await api.ai_analytics_perlearner_orgs_users_info_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        meta=meta,
        search=search,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/last-access",
    operation_id="ai_analytics_perlearner_orgs_users_last_access_retrieve",
    description="Last course accessed by a learner, includes upto unit information as well",
    status_code=200,
    response_model=models.PerLearnerLastAccess,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_last_access_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.PerLearnerLastAccess:
    return await api.ai_analytics_perlearner_orgs_users_last_access_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/overview/engagement-index",
    operation_id="ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve",
    description="Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days",
    status_code=200,
    response_model=models.Value,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.Value:
    return await api.ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/overview/grades/average",
    operation_id="ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve",
    description="Get average grade value for platform, course, or user.  This endpoint returns the average grade at different levels: - Platform level: Average grade across all courses - Course level: Average grade for a specific course - Learner level: Average grade for a specific learner - Course-learner level: Grade for a specific learner in a specific course  Query Parameters:     course_id (str, optional): Filter by course ID     learner_id (str, optional): Filter by username or email  Returns:     The average grade value based on the specified filters.  Access Control:     - Platform admins can access any grade data     - Learners can access their own grade data",
    status_code=200,
    response_model=models.Average,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.Average:
    return await api.ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/overview/performance-index",
    operation_id="ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve",
    description="Evaluates performance index for platform, per course, per user and per user-per course  Query Params course_id <optional> learner_id <optional>",
    status_code=200,
    response_model=models.Value,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.Value:
    return await api.ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/overview/time/over-time",
    operation_id="ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve",
    description="Time spent in secs on a per-day basis  Query Params 1. course_id <optional> e.g course-v1:Org+Course4+Run 2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email) 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/videos/over-time",
    operation_id="ai_analytics_perlearner_orgs_users_videos_over_time_retrieve",
    description="Get video watch counts over time.  This endpoint provides daily counts of videos watched over a specified time period, with options to filter by course or user.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     Daily video watch counts over the specified time period.  Default time range is the last 7 days if no dates are specified.  Access Control:     - Platform admins can access any video watch data     - Learners can access their own video watch data",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_videos_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.ai_analytics_perlearner_orgs_users_videos_over_time_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/videos/per-course",
    operation_id="ai_analytics_perlearner_orgs_users_videos_per_course_retrieve",
    description="Summary Videos watched data for a learner per enrollment  Query Params 1. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerEngagementVideosWatchedPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_perlearner_orgs_users_videos_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerlearnerEngagementVideosWatchedPerCourse:
    return await api.ai_analytics_perlearner_orgs_users_videos_per_course_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/ai-analytics/user-groups/orgs/{org}/",
    operation_id="ai_analytics_user_groups_orgs_retrieve",
    description="Get a list of user groups with metrics and filtering options.  This endpoint provides a paginated list of user groups with aggregated metrics about learner performance, course completions, and skill acquisition.  This endpoint uses DM token authentication and respects department-based access controls.  Query Parameters:     page (int, optional): Page number for pagination     length (int, optional): Number of items per page     program (str, optional): Filter by program     pathway (str, optional): Filter by pathway     groups (list, optional): Filter by group names     location (str, optional): Filter by location     is_enrolled (bool, optional): Filter for groups with enrolled users     start_date (date, optional): Filter by learner join date (start range)     end_date (date, optional): Filter by learner join date (end range)  Returns:     A paginated list of user groups with comprehensive metrics.  Access Control:     - Platform admins can see all groups     - Department admins can only see groups in their departments",
    status_code=200,
    response_model=models.GroupList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_analytics_user_groups_orgs_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.ai_analytics_user_groups_orgs_retrieve(
        org=org,
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


@router.get(
    "/api/analytics/content/",
    operation_id="get_content_analytics",
    summary="Get Content Analytics",
    description='Retrieve aggregated analytics for catalog content (courses, programs, pathways, skills).                  Returns both summary statistics and paginated list of content items with individual analytics.         When a platform_key is provided, results are filtered to show only content consumed by          learners associated with that platform.                  **RBAC Requirements:**         - Requires: Analytics Viewer role (Ibl.Analytics/Core/read) or Tenant Admin role (Ibl.*)                  **Metrics supported:**         - `course` or `courses`: Course analytics with time spent         - `program` or `programs`: Program analytics           - `pathway` or `pathways`: Pathway analytics         - `skill` or `skills`: Skill analytics                  **Platform Filtering:**         - Without platform_key: Shows global analytics across all platforms         - With platform_key: Shows analytics filtered by platform learners only                  **Time Spent Analytics:**         - Platform-level: Total time spent across all content and average per learner         - Course-level: Total time spent per course and average per enrolled learner         - Time values are provided in seconds for precision         - Overtime: Time series data showing platform time spent over last 7 days (courses only, and include_overtime=true)                  **External Content:**         - Content not owned by the requesting platform but used by its learners is marked as "external"         - External content has limited metadata exposure for privacy',
    status_code=200,
    response_model=models.ContentResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def get_content_analytics(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    metric: Annotated[
        Literal[
            "course", "courses", "program", "programs", "pathway", "pathways", "skill", "skills"
        ],
        Query(
            min_length=1,
            description="The type of content to retrieve (course, program, pathway, skill)  * `course` - course * `courses` - courses * `program` - program * `programs` - programs * `pathway` - pathway * `pathways` - pathways * `skill` - skill * `skills` - skills",
        ),
    ],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    include_overtime: Annotated[
        bool | None, Query(description="Include time spent over time data")
    ] = None,
    limit: Annotated[
        int | None, Query(ge=1, le=100, description="Number of items per page (max 100)")
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    page: Annotated[int | None, Query(ge=1, description="Page number for pagination")] = None,
    platform_key: Annotated[
        str | None, Query(description="Optional platform key to filter results by platform")
    ] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.ContentResponse:
    return await api.get_content_analytics(
        metric=metric,
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        include_overtime=include_overtime,
        limit=limit,
        mentor_unique_id=mentor_unique_id,
        page=page,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/content/details/{content_id}/",
    operation_id="get_content_details",
    summary="Get Content Details",
    description="Retrieve detailed analytics for a specific content item including summary statistics, learner-level data, and optional time series information.",
    status_code=200,
    response_model=models.ContentDetailsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def get_content_details(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    content_id: Annotated[str, Path()],
    metric: Annotated[
        Literal[
            "course", "courses", "program", "programs", "pathway", "pathways", "skill", "skills"
        ],
        Query(
            min_length=1,
            description="Content type to fetch (course, program, pathway, skill)  * `course` - course * `courses` - courses * `program` - program * `programs` - programs * `pathway` - pathway * `pathways` - pathways * `skill` - skill * `skills` - skills",
        ),
    ],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    limit: Annotated[
        int | None, Query(ge=1, le=30, description="Number of learner records per page")
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    page: Annotated[int | None, Query(ge=1)] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    search: Annotated[str | None, Query()] = None,
    start_date: Annotated[str | None, Query()] = None,
    time_metric: Annotated[
        str | None,
        Query(
            description="Optional time series metric (enrollments, completions, ratings, time_spent)"
        ),
    ] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.ContentDetailsResponse:
    return await api.get_content_details(
        content_id=content_id,
        metric=metric,
        date_filter=date_filter,
        end_date=end_date,
        limit=limit,
        mentor_unique_id=mentor_unique_id,
        page=page,
        platform_key=platform_key,
        search=search,
        start_date=start_date,
        time_metric=time_metric,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/conversations/",
    operation_id="analytics_conversations_retrieve",
    description='Mixin for RBAC validation for mentor analytics views.  Mentor analytics endpoints require: 1. Aggregate analytics: First checks if user has "Ibl.Analytics/CanViewAnalytics/action"    permission on the platform resource (/platforms/{pk}/) when retrieving aggregate data 2. Mentor-specific access validation:    - If mentor_unique_id is provided, validates access to that specific mentor    - Checks mentor owner access (if user created the mentor) via is_owner parameter    - Checks mentor-specific RBAC access: /platforms/{pk}/mentors/{mentor_id}/    - Uses action prefix "Ibl.Analytics/Mentors/" for mentor access validation 3. User/usergroup access for filtering:    - Uses "Ibl.Analytics/Mentors/read" action to determine accessible users    - Supports usergroup filtering via _get_accessible_user_ids()  This mixin extends AnalyticsRbacMixin to reuse shared RBAC validation logic while adding mentor-specific validation.  Special Case - Mentor Owner Unfiltered Access: If the requesting user owns the mentor (mentor.created_by == requesting_user.username) AND no usergroup_ids are specified, the _get_accessible_user_ids_for_mentor_analytics() method returns None to allow unfiltered access to all users in the platform.  Note: Mentor analytics APIs work with platform_key (from query params).',
    status_code=200,
    response_model=models.ConversationsChart,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_conversations_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    metric: Annotated[
        Literal["conversations", "headline"] | None,
        Query(
            min_length=1,
            description="* `conversations` - Conversations over time * `headline` - Headline metrics for conversations (avg messages per conversation, avg rating)",
        ),
    ] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.ConversationsChart:
    return await api.analytics_conversations_retrieve(
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        mentor_unique_id=mentor_unique_id,
        metric=metric,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/financial/",
    operation_id="analytics_financial_retrieve",
    description='Financial Analytics API - Get comprehensive cost metrics with comparison analysis.  This endpoint provides period-based cost analysis (not cumulative) with support for: - Multiple time granularities and metrics - Cross-dimensional filtering - Percentage change vs comparison periods - Forward-filled time series  **Examples:**  **Basic Weekly Costs:** ``` GET /api/analytics/financial/?metric=weekly_costs&comparison_days=10 ```  **Platform & Mentor Filtered:** ``` # Get total costs for a specific platform and mentor GET /api/analytics/financial/?metric=total_costs&platform_key=web-app&mentor_unique_id=mentor-123&comparison_days=14 ```  **Monthly Costs by Provider:** ``` GET /api/analytics/financial/?metric=monthly_costs&provider=openai&granularity=month&comparison_days=30 ```  **Daily Costs for Specific User:** ``` GET /api/analytics/financial/?metric=total_costs&username=user-456&granularity=day&start_date=2025-01-15&end_date=2025-01-21&comparison_days=7 ```   **Response Structure:** ```json {     "metric": "weekly_costs",     "value": 12.47,     "percentage_change": 8.5,     "overtime": [         {"date": "2025-01-06", "value": 2.89},         {"date": "2025-01-13", "value": 3.12}     ],     "period_info": {         "start_date": "2025-01-01",         "end_date": "2025-01-31",         "period_days": 31     },     "comparison_info": {         "previous_period_value": 11.50,         ...     } } ```',
    status_code=200,
    response_model=models.BaseFinanceResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_financial_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    metric: Annotated[
        Literal["total_costs", "weekly_costs", "monthly_costs"],
        Query(
            min_length=1,
            description="Type of financial metric to retrieve  * `total_costs` - Total costs for selected timeframe * `weekly_costs` - Costs for current/selected week * `monthly_costs` - Costs for current/selected month",
        ),
    ],
    comparison_days: Annotated[
        int | None,
        Query(
            ge=1,
            description="Number of days for comparison period to calculate percentage change (e.g., 10 for 10-day comparison)",
        ),
    ] = None,
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    fill_method: Annotated[
        Literal["zero", "previous"] | None,
        Query(
            min_length=1,
            description="Method for filling missing time periods in overtime data  * `zero` - Fill missing periods with zero * `previous` - Fill missing periods with previous value",
        ),
    ] = None,
    granularity: Annotated[
        Literal["day", "week", "month"] | None,
        Query(
            min_length=1,
            description="Time granularity for overtime series data  * `day` - Daily data points * `week` - Weekly data points * `month` - Monthly data points",
        ),
    ] = None,
    llm_model: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter by specific LLM model (e.g., gpt-4o, claude-3-5-sonnet)",
        ),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    provider: Annotated[
        Literal["openai", "anthropic", "azure", "google", "meta", "other"] | None,
        Query(
            min_length=1,
            description="Filter by AI provider  * `openai` - OpenAI * `anthropic` - Anthropic * `azure` - Azure * `google` - Google * `meta` - Meta * `other` - Other",
        ),
    ] = None,
    show_overtime: Annotated[
        bool | None, Query(description="Whether to include overtime series data in response")
    ] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
    username: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Filter by specific username - returns costs for this user only",
        ),
    ] = None,
) -> models.BaseFinanceResponse:
    return await api.analytics_financial_retrieve(
        metric=metric,
        comparison_days=comparison_days,
        date_filter=date_filter,
        end_date=end_date,
        fill_method=fill_method,
        granularity=granularity,
        llm_model=llm_model,
        mentor_unique_id=mentor_unique_id,
        platform_key=platform_key,
        provider=provider,
        show_overtime=show_overtime,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        username=username,
    )


@router.get(
    "/api/analytics/financial/details/",
    operation_id="analytics_financial_details_retrieve",
    description='Financial Details Analytics API – paginated cost tables with flexible grouping.  This endpoint returns tabular cost metrics aggregated by the dimension specified via the `group_by` query parameter.  One or more KPI columns can be requested through the comma-separated `metrics` list while typical filters (date range, provider, platform_key, user, etc.) narrow the dataset.  Results are paginated with `page` / `limit`.  **Required query parameters** - group_by – provider | llm_model | username | mentor | platform - metrics – csv list of KPI names, e.g. total_cost, sessions  **Shared optional filters** - start_date, end_date   – ISO yyyy-mm-dd (ignored when all_time=true) - platform_key           – tenant isolation - mentor_unique_id       – filter to one mentor - username               – filter to a learner - provider / llm_model   – filter to LLM provider / model - all_time               – true → lifetime totals - page (default 1), limit (default 50)  **Examples** -------- 1. Cost by provider for the last week ```    GET /api/v2/analytics/financial/details?        group_by=provider&        metrics=total_cost&        start_date=2025-01-01&        end_date=2025-01-07&        page=1&limit=10 ```  2. Lifetime cost per user with extra KPIs    ```    GET /api/v2/analytics/financial/details?        group_by=username&        metrics=total_cost,sessions&        all_time=true&page=1&limit=50    ``` 3. Cost by LLM model with tenant filter ```    GET /api/v2/analytics/financial/details?        group_by=llm_model&        metrics=total_cost&        platform_key=web-app&        start_date=2025-01-01&end_date=2025-01-31 ``` Response structure ------------------- ``` {   "page": 1,   "limit": 10,   "total_pages": 1,   "total_records": 3,   "rows": [     {"provider": "openai", "total_cost": "2.50000"},     {"provider": "anthropic", "total_cost": "1.00000"},     {"provider": "azure",    "total_cost": "0.50000"}   ],   "metrics": [     {       "name": "total_cost",       "unit": "$",       "description": "Cost for this entity in period"     }   ],   "total_cost": "4.00000"   // optional grand-total when available } ``',
    status_code=200,
    response_model=models.FinanceDetailsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_financial_details_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    group_by: Annotated[
        Literal["provider", "llm_model", "username", "mentor", "platform", "action"],
        Query(
            min_length=1,
            description="Dimension to group by  * `provider` - Group by provider * `llm_model` - Group by LLM model * `username` - Group by username * `mentor` - Group by mentor * `platform` - Group by platform * `action` - Group by actions",
        ),
    ],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    limit: Annotated[int | None, Query(ge=1, le=100)] = None,
    llm_model: Annotated[str | None, Query(min_length=1)] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    metrics: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Comma-separated list of metrics (e.g. total_cost,sessions, last_active)",
        ),
    ] = None,
    page: Annotated[int | None, Query(ge=1)] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    provider: Annotated[str | None, Query(min_length=1)] = None,
    search: Annotated[str | None, Query()] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
    username: Annotated[str | None, Query(min_length=1)] = None,
) -> models.FinanceDetailsResponse:
    return await api.analytics_financial_details_retrieve(
        group_by=group_by,
        date_filter=date_filter,
        end_date=end_date,
        limit=limit,
        llm_model=llm_model,
        mentor_unique_id=mentor_unique_id,
        metrics=metrics,
        page=page,
        platform_key=platform_key,
        provider=provider,
        search=search,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        username=username,
    )


@router.get(
    "/api/analytics/financial/invoice/",
    operation_id="analytics_financial_invoice_retrieve",
    description='Flexible Invoice Report API – Billing summary with username and platform filtering.  This endpoint generates invoice reports with flexible filtering options: - Platform admins can view their platform\'s data and filter by username within their platform - Super admins can view any combination of username/platform or global summaries  **Key Features:** - Flexible filtering by username and/or platform_key - Essential metrics: total cost, sessions, usage period - Provider breakdown (OpenAI, Anthropic, etc.) - Top mentors/actions by cost - Clean, invoice-ready format  **Query Parameters:** - username: Filter by specific username (optional) - platform_key: Filter by platform (optional, but required for platform admins) - start_date, end_date: billing period (defaults to last 30 days) - include_breakdown: show provider/mentor details (default: true)  **Permission Logic:** - Platform admins: Must include platform_key matching their permission scope - Super admins: Can use any combination of filters or none (global summary)  **Examples:** ``` # Platform admin viewing their platform GET /api/analytics/financial/invoice?platform_key=web-app  # Platform admin viewing specific user in their platform GET /api/analytics/financial/invoice?platform_key=web-app&username=john.doe  # Super admin viewing specific user across all platforms GET /api/analytics/financial/invoice?username=john.doe  # Super admin viewing global summary GET /api/analytics/financial/invoice ```  **Response Structure:** ```json {   "entity": {     "type": "user|platform|global",     "username": "john.doe",     "platform_key": "web-app",     "platform_name": "Web Application",     "display_name": "John Doe on Web Application"   },   "billing_period": {     "start_date": "2025-01-01",     "end_date": "2025-01-31",     "days": 31   },   "summary": {     "total_cost": 245.750,     "total_sessions": 1250,     "active_users": 85,     "cost_per_session": 0.196   },   "breakdown": {     "by_provider": [...],     "by_mentor": [...],     "by_action": [...]   } } ```',
    status_code=200,
    response_model=models.InvoiceReportResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_financial_invoice_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    end_date: Annotated[
        str | None, Query(description="End date for billing period (defaults to today)")
    ] = None,
    include_breakdown: Annotated[
        bool | None, Query(description="Whether to include provider and mentor breakdown")
    ] = None,
    platform_key: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=255,
            description="Platform key to filter by (optional, required for platform admins)",
        ),
    ] = None,
    start_date: Annotated[
        str | None, Query(description="Start date for billing period (defaults to 30 days ago)")
    ] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
    username: Annotated[
        str | None,
        Query(
            min_length=1, max_length=255, description="Username to generate invoice for (optional)"
        ),
    ] = None,
) -> models.InvoiceReportResponse:
    return await api.analytics_financial_invoice_retrieve(
        end_date=end_date,
        include_breakdown=include_breakdown,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        username=username,
    )


@router.get(
    "/api/analytics/learner/details",
    operation_id="analytics_learner_details_retrieve",
    description="Retrieve a holistic snapshot of a learner across catalog enrollments, mentor         engagement, skills, credentials, and time spent data. The `metrics` query parameter controls         which sections are returned and defaults to `courses` when omitted.",
    status_code=200,
    response_model=models.LearnerDetailsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_learner_details_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    username: Annotated[str, Query(min_length=1)],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    metrics: Annotated[str | None, Query()] = None,
    overtime: Annotated[
        bool | None,
        Query(description="Include overtime metrics for time_spent data (default: false)"),
    ] = None,
    platform_key: Annotated[str | None, Query()] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.LearnerDetailsResponse:
    return await api.analytics_learner_details_retrieve(
        username=username,
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        mentor_unique_id=mentor_unique_id,
        metrics=metrics,
        overtime=overtime,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/learners/",
    operation_id="analytics_learners_retrieve",
    description="Unified API endpoint for learner analytics.  This endpoint provides either: 1. Cross-platform summary (when only username is provided) 2. Platform-specific detailed data (when username + platform_key are provided)  Query params: - username (required): Username of the learner - platform_key (optional): Platform key for platform-specific data - page (optional): Page number (default: 1) - limit (optional): Records per page (default: 20, max: 100)  Returns: - If platform_key provided: Detailed platform metrics - If no platform_key: Cross-platform summary with pagination",
    status_code=200,
    response_model=models.LearnerAnalyticsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_learners_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    limit: Annotated[
        int | None,
        Query(ge=1, le=100, description="Number of records per page (default: 20, max: 100)"),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    overtime: Annotated[
        bool | None,
        Query(description="Include overtime metrics for the user in the platform (default: false)"),
    ] = None,
    page: Annotated[int | None, Query(ge=1, description="Page number (default: 1)")] = None,
    platform_key: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Optional platform key - if provided, returns platform-specific detailed data",
        ),
    ] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
    username: Annotated[
        str | None,
        Query(
            min_length=1,
            description="Username of the learner to get analytics for. Defaults to self if not provided.",
        ),
    ] = None,
) -> models.LearnerAnalyticsResponse:
    return await api.analytics_learners_retrieve(
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        limit=limit,
        mentor_unique_id=mentor_unique_id,
        overtime=overtime,
        page=page,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        username=username,
    )


@router.get(
    "/api/analytics/learners/list/",
    operation_id="analytics_learners_list_retrieve",
    description="Retrieve a paginated list of learners for a specific platform with their comprehensive         metrics from the UserPlatformSummary materialized view. This endpoint is accessible only         to platform administrators and supports search, sorting, and pagination.",
    status_code=200,
    response_model=models.LearnerListResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_learners_list_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    platform_key: Annotated[
        str, Query(min_length=1, description="Platform key to filter learners by platform")
    ],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    limit: Annotated[
        int | None,
        Query(ge=1, le=100, description="Number of learners per page (default: 20, max: 100)"),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    page: Annotated[
        int | None, Query(ge=1, description="Page number for pagination (default: 1)")
    ] = None,
    search: Annotated[
        str | None, Query(description="Search term to filter learners by username, email, or name")
    ] = None,
    sort_by: Annotated[
        Literal[
            "username",
            "name",
            "last_activity",
            "total_points",
            "total_time_spent_seconds",
            "total_enrollments",
            "total_skills_count",
        ]
        | None,
        Query(
            min_length=1,
            description="Field to sort learners by (default: last_activity)  * `username` - Username * `name` - Name * `last_activity` - Last Activity * `total_points` - Total Points * `total_time_spent_seconds` - Time Spent * `total_enrollments` - Enrollments * `total_skills_count` - Skills Count",
        ),
    ] = None,
    sort_order: Annotated[
        Literal["asc", "desc"] | None,
        Query(
            min_length=1,
            description="Sort order (default: desc)  * `asc` - Ascending * `desc` - Descending",
        ),
    ] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.LearnerListResponse:
    return await api.analytics_learners_list_retrieve(
        platform_key=platform_key,
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        limit=limit,
        mentor_unique_id=mentor_unique_id,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/messages/",
    operation_id="analytics_messages_retrieve",
    description="Conversation list endpoint for analytics.  Query params (all optional unless specified by permissions): - platform_key: filter by platform - mentor_unique_id: filter by mentor - page: page number (default 1) - limit: page size (default 20, max 100) - search: search in user name and first user message - min_messages, max_messages: message_count range - sentiment: positive|negative|neutral - topic: topic name contains - start_date, end_date: date filter on conversation date  Returns: summary totals, results list (paginated), and pagination metadata.",
    status_code=200,
    response_model=models.ConversationListResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_messages_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    end_date: Annotated[str | None, Query()] = None,
    limit: Annotated[int | None, Query(ge=1, le=100)] = None,
    max_messages: Annotated[int | None, Query(ge=0)] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    min_messages: Annotated[int | None, Query(ge=0)] = None,
    page: Annotated[int | None, Query(ge=1)] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    search: Annotated[str | None, Query()] = None,
    sentiment: Annotated[
        Literal["positive", "negative", "neutral"] | None,
        Query(
            min_length=1,
            description="* `positive` - positive * `negative` - negative * `neutral` - neutral",
        ),
    ] = None,
    start_date: Annotated[str | None, Query()] = None,
    topic: Annotated[str | None, Query(min_length=1)] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.ConversationListResponse:
    return await api.analytics_messages_retrieve(
        end_date=end_date,
        limit=limit,
        max_messages=max_messages,
        mentor_unique_id=mentor_unique_id,
        min_messages=min_messages,
        page=page,
        platform_key=platform_key,
        search=search,
        sentiment=sentiment,
        start_date=start_date,
        topic=topic,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/messages/details/",
    operation_id="analytics_messages_details_retrieve",
    description="Conversation detail endpoint for analytics.  Query params: - session_id (required): UUID of the session to fetch - platform_key, mentor_unique_id (optional): further scope - start_date, end_date (optional): date filter on message timestamps  Returns: summary metadata from conversation_list MV, and a list of human/ai message pairs in chronological order.",
    status_code=200,
    response_model=models.ConversationDetailResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_messages_details_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    session_id: Annotated[str, Query(min_length=1)],
    end_date: Annotated[str | None, Query()] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.ConversationDetailResponse:
    return await api.analytics_messages_details_retrieve(
        session_id=session_id,
        end_date=end_date,
        mentor_unique_id=mentor_unique_id,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.post(
    "/api/analytics/orgs/{org}/time/update/",
    operation_id="analytics_orgs_time_update_create",
    description='Update time spent tracking data from client-side events.  This endpoint receives time spent data collected on the client side and stores it in the analytics database. Authentication is optional - the API supports both authenticated and anonymous requests.  Methods:     POST: Submit time spent tracking data  Authentication:     Optional - supports both authenticated and anonymous requests.     - Authenticated requests: User ID is associated with the record     - Anonymous requests: Records are stored with null user_id  Returns:     A response indicating success or failure:     {         "success": true|false,         "message": "Error message if failed" (optional)     }  Error Responses:     400 Bad Request: If the request data is invalid or the API is disabled  Notes:     This API must be enabled via the ENABLE_TIME_SPENT_UPDATE_API setting.',
    status_code=200,
    response_model=models.TimeSpentUpdateResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_orgs_time_update_create(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.TimeSpentUpdateRequest, Body()],
) -> models.TimeSpentUpdateResponse:
    return await api.analytics_orgs_time_update_create(org=org, body=body)


@router.get(
    "/api/analytics/ratings/",
    operation_id="analytics_ratings_retrieve",
    description="Ratings overtime endpoint.  Query params: - metric: only 'ratings' is supported (default) - platform_key, mentor_unique_id: optional filters - granularity: 'day' (default) or 'hour' (hour only for today) - start_date, end_date: optional date range; defaults applied if not provided  Returns: { metric: 'ratings', points: [{date, value}, ...] }",
    status_code=200,
    response_model=models.RatingsOvertime,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_ratings_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    metric: Annotated[
        Literal["ratings"] | None,
        Query(min_length=1, description="* `ratings` - Ratings over time"),
    ] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.RatingsOvertime:
    return await api.analytics_ratings_retrieve(
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        mentor_unique_id=mentor_unique_id,
        metric=metric,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/sessions/",
    operation_id="analytics_sessions_retrieve",
    description='Mixin for RBAC validation for mentor analytics views.  Mentor analytics endpoints require: 1. Aggregate analytics: First checks if user has "Ibl.Analytics/CanViewAnalytics/action"    permission on the platform resource (/platforms/{pk}/) when retrieving aggregate data 2. Mentor-specific access validation:    - If mentor_unique_id is provided, validates access to that specific mentor    - Checks mentor owner access (if user created the mentor) via is_owner parameter    - Checks mentor-specific RBAC access: /platforms/{pk}/mentors/{mentor_id}/    - Uses action prefix "Ibl.Analytics/Mentors/" for mentor access validation 3. User/usergroup access for filtering:    - Uses "Ibl.Analytics/Mentors/read" action to determine accessible users    - Supports usergroup filtering via _get_accessible_user_ids()  This mixin extends AnalyticsRbacMixin to reuse shared RBAC validation logic while adding mentor-specific validation.  Special Case - Mentor Owner Unfiltered Access: If the requesting user owns the mentor (mentor.created_by == requesting_user.username) AND no usergroup_ids are specified, the _get_accessible_user_ids_for_mentor_analytics() method returns None to allow unfiltered access to all users in the platform.  Note: Mentor analytics APIs work with platform_key (from query params).',
    status_code=200,
    response_model=models.SessionsChart,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_sessions_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    metric: Annotated[
        Literal["sessions", "headline"] | None,
        Query(
            min_length=1,
            description="* `sessions` - Sessions over time * `headline` - Headline metrics for sessions (avg messages per session, avg rating)",
        ),
    ] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.SessionsChart:
    return await api.analytics_sessions_retrieve(
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        mentor_unique_id=mentor_unique_id,
        metric=metric,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/time-spent/user/",
    operation_id="analytics_time_spent_user_retrieve",
    summary="Get total time spent for current user",
    description="Returns the total time spent (in seconds) for the current authenticated user.         Can be filtered by platform, date range, course ID, URL, mentor UUID, and session UUID.",
    status_code=200,
    response_model=models.TimeSpentPerUserResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_time_spent_user_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[
        str | None, Query(min_length=1, description="Course ID to filter by (can be partial)")
    ] = None,
    end_date: Annotated[
        str | None, Query(description="End date for time range (YYYY-MM-DD)")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Whether to include main platform data")
    ] = None,
    mentor_uuid: Annotated[
        str | None, Query(min_length=1, description="Mentor UUID to filter by")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key to filter by")
    ] = None,
    session_uuid: Annotated[
        str | None, Query(min_length=1, description="Session UUID to filter by")
    ] = None,
    start_date: Annotated[
        str | None, Query(description="Start date for time range (YYYY-MM-DD)")
    ] = None,
    url: Annotated[
        str | None, Query(min_length=1, description="URL to filter by (can be partial)")
    ] = None,
    username: Annotated[
        str | None, Query(min_length=1, description="Username to get data for (admin users only)")
    ] = None,
) -> models.TimeSpentPerUserResponse:
    return await api.analytics_time_spent_user_retrieve(
        course_id=course_id,
        end_date=end_date,
        include_main_platform=include_main_platform,
        mentor_uuid=mentor_uuid,
        platform_key=platform_key,
        session_uuid=session_uuid,
        start_date=start_date,
        url=url,
        username=username,
    )


@router.get(
    "/api/analytics/time/",
    operation_id="analytics_time_retrieve",
    description="Time Analytics API - User activity patterns by time of day and day of week.                  Provides heatmap data showing when users are most active, useful for:         - Understanding peak usage times         - Capacity planning and resource allocation         - User behavior analysis         - Support scheduling optimization                  **Key Features:**         - Day of week patterns (0=Sunday through 6=Saturday)         - Hour of day activity levels (0-23)         - Flexible date range filtering         - Platform and mentor-specific filtering         - Message count aggregation                  **Data Structure:**         - `day_of_week`: 0-6 (Sunday-Saturday)         - `hour`: 0-23 (24-hour format)         - `value`: Message count for that time slot",
    status_code=200,
    response_model=models.AccessTimesHeatmap,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.AccessTimesHeatmap:
    return await api.analytics_time_retrieve(
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        mentor_unique_id=mentor_unique_id,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/topics/",
    operation_id="analytics_topics_retrieve",
    description="Returns topics overview analytics for a given platform and mentor.  Permission Required: - Platform Admin - Ibl.Analytics/Mentors/read",
    status_code=200,
    response_model=models.TopicsOverview,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_topics_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    metric: Annotated[
        Literal["overview", "sessions", "ratings", "highlighted"] | None,
        Query(
            min_length=1,
            description="* `overview` - Overall topic metrics * `sessions` - Sessions over time * `ratings` - Ratings over time * `highlighted` - Highlighted topics",
        ),
    ] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.TopicsOverview:
    return await api.analytics_topics_retrieve(
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        mentor_unique_id=mentor_unique_id,
        metric=metric,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/topics/details/",
    operation_id="analytics_topics_details_retrieve",
    description="Returns topic details Analytics for a given platform and mentor.  Permission Required: - Platform Admin - Ibl.Analytics/Mentors/read",
    status_code=200,
    response_model=models.TopicDetails,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_topics_details_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    limit: Annotated[int | None, Query(ge=1, le=100)] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    page: Annotated[int | None, Query(ge=1)] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    search: Annotated[str | None, Query(description="Search by topic name")] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.TopicDetails:
    return await api.analytics_topics_details_retrieve(
        date_filter=date_filter,
        end_date=end_date,
        limit=limit,
        mentor_unique_id=mentor_unique_id,
        page=page,
        platform_key=platform_key,
        search=search,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/users/",
    operation_id="analytics_users_retrieve",
    description="User Analytics API - Comprehensive user activity metrics and trends.                  Provides real-time and historical user analytics including:         - Currently active users (last hour)         - Active users over time periods (7d, 30d, 90d)         - Registered user counts and growth         - Time series charts with customizable granularity                  **Key Features:**         - Real-time active user counting         - Percentage change calculations vs previous periods         - Flexible date filtering and granularity         - Platform and mentor-specific filtering         - Forward-filled time series data                  **Supported Metrics:**         - `currently_active`: Users active in last hour         - `active_users`: Unique users in specified period         - `registered_users`: Total and new user counts",
    status_code=200,
    response_model=models.CurrentUsersResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    metric: Annotated[
        Literal["currently_active", "active_users", "registered_users", "active_users_last_30d"],
        Query(
            min_length=1,
            description="* `currently_active` - Users logged in right now * `active_users` - Active users in a period * `registered_users` - Registered users * `active_users_last_30d` - Active users in the last 30 days",
        ),
    ],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    granularity: Annotated[
        Literal["day", "hour", "week", "month"] | None,
        Query(
            min_length=1,
            description="* `day` - day * `hour` - hour * `week` - week * `month` - month",
        ),
    ] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.CurrentUsersResponse:
    return await api.analytics_users_retrieve(
        metric=metric,
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        mentor_unique_id=mentor_unique_id,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/analytics/users/details/",
    operation_id="analytics_users_details_retrieve",
    description="User Details API - Comprehensive user activity details with search and filtering.                  Provides detailed user information including:         - User contact information (email, full name)         - Activity metrics (message count, last activity)         - Search functionality across multiple fields         - Flexible date range filtering         - CSV export capability                  **Key Features:**         - Full-text search across email, name, and user ID         - Date range filtering for activity periods         - Platform and mentor-specific filtering         - Comprehensive pagination with metadata         - CSV export for data analysis         - User aggregation across platforms/mentors                  **Search Capabilities:**         - Email address matching         - Full name search         - User ID lookup         - Partial string matching (case-insensitive)                  **Export Options:**         - JSON response (default)         - CSV export (?export=csv)         - Includes all user fields in export",
    status_code=200,
    response_model=models.UserDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def analytics_users_details_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    date_filter: Annotated[
        Literal["today", "7d", "30d", "90d", "all_time", "custom"] | None,
        Query(
            min_length=1,
            description="* `today` - Today only * `7d` - Last 7 days * `30d` - Last 30 days * `90d` - Last 90 days * `all_time` - All time * `custom` - Custom date range",
        ),
    ] = None,
    end_date: Annotated[str | None, Query()] = None,
    limit: Annotated[int | None, Query(ge=1, le=100)] = None,
    mentor_unique_id: Annotated[str | None, Query()] = None,
    page: Annotated[int | None, Query(ge=1)] = None,
    platform_key: Annotated[str | None, Query(min_length=1)] = None,
    search: Annotated[
        str | None, Query(description="Search by email, full name, or user ID")
    ] = None,
    start_date: Annotated[str | None, Query()] = None,
    usergroup_ids: Annotated[
        list[int] | None, Query(description="Optional list of usergroup IDs to filter results")
    ] = None,
) -> models.UserDetail:
    return await api.analytics_users_details_retrieve(
        date_filter=date_filter,
        end_date=end_date,
        limit=limit,
        mentor_unique_id=mentor_unique_id,
        page=page,
        platform_key=platform_key,
        search=search,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
    )


@router.get(
    "/api/audience/orgs/{org}/active-users/over-time",
    operation_id="audience_orgs_active_users_over_time_retrieve",
    description="Get active user counts over time.  This endpoint provides daily counts of active users (users with known activity) over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily active user counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.  An active user is defined as a user with any activity within the past 30 days.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_active_users_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.audience_orgs_active_users_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/audience/orgs/{org}/active-users/per-course",
    operation_id="audience_orgs_active_users_per_course_retrieve",
    description="Get active user counts on a per-course basis.  This endpoint provides counts of active users for each course within the specified date range.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)  Returns:     A list of courses with their active user counts.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.ActiveUsersPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_active_users_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.ActiveUsersPerCourse:
    return await api.audience_orgs_active_users_per_course_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/audience/orgs/{org}/active-users/users",
    operation_id="audience_orgs_active_users_users_retrieve",
    description="Get a list of active users with activity metrics.  This endpoint provides a paginated list of users who have had activity within the specified date range.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)     course_id (str, optional): Filter by course ID     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of active users with their activity metrics.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.ActiveUsersList,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_active_users_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.ActiveUsersList:
    return await api.audience_orgs_active_users_users_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/audience/orgs/{org}/enrollments/courses/{course_id}/over-time",
    operation_id="audience_orgs_enrollments_courses_over_time_retrieve",
    description="Get enrollment or unenrollment counts over time.  This endpoint provides daily counts of new enrollments or unenrollments over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     active (bool): Get enrollments when true, unenrollments when false  Returns:     Daily counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_enrollments_courses_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    return await api.audience_orgs_enrollments_courses_over_time_retrieve(
        course_id=course_id,
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/audience/orgs/{org}/enrollments/courses/{course_id}/users",
    operation_id="audience_orgs_enrollments_courses_users_retrieve",
    description="List users enrolled in a specific course.  This endpoint provides a list of users who are enrolled or unenrolled in a specified course.  Query Parameters:     course_id (str): The course ID to get enrollments for     active (bool): Filter for active enrollments when true, inactive when false     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of users with:     - Username     - Full name     - Email     - Enrollment timestamp",
    status_code=200,
    response_model=models.EnrollmentsPerUser,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_enrollments_courses_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.EnrollmentsPerUser:
    return await api.audience_orgs_enrollments_courses_users_retrieve(
        course_id=course_id,
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/audience/orgs/{org}/enrollments/over-time",
    operation_id="audience_orgs_enrollments_over_time_retrieve",
    description="Get enrollment or unenrollment counts over time.  This endpoint provides daily counts of new enrollments or unenrollments over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     active (bool): Get enrollments when true, unenrollments when false  Returns:     Daily counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_enrollments_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    return await api.audience_orgs_enrollments_over_time_retrieve(
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/audience/orgs/{org}/enrollments/per-course",
    operation_id="audience_orgs_enrollments_per_course_retrieve",
    description="List enrollment statistics on a per-course basis.  This endpoint provides enrollment counts for all courses, with options to filter for active or inactive enrollments and to include time-based data.  Query Parameters:     active (bool): Filter for active enrollments when true, inactive when false     start_date (str, optional): Start date for time-based filtering (ISO format)     end_date (str, optional): End date for time-based filtering (ISO format)     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with their enrollment counts and percentages.",
    status_code=200,
    response_model=models.Enrollments,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_enrollments_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.Enrollments:
    return await api.audience_orgs_enrollments_per_course_retrieve(
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/audience/orgs/{org}/registered-users/",
    operation_id="audience_orgs_registered_users_retrieve",
    description="List all learners on the platform with aggregated metrics.  This endpoint returns a paginated list of all learners with key metrics including: - Enrollment counts - Completion counts - Time spent on platform  Query Parameters:     page (int): Page number for pagination     length (int): Number of items per page     search (str): Filter learners by username, email, or name  Returns:     A paginated list of learners with their associated metrics.",
    status_code=200,
    response_model=models.PerlearnerUserList,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_registered_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    search: Annotated[
        str | None, Query(min_length=1, description="Search string for learner")
    ] = None,
) -> models.PerlearnerUserList:
    return await api.audience_orgs_registered_users_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        search=search,
    )


@router.get(
    "/api/audience/orgs/{org}/registered-users/over-time",
    operation_id="audience_orgs_registered_users_over_time_retrieve",
    description="Get registered user counts over time.  This endpoint provides daily counts of new user registrations over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily registration counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_registered_users_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.audience_orgs_registered_users_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/audience/orgs/{org}/registered-users/per-course",
    operation_id="audience_orgs_registered_users_per_course_retrieve",
    description="List enrollment statistics on a per-course basis.  This endpoint provides enrollment counts for all courses, with options to filter for active or inactive enrollments and to include time-based data.  Query Parameters:     active (bool): Filter for active enrollments when true, inactive when false     start_date (str, optional): Start date for time-based filtering (ISO format)     end_date (str, optional): End date for time-based filtering (ISO format)     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with their enrollment counts and percentages.",
    status_code=200,
    response_model=models.Enrollments,
    response_model_exclude_unset=True,
    response_description="",
)
async def audience_orgs_registered_users_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    active: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Any of `y`, `yes`, `true`. set to false or no for unenrollments   * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.Enrollments:
    return await api.audience_orgs_registered_users_per_course_retrieve(
        org=org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/activity",
    operation_id="engagement_orgs_activity_retrieve",
    description="Get engagement metrics on a per-course basis.  This endpoint provides a paginated list of courses with engagement metrics including activity counts, time spent, and interaction data.  Query Parameters:     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with their engagement metrics.",
    status_code=200,
    response_model=models.EngagementPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_activity_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.EngagementPerCourse:
    return await api.engagement_orgs_activity_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/engagement/orgs/{org}/course_completion/over-time",
    operation_id="engagement_orgs_course_completion_over_time_retrieve",
    description="Completion count per user per course across the platform  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_course_completion_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.engagement_orgs_course_completion_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/course_completion/per-course",
    operation_id="engagement_orgs_course_completion_per_course_retrieve",
    description="List course completion metrics on a per-course basis.  This endpoint provides a paginated table of courses with enrollment and completion statistics for each course.  Returns:     A paginated list of courses with:     - Course identification (ID and name)     - Enrollment count     - Completion count     - Average completion rate",
    status_code=200,
    response_model=models.CourseCompletionPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_course_completion_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.CourseCompletionPerCourse:
    return await api.engagement_orgs_course_completion_per_course_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/time/average",
    operation_id="engagement_orgs_courses_time_average_retrieve",
    description="Average time spent in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 3. course_id <optional>  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.AverageOvertime,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_time_average_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
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
) -> models.AverageOvertime:
    return await api.engagement_orgs_courses_time_average_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/time/detail",
    operation_id="engagement_orgs_courses_time_detail_retrieve",
    description="Time spent per course in secs in a tree like form  Kwargs course_id e.g course-v1:Org+Course4+Run  Query Params 1. start_date <optional> e.g 2020-10-01 2. end_date <optional> e.g 2020-10-10",
    status_code=200,
    response_model=models.TimeDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_time_detail_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.TimeDetail:
    return await api.engagement_orgs_courses_time_detail_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/time/over-time",
    operation_id="engagement_orgs_courses_time_over_time_retrieve",
    description="Time spent per course in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 Kwargs 3. course_id  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_time_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.engagement_orgs_courses_time_over_time_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/time/users",
    operation_id="engagement_orgs_courses_time_users_retrieve",
    description="Time spent by users in a course  Query Params course_id  e.g course-v1:Org+Course4+Run",
    status_code=200,
    response_model=models.TimeSpentByUsersInCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_time_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.TimeSpentByUsersInCourse:
    return await api.engagement_orgs_courses_time_users_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/time/users/{user_id}/detail",
    operation_id="engagement_orgs_courses_time_users_detail_retrieve",
    description="Time spent within a course in ordered hierarchical format  Kwargs 1. course_id  e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email) Query Params 3. start_date <optional> e.g 2020-10-01 4. end_date <optional> e.g 2020-10-10",
    status_code=200,
    response_model=models.PerLearnerTimeSpentInCourseTree,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_time_users_detail_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerLearnerTimeSpentInCourseTree:
    return await api.engagement_orgs_courses_time_users_detail_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/time/users/{user_id}/over-time",
    operation_id="engagement_orgs_courses_time_users_over_time_retrieve",
    description="Time spent in secs on a per-day basis  Query Params 1. course_id <optional> e.g course-v1:Org+Course4+Run 2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email) 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_time_users_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.engagement_orgs_courses_time_users_over_time_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/videos/",
    operation_id="engagement_orgs_courses_videos_retrieve",
    description="Get video engagement metrics for a specific course.  This endpoint provides detailed video engagement statistics for a single course, including view counts, completion rates, and time spent on videos.  Query Parameters:     course_id (str): The course ID to get video engagement data for  Returns:     Detailed video engagement metrics for the specified course.",
    status_code=200,
    response_model=models.VideosSpecificCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_videos_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.VideosSpecificCourse:
    return await api.engagement_orgs_courses_videos_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/videos/over-time",
    operation_id="engagement_orgs_courses_videos_over_time_retrieve",
    description="Get video watch counts over time.  This endpoint provides daily counts of videos watched over a specified time period, with options to filter by course or user.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     Daily video watch counts over the specified time period.  Default time range is the last 7 days if no dates are specified.  Access Control:     - Platform admins can access any video watch data     - Learners can access their own video watch data",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_videos_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.engagement_orgs_courses_videos_over_time_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/videos/summary",
    operation_id="engagement_orgs_courses_videos_summary_retrieve",
    description="Get a summary of video watch statistics for a specific course.  This endpoint provides a structured summary of video watch data for a course, organized in a tree-like format by course sections and subsections.  Query Parameters:     course_id (str): The course ID to get video summary for  Returns:     A hierarchical structure of video watch data for the course, including:     - Section and subsection organization     - Video identification and metadata     - Watch counts and completion rates",
    status_code=200,
    response_model=models.VideosInCourseSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_videos_summary_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.VideosInCourseSummary:
    return await api.engagement_orgs_courses_videos_summary_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/engagement/orgs/{org}/courses/{course_id}/videos/users",
    operation_id="engagement_orgs_courses_videos_users_retrieve",
    description="List of users' videos completed records for a specific course  Kwargs course_id  e.g course-v1:Org+Course4+Run",
    status_code=200,
    response_model=models.WatchedVideosPerUser,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_courses_videos_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.WatchedVideosPerUser:
    return await api.engagement_orgs_courses_videos_users_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/engagement/orgs/{org}/time/average-perlearner-percourse",
    operation_id="engagement_orgs_time_average_perlearner_percourse_retrieve",
    description="Average time spent by a learner in enrolled courses. Gives a rough estimate of whats the average time that would be spent by a learner in a course  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10",
    status_code=200,
    response_model=models.AverageOvertime,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_time_average_perlearner_percourse_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.AverageOvertime:
    return await api.engagement_orgs_time_average_perlearner_percourse_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/time/average-with-over-time",
    operation_id="engagement_orgs_time_average_with_over_time_retrieve",
    description="Average time spent in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 3. course_id <optional>  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.AverageOvertime,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_time_average_with_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.AverageOvertime:
    return await api.engagement_orgs_time_average_with_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/time/over-time",
    operation_id="engagement_orgs_time_over_time_retrieve",
    description="Get time spent on the platform over time.  This endpoint provides daily time spent values (in seconds) across the platform over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily time spent values over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_time_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.engagement_orgs_time_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/time/per-course",
    operation_id="engagement_orgs_time_per_course_retrieve",
    description="Get time spent statistics on a per-course basis.  This endpoint provides a paginated list of courses with the total time spent by users in each course.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with:     - Course identification (ID and name)     - Total time spent (in seconds)     - Formatted time spent (human-readable)     - Percentage of total platform time",
    status_code=200,
    response_model=models.TimeSpentPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_time_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.TimeSpentPerCourse:
    return await api.engagement_orgs_time_per_course_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/engagement/orgs/{org}/videos/",
    operation_id="engagement_orgs_videos_retrieve",
    description="Get video engagement metrics on a per-course basis.  This endpoint provides a paginated list of courses with video engagement metrics including view counts, completion rates, and time spent on videos.  Query Parameters:     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with their video engagement metrics.",
    status_code=200,
    response_model=models.VideoEngagementPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_videos_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.VideoEngagementPerCourse:
    return await api.engagement_orgs_videos_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/engagement/orgs/{org}/videos/over-time",
    operation_id="engagement_orgs_videos_over_time_retrieve",
    description="Get video watch counts over time.  This endpoint provides daily counts of videos watched over a specified time period, with options to filter by course or user.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     Daily video watch counts over the specified time period.  Default time range is the last 7 days if no dates are specified.  Access Control:     - Platform admins can access any video watch data     - Learners can access their own video watch data",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def engagement_orgs_videos_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.engagement_orgs_videos_over_time_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/overview/orgs/{org}/active-users",
    operation_id="overview_orgs_active_users_retrieve",
    description="Get active user counts over time.  This endpoint provides daily counts of active users (users with known activity) over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily active user counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.  An active user is defined as a user with any activity within the past 30 days.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def overview_orgs_active_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.overview_orgs_active_users_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/overview/orgs/{org}/average-grade",
    operation_id="overview_orgs_average_grade_retrieve",
    description="Get average grade value for platform, course, or user.  This endpoint returns the average grade at different levels: - Platform level: Average grade across all courses - Course level: Average grade for a specific course - Learner level: Average grade for a specific learner - Course-learner level: Grade for a specific learner in a specific course  Query Parameters:     course_id (str, optional): Filter by course ID     learner_id (str, optional): Filter by username or email  Returns:     The average grade value based on the specified filters.  Access Control:     - Platform admins can access any grade data     - Learners can access their own grade data",
    status_code=200,
    response_model=models.Average,
    response_model_exclude_unset=True,
    response_description="",
)
async def overview_orgs_average_grade_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.Average:
    return await api.overview_orgs_average_grade_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/overview/orgs/{org}/courses/completions",
    operation_id="overview_orgs_courses_completions_retrieve",
    description="Get course completion summary metrics over time.  This endpoint provides completion statistics across the platform over a specified time period, including daily completion counts and overall metrics.  Query Parameters:     start_date (str): Start date for the time range (ISO format)     end_date (str): End date for the time range (ISO format)  Returns:     Completion data including:     - Daily completion counts over time     - Total unique user count     - Total completion count     - Completion percentage     - Change metrics compared to previous periods  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.CourseCompletionSummaryOvertime,
    response_model_exclude_unset=True,
    response_description="",
)
async def overview_orgs_courses_completions_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.CourseCompletionSummaryOvertime:
    return await api.overview_orgs_courses_completions_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/overview/orgs/{org}/learners",
    operation_id="overview_orgs_learners_retrieve",
    description="List all learners on the platform with aggregated metrics.  This endpoint returns a paginated list of all learners with key metrics including: - Enrollment counts - Completion counts - Time spent on platform  Query Parameters:     page (int): Page number for pagination     length (int): Number of items per page     search (str): Filter learners by username, email, or name  Returns:     A paginated list of learners with their associated metrics.",
    status_code=200,
    response_model=models.PerlearnerUserList,
    response_model_exclude_unset=True,
    response_description="",
)
async def overview_orgs_learners_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    search: Annotated[
        str | None, Query(min_length=1, description="Search string for learner")
    ] = None,
) -> models.PerlearnerUserList:
    return await api.overview_orgs_learners_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        search=search,
    )


@router.get(
    "/api/overview/orgs/{org}/most-active-courses",
    operation_id="overview_orgs_most_active_courses_retrieve",
    description="Get time spent statistics on a per-course basis.  This endpoint provides a paginated list of courses with the total time spent by users in each course.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)     page (int, optional): Page number for pagination     length (int, optional): Number of items per page  Returns:     A paginated list of courses with:     - Course identification (ID and name)     - Total time spent (in seconds)     - Formatted time spent (human-readable)     - Percentage of total platform time",
    status_code=200,
    response_model=models.TimeSpentPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def overview_orgs_most_active_courses_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    start_date: Annotated[
        str | None, Query(min_length=1, description="start date. ISO 8601")
    ] = None,
) -> models.TimeSpentPerCourse:
    return await api.overview_orgs_most_active_courses_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
    )


@router.get(
    "/api/overview/orgs/{org}/registered-users",
    operation_id="overview_orgs_registered_users_retrieve",
    description="Get registered user counts over time.  This endpoint provides daily counts of new user registrations over a specified time period.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)  Returns:     Daily registration counts over the specified time period, with change metrics     compared to previous periods.  Default time range is the last 7 days if no dates are specified.",
    status_code=200,
    response_model=models.OvertimeWithChangeInfo,
    response_model_exclude_unset=True,
    response_description="",
)
async def overview_orgs_registered_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
    return await api.overview_orgs_registered_users_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/performance/orgs/{org}/courses/{course_id}/grading/average",
    operation_id="performance_orgs_courses_grading_average_retrieve",
    description="Get average grade value for platform, course, or user.  This endpoint returns the average grade at different levels: - Platform level: Average grade across all courses - Course level: Average grade for a specific course - Learner level: Average grade for a specific learner - Course-learner level: Grade for a specific learner in a specific course  Query Parameters:     course_id (str, optional): Filter by course ID     learner_id (str, optional): Filter by username or email  Returns:     The average grade value based on the specified filters.  Access Control:     - Platform admins can access any grade data     - Learners can access their own grade data",
    status_code=200,
    response_model=models.Average,
    response_model_exclude_unset=True,
    response_description="",
)
async def performance_orgs_courses_grading_average_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.Average:
    return await api.performance_orgs_courses_grading_average_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/performance/orgs/{org}/courses/{course_id}/grading/average-with-cutoff",
    operation_id="performance_orgs_courses_grading_average_with_cutoff_retrieve",
    description='Returns average course grade and grade cuttoff  e.g ``` {     "data": {         "grade_cutoffs": {             "A": 90,             "B": 80,             "C": 70,         },         "average_grade": 50.0,     } } ```  Kwargs course_id',
    status_code=200,
    response_model=models.AvgCourseGradeWithCutoff,
    response_model_exclude_unset=True,
    response_description="",
)
async def performance_orgs_courses_grading_average_with_cutoff_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.AvgCourseGradeWithCutoff:
    return await api.performance_orgs_courses_grading_average_with_cutoff_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/performance/orgs/{org}/courses/{course_id}/grading/detail",
    operation_id="performance_orgs_courses_grading_detail_retrieve",
    description="Grading summary for the entire course overview in a tree-like format  Kwargs course_id <required>",
    status_code=200,
    response_model=models.CourseGradingDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def performance_orgs_courses_grading_detail_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.CourseGradingDetail:
    return await api.performance_orgs_courses_grading_detail_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/performance/orgs/{org}/courses/{course_id}/grading/per-learner",
    operation_id="performance_orgs_courses_grading_per_learner_retrieve",
    description="Grading information per enrolled user in a course  Kwargs course_id <required>",
    status_code=200,
    response_model=models.GradingPerUser,
    response_model_exclude_unset=True,
    response_description="",
)
async def performance_orgs_courses_grading_per_learner_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.GradingPerUser:
    return await api.performance_orgs_courses_grading_per_learner_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/performance/orgs/{org}/courses/{course_id}/grading/summary",
    operation_id="performance_orgs_courses_grading_summary_retrieve",
    description='Returns average grades across various assignment types in a course  Query Params course_id  Returns:     dict     {         "data": [             {                 "assignment_type\': <str>,                 "weight": <float>,                 "average_weighted_grade": <float>,                 "average_section_grade": <float>             }, ...         ]     }',
    status_code=200,
    response_model=models.CourseGradeSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def performance_orgs_courses_grading_summary_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.CourseGradeSummary:
    return await api.performance_orgs_courses_grading_summary_retrieve(
        course_id=course_id,
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/performance/orgs/{org}/grading/average",
    operation_id="performance_orgs_grading_average_retrieve",
    description="Get average grade value for platform, course, or user.  This endpoint returns the average grade at different levels: - Platform level: Average grade across all courses - Course level: Average grade for a specific course - Learner level: Average grade for a specific learner - Course-learner level: Grade for a specific learner in a specific course  Query Parameters:     course_id (str, optional): Filter by course ID     learner_id (str, optional): Filter by username or email  Returns:     The average grade value based on the specified filters.  Access Control:     - Platform admins can access any grade data     - Learners can access their own grade data",
    status_code=200,
    response_model=models.Average,
    response_model_exclude_unset=True,
    response_description="",
)
async def performance_orgs_grading_average_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.Average:
    return await api.performance_orgs_grading_average_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/performance/orgs/{org}/grading/per-course",
    operation_id="performance_orgs_grading_per_course_retrieve",
    description="List grade-related performance data for all courses.  This endpoint provides a comprehensive view of grade performance across courses, including enrollment counts, pass rates, and average grades.  Returns:     A paginated list of courses with:     - Course identification (ID and name)     - Enrollment count     - Number of students who passed     - Average grade",
    status_code=200,
    response_model=models.PerformanceGradesPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def performance_orgs_grading_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
) -> models.PerformanceGradesPerCourse:
    return await api.performance_orgs_grading_per_course_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
    )


@router.get(
    "/api/perlearner/orgs/{org}/learners",
    operation_id="perlearner_orgs_learners_retrieve",
    description="Enhanced API endpoint for listing learners with comprehensive filtering.  This endpoint provides a paginated list of learners with detailed metrics and supports advanced filtering options. It uses DM token authentication and respects department-based access controls.  Query Parameters:     page (int): Page number for pagination     length (int): Number of items per page     search (str): Filter by username, email, or full name     program (str): Filter by program     location (str): Filter by location     is_enrolled (bool): Filter for users with enrollments     platform (str): Filter by platform     start_date (date): Filter by join date (start range)     end_date (date): Filter by join date (end range)  Returns:     A paginated list of learners with comprehensive metrics including:     - Course enrollments and completions     - Time spent on platform     - Pathway progress     - Certificate and skill information     - Location data  Access Control:     - Platform admins can see all learners     - Department admins can only see learners in their departments",
    status_code=200,
    response_model=models.NewPerLearnerList,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_learners_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    end_date: Annotated[
        str | None, Query(description="Learner date_joined end date. ISO 8601")
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
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
    platform: Annotated[
        str | None, Query(min_length=1, description="Platform search string")
    ] = None,
    program: Annotated[str | None, Query(min_length=1, description="Program search string")] = None,
    search: Annotated[
        str | None,
        Query(min_length=1, description="Search string for learner. email, username or full name"),
    ] = None,
    start_date: Annotated[
        str | None, Query(description="Learner date_joined start date. ISO 8601")
    ] = None,
) -> models.NewPerLearnerList:
    return await api.perlearner_orgs_learners_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        is_enrolled=is_enrolled,
        length=length,
        location=location,
        page=page,
        platform=platform,
        program=program,
        search=search,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users",
    operation_id="perlearner_orgs_users_retrieve",
    description="List all learners on the platform with aggregated metrics.  This endpoint returns a paginated list of all learners with key metrics including: - Enrollment counts - Completion counts - Time spent on platform  Query Parameters:     page (int): Page number for pagination     length (int): Number of items per page     search (str): Filter learners by username, email, or name  Returns:     A paginated list of learners with their associated metrics.",
    status_code=200,
    response_model=models.PerlearnerUserList,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    length: Annotated[int | None, Query(description="Size of data to return")] = None,
    page: Annotated[int | None, Query(description="Page offset")] = None,
    search: Annotated[
        str | None, Query(min_length=1, description="Search string for learner")
    ] = None,
) -> models.PerlearnerUserList:
    return await api.perlearner_orgs_users_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        search=search,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/activity/",
    operation_id="perlearner_orgs_users_activity_retrieve",
    description="Provides information on user enrollments  Params user_id e.g developer@ibleducation.com| developer",
    status_code=200,
    response_model=models.ActivityAPI,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_activity_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.ActivityAPI:
    return await api.perlearner_orgs_users_activity_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/cutoffs",
    operation_id="perlearner_orgs_users_courses_grading_cutoffs_retrieve",
    description="Provides about a learner current grade in a course with the course cut Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerGradeWithCutOff,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_courses_grading_cutoffs_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerlearnerGradeWithCutOff:
    return await api.perlearner_orgs_users_courses_grading_cutoffs_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/detail",
    operation_id="perlearner_orgs_users_courses_grading_detail_retrieve",
    description="DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary database if the replica is unreachable.  Add as the **first** base class on read-only views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin, APIView):         ...",
    status_code=200,
    response_model=models.DetailedGradeView,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_courses_grading_detail_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.DetailedGradeView:
    return await api.perlearner_orgs_users_courses_grading_detail_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/summary",
    operation_id="perlearner_orgs_users_courses_grading_summary_retrieve",
    description="Query Params 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerGradeSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_courses_grading_summary_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerlearnerGradeSummary:
    return await api.perlearner_orgs_users_courses_grading_summary_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index",
    operation_id="perlearner_orgs_users_courses_overview_engagement_index_retrieve",
    description="Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days for a learner in a course",
    status_code=200,
    response_model=models.Value,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_courses_overview_engagement_index_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Value:
    return await api.perlearner_orgs_users_courses_overview_engagement_index_retrieve(
        course_id=course_id, org=org, user_id=user_id
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/grade",
    operation_id="perlearner_orgs_users_courses_overview_grade_retrieve",
    description="Provides about a learner current grade in a course with the course cut Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerGradeWithCutOff,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_courses_overview_grade_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerlearnerGradeWithCutOff:
    return await api.perlearner_orgs_users_courses_overview_grade_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/performance-index",
    operation_id="perlearner_orgs_users_courses_overview_performance_index_retrieve",
    description="Evaluates performance index for platform, per course, per user and per user-per course  Query Params course_id <optional> learner_id <optional>",
    status_code=200,
    response_model=models.Value,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_courses_overview_performance_index_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.Value:
    return await api.perlearner_orgs_users_courses_overview_performance_index_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/time/over-time",
    operation_id="perlearner_orgs_users_courses_overview_time_over_time_retrieve",
    description="Time spent within a course in secs on a per-day basis  Kwargs 1. course_id  e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email) Query Params 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_courses_overview_time_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.perlearner_orgs_users_courses_overview_time_over_time_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos",
    operation_id="perlearner_orgs_users_courses_videos_retrieve",
    description="List of videos within a course a learner has watched  Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)  Default result when no query param is added is [], 0",
    status_code=200,
    response_model=models.PerLearnerCourseVideosWatched,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_courses_videos_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.PerLearnerCourseVideosWatched:
    return await api.perlearner_orgs_users_courses_videos_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos/over-time",
    operation_id="perlearner_orgs_users_courses_videos_over_time_retrieve",
    description="Get video watch counts over time.  This endpoint provides daily counts of videos watched over a specified time period, with options to filter by course or user.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     Daily video watch counts over the specified time period.  Default time range is the last 7 days if no dates are specified.  Access Control:     - Platform admins can access any video watch data     - Learners can access their own video watch data",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_courses_videos_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.perlearner_orgs_users_courses_videos_over_time_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/grades/per-course",
    operation_id="perlearner_orgs_users_grades_per_course_retrieve",
    description="Summary Grading Information for a learner on a per-enrollment basis  Query Params 1. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerGradingPerCourseAPI,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_grades_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.PerlearnerGradingPerCourseAPI:
    return await api.perlearner_orgs_users_grades_per_course_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/info",
    operation_id="perlearner_orgs_users_info_retrieve",
    description="Retrieve detailed information about a specific learner.  This endpoint returns personal and activity information about a learner, including profile data, activity metrics, and location information.  Path Parameters:     user_id (str): The username or email of the learner  Query Parameters:     meta (bool): Include additional analytics information when true  Returns:     Detailed learner information including:     - Profile data (username, name, email)     - Registration and activity dates     - Activity metrics (assessments, time spent, videos watched)     - Location and browser information (when available)  Access Control:     - Platform admins can access any learner     - Learners can access their own information     - Department admins can access learners in their departments",
    status_code=200,
    response_model=models.LearnerInformationAPI,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_info_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
    meta: Annotated[
        Literal["y", "yes", "true", "True", "n", "no", "false", "False"] | None,
        Query(
            min_length=1,
            description="Include extra analytics information?  * `y` - y * `yes` - yes * `true` - true * `True` - True * `n` - n * `no` - no * `false` - false * `False` - False",
        ),
    ] = None,
    search: Annotated[str | None, Query(min_length=1)] = None,
) -> models.LearnerInformationAPI:
    return await api.perlearner_orgs_users_info_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
        meta=meta,
        search=search,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/last-access",
    operation_id="perlearner_orgs_users_last_access_retrieve",
    description="Last course accessed by a learner, includes upto unit information as well",
    status_code=200,
    response_model=models.PerLearnerLastAccess,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_last_access_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.PerLearnerLastAccess:
    return await api.perlearner_orgs_users_last_access_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/overview/engagement-index",
    operation_id="perlearner_orgs_users_overview_engagement_index_retrieve",
    description="Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days",
    status_code=200,
    response_model=models.Value,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_overview_engagement_index_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.Value:
    return await api.perlearner_orgs_users_overview_engagement_index_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/overview/grades/average",
    operation_id="perlearner_orgs_users_overview_grades_average_retrieve",
    description="Get average grade value for platform, course, or user.  This endpoint returns the average grade at different levels: - Platform level: Average grade across all courses - Course level: Average grade for a specific course - Learner level: Average grade for a specific learner - Course-learner level: Grade for a specific learner in a specific course  Query Parameters:     course_id (str, optional): Filter by course ID     learner_id (str, optional): Filter by username or email  Returns:     The average grade value based on the specified filters.  Access Control:     - Platform admins can access any grade data     - Learners can access their own grade data",
    status_code=200,
    response_model=models.Average,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_overview_grades_average_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.Average:
    return await api.perlearner_orgs_users_overview_grades_average_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/overview/performance-index",
    operation_id="perlearner_orgs_users_overview_performance_index_retrieve",
    description="Evaluates performance index for platform, per course, per user and per user-per course  Query Params course_id <optional> learner_id <optional>",
    status_code=200,
    response_model=models.Value,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_overview_performance_index_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.Value:
    return await api.perlearner_orgs_users_overview_performance_index_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/overview/time/over-time",
    operation_id="perlearner_orgs_users_overview_time_over_time_retrieve",
    description="Time spent in secs on a per-day basis  Query Params 1. course_id <optional> e.g course-v1:Org+Course4+Run 2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email) 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result when no query param is added is last_7_days (today inclusive)",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_overview_time_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.perlearner_orgs_users_overview_time_over_time_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/videos/over-time",
    operation_id="perlearner_orgs_users_videos_over_time_retrieve",
    description="Get video watch counts over time.  This endpoint provides daily counts of videos watched over a specified time period, with options to filter by course or user.  Query Parameters:     start_date (str, optional): Start date for the time range (ISO format)     end_date (str, optional): End date for the time range (ISO format)     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     Daily video watch counts over the specified time period.  Default time range is the last 7 days if no dates are specified.  Access Control:     - Platform admins can access any video watch data     - Learners can access their own video watch data",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_videos_over_time_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.perlearner_orgs_users_videos_over_time_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/perlearner/orgs/{org}/users/{user_id}/videos/per-course",
    operation_id="perlearner_orgs_users_videos_per_course_retrieve",
    description="Summary Videos watched data for a learner per enrollment  Query Params 1. user_id e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_model=models.PerlearnerEngagementVideosWatchedPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def perlearner_orgs_users_videos_per_course_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.PerlearnerEngagementVideosWatchedPerCourse:
    return await api.perlearner_orgs_users_videos_per_course_retrieve(
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/platform/orgs/{org}/",
    operation_id="platform_orgs_retrieve",
    description="Get a list of registered users on the platform.  This endpoint provides a list of all registered users with basic profile information including username, name, email, and registration date.  Returns:     A list of registered users with their profile information.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/count",
    operation_id="platform_orgs_courses_count_retrieve",
    description="Get total count of courses on the platform.  This endpoint returns the total number of courses available on the platform.  Returns:     The total count of courses on the platform.",
    status_code=200,
    response_model=models.Count,
    response_model_exclude_unset=True,
    response_description="",
)
async def platform_orgs_courses_count_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.Count:
    return await api.platform_orgs_courses_count_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/platform/orgs/{org}/courses/grades",
    operation_id="platform_orgs_courses_grades_retrieve",
    description="List grading information on a per-course basis.  This endpoint provides grading statistics for all courses, including average grades and completion rates.  Returns:     A list of courses with their associated grading metrics.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_grades_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_grades_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/videos",
    operation_id="platform_orgs_courses_videos_retrieve",
    description="Get video watch statistics on a per-course basis.  This endpoint provides a list of courses with aggregated video watch metrics, including total views and completion percentages.  Returns:     A list of courses with:     - Course identification (ID and name)     - Video watch count     - Percentage of total videos watched",
    status_code=200,
    response_model=models.WatchedVideosPerCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def platform_orgs_courses_videos_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.WatchedVideosPerCourse:
    return await api.platform_orgs_courses_videos_retrieve(
        org=org,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/progress/",
    operation_id="platform_orgs_courses_progress_retrieve",
    description="Completion information per enrolled user  Gives Percentage of units completed in course  Query Params course_id <required> user_id <optional>",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_progress_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_progress_retrieve(course_id=course_id, org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/progress/average-days-to-complete",
    operation_id="platform_orgs_courses_progress_average_days_to_complete_retrieve",
    description="Average days used to complete a course  Query Params     1. course_id <optional> e.g course-v1:Org+Course4+Run",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_progress_average_days_to_complete_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_progress_average_days_to_complete_retrieve(
        course_id=course_id, org=org
    )
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/progress/average-time-to-complete",
    operation_id="platform_orgs_courses_progress_average_time_to_complete_retrieve",
    description="Average time used to complete a course in secs  Query Params     1. course_id <optional> e.g course-v1:Org+Course4+Run",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_progress_average_time_to_complete_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_progress_average_time_to_complete_retrieve(
        course_id=course_id, org=org
    )
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/progress/completed",
    operation_id="platform_orgs_courses_progress_completed_retrieve",
    description="Get completion count statistics.  This endpoint returns completion counts at different levels: - Platform level: Total users who have completed at least one course - Course level: Total completions for a specific course - Learner level: Total courses completed by a specific learner  Query Parameters:     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     A count of completions based on the specified filters.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_progress_completed_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_progress_completed_retrieve(course_id=course_id, org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/progress/completion-rate",
    operation_id="platform_orgs_courses_progress_completion_rate_retrieve",
    description="Average of total completed units",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_progress_completion_rate_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_progress_completion_rate_retrieve(course_id=course_id, org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/progress/in-progress",
    operation_id="platform_orgs_courses_progress_in_progress_retrieve",
    description="In Progress means any unit completion in the past 30 days  For platform :  Total users who have atleast a course in_progress on the platform For course : Total users For learner : Total courses in progress  Query Params     1. course_id <optional> e.g course-v1:Org+Course4+Run     2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_progress_in_progress_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_progress_in_progress_retrieve(course_id=course_id, org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/progress/started",
    operation_id="platform_orgs_courses_progress_started_retrieve",
    description="Started means an enrollment  For platform :  Total users who have atleast an enrollment For course : Total users enrolled For learner : Total courses in progress  Query Params     1. course_id <optional> e.g course-v1:Org+Course4+Run     2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_progress_started_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_progress_started_retrieve(course_id=course_id, org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/grades/passed",
    operation_id="platform_orgs_courses_users_grades_passed_retrieve",
    description="DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary database if the replica is unreachable.  Add as the **first** base class on read-only views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin, APIView):         ...",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_users_grades_passed_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_users_grades_passed_retrieve(
        course_id=course_id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/progress",
    operation_id="platform_orgs_courses_users_progress_retrieve",
    description="Gives Percentage of units completed in course for a specific learner",
    status_code=200,
    response_model=models.PerlearnerCourseProgress,
    response_model_exclude_unset=True,
    response_description="",
)
async def platform_orgs_courses_users_progress_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.PerlearnerCourseProgress:
    return await api.platform_orgs_courses_users_progress_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/progress/days-to-complete",
    operation_id="platform_orgs_courses_users_progress_days_to_complete_retrieve",
    description="Average days used to complete a course  Query Params     1. course_id <optional> e.g course-v1:Org+Course4+Run",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_users_progress_days_to_complete_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_users_progress_days_to_complete_retrieve(
        course_id=course_id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/time/count",
    operation_id="platform_orgs_courses_users_time_count_retrieve",
    description="Time spent count in seconds within a course by a learner",
    status_code=200,
    response_model=models.Count,
    response_model_exclude_unset=True,
    response_description="",
)
async def platform_orgs_courses_users_time_count_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
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
) -> models.Count:
    return await api.platform_orgs_courses_users_time_count_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/videos/count",
    operation_id="platform_orgs_courses_users_videos_count_retrieve",
    description="(Total videos watched / Total Course Videos) or Total Videos watched in a course by a learner",
    status_code=200,
    response_model=models.VideosCount,
    response_model_exclude_unset=True,
    response_description="",
)
async def platform_orgs_courses_users_videos_count_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None,
        Query(
            description="When `department_mode=1` is passed, it allows to filter data for only user content groups for the specified department "
        ),
    ] = None,
    format: Annotated[
        Literal["json"] | None, Query(min_length=1, description="Format  * `json` - json")
    ] = None,
    include_main_platform: Annotated[
        bool | None, Query(description="Include main platform data")
    ] = None,
) -> models.VideosCount:
    return await api.platform_orgs_courses_users_videos_count_retrieve(
        course_id=course_id,
        org=org,
        user_id=user_id,
        department_id=department_id,
        format=format,
        include_main_platform=include_main_platform,
    )


@router.get(
    "/api/platform/orgs/{org}/courses/{course_id}/videos/",
    operation_id="platform_orgs_courses_videos_retrieve_2",
    description="Count of total videos in a course  Query Params course_id  e.g course-v1:Org+Course4+Run",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_courses_videos_retrieve_2(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    course_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_courses_videos_retrieve_2(course_id=course_id, org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/progress/completed",
    operation_id="platform_orgs_progress_completed_retrieve",
    description="Get completion count statistics.  This endpoint returns completion counts at different levels: - Platform level: Total users who have completed at least one course - Course level: Total completions for a specific course - Learner level: Total courses completed by a specific learner  Query Parameters:     course_id (str, optional): Filter by course ID     user_id (str, optional): Filter by username or email  Returns:     A count of completions based on the specified filters.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_progress_completed_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_progress_completed_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/progress/completion-rate",
    operation_id="platform_orgs_progress_completion_rate_retrieve",
    description="Average of total completed units",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_progress_completion_rate_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_progress_completion_rate_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/progress/in-progress",
    operation_id="platform_orgs_progress_in_progress_retrieve",
    description="In Progress means any unit completion in the past 30 days  For platform :  Total users who have atleast a course in_progress on the platform For course : Total users For learner : Total courses in progress  Query Params     1. course_id <optional> e.g course-v1:Org+Course4+Run     2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_progress_in_progress_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_progress_in_progress_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/progress/started",
    operation_id="platform_orgs_progress_started_retrieve",
    description="Started means an enrollment  For platform :  Total users who have atleast an enrollment For course : Total users enrolled For learner : Total courses in progress  Query Params     1. course_id <optional> e.g course-v1:Org+Course4+Run     2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email)",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_progress_started_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_progress_started_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/time/count",
    operation_id="platform_orgs_time_count_retrieve",
    description="Total time spent count on the platform within specified range or all time  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10  Default result is all time",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def platform_orgs_time_count_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.platform_orgs_time_count_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/platform/orgs/{org}/users/active/count",
    operation_id="platform_orgs_users_active_count_retrieve",
    description="Get count of active users on the platform.  This endpoint returns the number of users who have had activity on the platform, either for all time or within a specified date range.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)  Returns:     The count of active users and change metrics compared to previous periods.  Default behavior returns the count for all time if no date range is specified.",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def platform_orgs_users_active_count_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.platform_orgs_users_active_count_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/platform/orgs/{org}/users/count",
    operation_id="platform_orgs_users_count_retrieve",
    description="Get count of registered users on the platform.  This endpoint returns the number of users registered on the platform, either for all time or within a specified date range.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO format)     end_date (str, optional): End date for filtering (ISO format)  Returns:     The count of registered users and change metrics compared to previous periods.  Default behavior returns the count for all time if no date range is specified.",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def platform_orgs_users_count_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.platform_orgs_users_count_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )


@router.get(
    "/api/platform/orgs/{org}/users/courses-completed/count",
    operation_id="platform_orgs_users_courses_completed_count_retrieve",
    description="Count of users who have completed a course on the platform within specified range or all time  Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10  Default is all time",
    status_code=200,
    response_model=models.OverTimeWithTotal,
    response_model_exclude_unset=True,
    response_description="",
)
async def platform_orgs_users_courses_completed_count_retrieve(
    *,
    api: Annotated[AiAnalyticsApi, Security(secured_ai_analytics_api)],
    org: Annotated[str, Path()],
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
) -> models.OverTimeWithTotal:
    return await api.platform_orgs_users_courses_completed_count_retrieve(
        org=org,
        department_id=department_id,
        end_date=end_date,
        format=format,
        include_main_platform=include_main_platform,
        start_date=start_date,
    )
