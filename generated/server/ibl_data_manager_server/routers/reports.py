"""Routes for the operations tagged `reports`: each calls `ReportsApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import ReportsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["reports"])


async def reports_api(request: Request) -> ReportsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, ReportsApi):
        return implementation
    return ReportsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_reports_api = ApiKeyGuard(reports_api)


@router.get(
    "/api/reports/platforms/{key}/",
    operation_id="reports_platforms_retrieve",
    description='Returns a list of reports available in the system.  For each report, it includes: - display_name: Human-readable name of the report - description: Description of what the report contains - icon: URL to an icon representing the report - report_name: Unique identifier for the report - extra_query_params: Additional parameters that can be passed when creating the report - result_columns: Columns that will be included in the report results - status: Current status of the report if it has been previously requested  The status will include details like the report ID, state, and download URL if completed.  Required RBAC Permissions:     1. CanViewAnalytics (kill switch):        - Action: "Ibl.Analytics/CanViewAnalytics/action"        - Resource: /platforms/{platform_pk}/      2. Reports access to at least one user or usergroup:        - Action: "Ibl.Analytics/Reports/read"        - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR                    /platforms/{platform_pk}/usergroups/{group_pk}/        - Note: User must have access to at least one user or usergroup resource          with Reports/read permission. Unrestricted access to all users          (/platforms/{platform_pk}/users/) also satisfies this requirement.',
    status_code=200,
    response_model=models.ReportList,
    response_model_exclude_unset=True,
    response_description="",
)
async def reports_platforms_retrieve(
    *,
    api: Annotated[ReportsApi, Security(secured_reports_api)],
    key: Annotated[str, Path()],
) -> models.ReportList:
    return await api.reports_platforms_retrieve(key=key)


@router.post(
    "/api/reports/platforms/{key}/new",
    operation_id="reports_platforms_new_create",
    description='Triggers a new report generation.  If the report has been previously requested, it returns the status of the report. Reports expire after a configured duration.  The request body should include: - report_name: Name of the report to generate - learner_id: (optional) ID of the learner to filter by - course_id: (optional) ID of the course to filter by - force: (optional) Force generation of a new report even if one exists - filters: (optional) Additional filters for the report - departments: (optional) Department IDs to filter by - mentor: (optional) Mentor unique_id for mentor-specific reports (e.g., ai-mentor-chat-history) - usergroup_ids: (optional) List of usergroup IDs to filter report data  Required RBAC Permissions:     1. CanViewAnalytics (kill switch):        - Action: "Ibl.Analytics/CanViewAnalytics/action"        - Resource: /platforms/{platform_pk}/      2. Reports access to at least one user or usergroup:        - Action: "Ibl.Analytics/Reports/read"        - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR                    /platforms/{platform_pk}/usergroups/{group_pk}/        - Note: User must have access to at least one user or usergroup resource          with Reports/read permission. Unrestricted access to all users          (/platforms/{platform_pk}/users/) also satisfies this requirement.      3. For mentor-specific reports (e.g., ai-mentor-chat-history):        - Action: "Ibl.Analytics/Reports/read"        - Resource: /platforms/{platform_pk}/mentors/{mentor_id}/        - Note: User must have access to at least one mentor via RBAC OR own at least          one mentor (created_by == username). If a specific mentor_unique_id is          provided, user must have access to that specific mentor.        - Raises PermissionDenied if user has no access to any mentors.',
    status_code=200,
    response_model=models.ReportCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def reports_platforms_new_create(
    *,
    api: Annotated[ReportsApi, Security(secured_reports_api)],
    request: Request,
    key: Annotated[str, Path()],
    body: Annotated[models.ReportRequest | None, Body()] = None,
) -> models.ReportCreate:
    await reject_json_null(request, body)
    return await api.reports_platforms_new_create(key=key, body=body)


@router.get(
    "/api/reports/platforms/{key}/{report_name}",
    operation_id="reports_platforms_retrieve_2",
    description='Returns details of a specific report type including its status if previously requested.  Required RBAC Permissions:     1. CanViewAnalytics (kill switch):        - Action: "Ibl.Analytics/CanViewAnalytics/action"        - Resource: /platforms/{platform_pk}/      2. Reports access to at least one user or usergroup:        - Action: "Ibl.Analytics/Reports/read"        - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR                    /platforms/{platform_pk}/usergroups/{group_pk}/        - Note: User must have access to at least one user or usergroup resource          with Reports/read permission. Unrestricted access to all users          (/platforms/{platform_pk}/users/) also satisfies this requirement.',
    status_code=200,
    response_model=models.ReportDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def reports_platforms_retrieve_2(
    *,
    api: Annotated[ReportsApi, Security(secured_reports_api)],
    key: Annotated[str, Path()],
    report_name: Annotated[str, Path()],
    mentor_unique_id: Annotated[
        str | None,
        Query(
            description="Mentor unique ID for mentor-specific reports (e.g., ai-mentor-chat-history). When provided, ownership is validated - mentor owners can access without explicit RBAC permissions."
        ),
    ] = None,
) -> models.ReportDetail:
    return await api.reports_platforms_retrieve_2(
        key=key, report_name=report_name, mentor_unique_id=mentor_unique_id
    )


@router.get(
    "/api/reports/platforms/{key}/{task_id}/download",
    operation_id="reports_platforms_download_retrieve",
    summary="Download report",
    description="Download a completed report as CSV or JSON. Use the columns parameter to control column order.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def reports_platforms_download_retrieve(
    *,
    api: Annotated[ReportsApi, Security(secured_reports_api)],
    key: Annotated[str, Path()],
    task_id: Annotated[str, Path()],
    columns: Annotated[
        str | None,
        Query(
            description="Comma-separated column names to control output order. Must be a subset of the report's allowed_result_fields. Omit to use the report's default order."
        ),
    ] = None,
    format: Annotated[str | None, Query(description="Download format")] = None,
) -> Response:
    await api.reports_platforms_download_retrieve(
        key=key, task_id=task_id, columns=columns, format=format
    )
    return Response(status_code=200)
