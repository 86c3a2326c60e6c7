"""`Client.reports.platforms.new`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.reports import reports_platforms_new_create as _reports_platforms_new_create
from .....models.report_create import ReportCreate
from .....models.report_request import ReportRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ReportsPlatformsNewResource",
    "ReportsPlatformsNewResourceWithRawResponse",
    "AsyncReportsPlatformsNewResource",
    "AsyncReportsPlatformsNewResourceWithRawResponse",
]


class ReportsPlatformsNewResource:
    """`Client.reports.platforms.new`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReportsPlatformsNewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ReportsPlatformsNewResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        key: str,
        body: ReportRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportCreate: ...

    @overload
    def create(
        self,
        *,
        key: str,
        report_name: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        usergroup_ids: list[int] | None | Unset = UNSET,
        source: str | Unset = UNSET,
        query: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportCreate: ...

    def create(
        self,
        *,
        key: str,
        body: ReportRequest | Unset = UNSET,
        report_name: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        usergroup_ids: list[int] | None | Unset = UNSET,
        source: str | Unset = UNSET,
        query: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportCreate:
        """Triggers a new report generation.  If the report has been previously requested, it
        returns the status of the report. Reports expire after a configured duration.  The
        request body should include: - report_name: Name of the report to generate - learner_id:
        (optional) ID of the learner to filter by - course_id: (optional) ID of the course to
        filter by - force: (optional) Force generation of a new report even if one exists -
        filters: (optional) Additional filters for the report - departments: (optional)
        Department IDs to filter by - mentor: (optional) Mentor unique_id for mentor-specific
        reports (e.g., ai-mentor-chat-history) - usergroup_ids: (optional) List of usergroup IDs
        to filter report data  Required RBAC Permissions:     1. CanViewAnalytics (kill switch):
        - Action: \"Ibl.Analytics/CanViewAnalytics/action\"        - Resource:
        /platforms/{platform_pk}/      2. Reports access to at least one user or usergroup:
        - Action: \"Ibl.Analytics/Reports/read\"        - Resource:
        /platforms/{platform_pk}/users/{user_pk}/ OR
        /platforms/{platform_pk}/usergroups/{group_pk}/        - Note: User must have access to
        at least one user or usergroup resource          with Reports/read permission.
        Unrestricted access to all users          (/platforms/{platform_pk}/users/) also
        satisfies this requirement.      3. For mentor-specific reports (e.g.,
        ai-mentor-chat-history):        - Action: \"Ibl.Analytics/Reports/read\"        -
        Resource: /platforms/{platform_pk}/mentors/{mentor_id}/        - Note: User must have
        access to at least one mentor via RBAC OR own at least          one mentor (created_by
        == username). If a specific mentor_unique_id is          provided, user must have access
        to that specific mentor.        - Raises PermissionDenied if user has no access to any
        mentors.

        Args:
            key (str, path)
            body (ReportRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: report_name, start_date,
                end_date, mentor, course_id, usergroup_ids, source, query

        Returns:
            ReportCreate
        """
        body = optional_body_from_fields(
            "reports.platforms.new.create",
            body,
            ReportRequest,
            [],
            (
                ("report_name", "report_name", report_name),
                ("start_date", "start_date", start_date),
                ("end_date", "end_date", end_date),
                ("mentor", "mentor", mentor),
                ("course_id", "course_id", course_id),
                ("usergroup_ids", "usergroup_ids", usergroup_ids),
                ("source", "source", source),
                ("query", "query", query),
            ),
        )
        return self._client._send(
            _reports_platforms_new_create.OPERATION,
            _reports_platforms_new_create.build_request(key=key, body=body),
            options,
        )


class ReportsPlatformsNewResourceWithRawResponse:
    """`Client.reports.platforms.new`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ReportsPlatformsNewResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncReportsPlatformsNewResource:
    """`AsyncClient.reports.platforms.new`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReportsPlatformsNewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncReportsPlatformsNewResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        key: str,
        body: ReportRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportCreate: ...

    @overload
    async def create(
        self,
        *,
        key: str,
        report_name: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        usergroup_ids: list[int] | None | Unset = UNSET,
        source: str | Unset = UNSET,
        query: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportCreate: ...

    async def create(
        self,
        *,
        key: str,
        body: ReportRequest | Unset = UNSET,
        report_name: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        usergroup_ids: list[int] | None | Unset = UNSET,
        source: str | Unset = UNSET,
        query: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportCreate:
        """Triggers a new report generation.  If the report has been previously requested, it
        returns the status of the report. Reports expire after a configured duration.  The
        request body should include: - report_name: Name of the report to generate - learner_id:
        (optional) ID of the learner to filter by - course_id: (optional) ID of the course to
        filter by - force: (optional) Force generation of a new report even if one exists -
        filters: (optional) Additional filters for the report - departments: (optional)
        Department IDs to filter by - mentor: (optional) Mentor unique_id for mentor-specific
        reports (e.g., ai-mentor-chat-history) - usergroup_ids: (optional) List of usergroup IDs
        to filter report data  Required RBAC Permissions:     1. CanViewAnalytics (kill switch):
        - Action: \"Ibl.Analytics/CanViewAnalytics/action\"        - Resource:
        /platforms/{platform_pk}/      2. Reports access to at least one user or usergroup:
        - Action: \"Ibl.Analytics/Reports/read\"        - Resource:
        /platforms/{platform_pk}/users/{user_pk}/ OR
        /platforms/{platform_pk}/usergroups/{group_pk}/        - Note: User must have access to
        at least one user or usergroup resource          with Reports/read permission.
        Unrestricted access to all users          (/platforms/{platform_pk}/users/) also
        satisfies this requirement.      3. For mentor-specific reports (e.g.,
        ai-mentor-chat-history):        - Action: \"Ibl.Analytics/Reports/read\"        -
        Resource: /platforms/{platform_pk}/mentors/{mentor_id}/        - Note: User must have
        access to at least one mentor via RBAC OR own at least          one mentor (created_by
        == username). If a specific mentor_unique_id is          provided, user must have access
        to that specific mentor.        - Raises PermissionDenied if user has no access to any
        mentors.

        Args:
            key (str, path)
            body (ReportRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: report_name, start_date,
                end_date, mentor, course_id, usergroup_ids, source, query

        Returns:
            ReportCreate
        """
        body = optional_body_from_fields(
            "reports.platforms.new.create",
            body,
            ReportRequest,
            [],
            (
                ("report_name", "report_name", report_name),
                ("start_date", "start_date", start_date),
                ("end_date", "end_date", end_date),
                ("mentor", "mentor", mentor),
                ("course_id", "course_id", course_id),
                ("usergroup_ids", "usergroup_ids", usergroup_ids),
                ("source", "source", source),
                ("query", "query", query),
            ),
        )
        return await self._client._send(
            _reports_platforms_new_create.OPERATION,
            _reports_platforms_new_create.build_request(key=key, body=body),
            options,
        )


class AsyncReportsPlatformsNewResourceWithRawResponse:
    """`AsyncClient.reports.platforms.new`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncReportsPlatformsNewResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
