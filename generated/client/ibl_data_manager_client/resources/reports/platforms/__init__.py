"""`Client.reports.platforms`: 2 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.reports import reports_platforms_retrieve as _reports_platforms_retrieve
from ....api.reports import reports_platforms_retrieve_2 as _reports_platforms_retrieve_2
from ....models.report_detail import ReportDetail
from ....models.report_list import ReportList
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .download import (
        AsyncReportsPlatformsDownloadResource,
        AsyncReportsPlatformsDownloadResourceWithRawResponse,
        ReportsPlatformsDownloadResource,
        ReportsPlatformsDownloadResourceWithRawResponse,
    )
    from .new import (
        AsyncReportsPlatformsNewResource,
        AsyncReportsPlatformsNewResourceWithRawResponse,
        ReportsPlatformsNewResource,
        ReportsPlatformsNewResourceWithRawResponse,
    )

__all__ = [
    "ReportsPlatformsResource",
    "ReportsPlatformsResourceWithRawResponse",
    "AsyncReportsPlatformsResource",
    "AsyncReportsPlatformsResourceWithRawResponse",
]


class ReportsPlatformsResource:
    """`Client.reports.platforms`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReportsPlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ReportsPlatformsResourceWithRawResponse(self)

    @cached_property
    def download(self) -> ReportsPlatformsDownloadResource:
        from .download import ReportsPlatformsDownloadResource

        return ReportsPlatformsDownloadResource(self._client)

    @cached_property
    def new(self) -> ReportsPlatformsNewResource:
        from .new import ReportsPlatformsNewResource

        return ReportsPlatformsNewResource(self._client)

    def retrieve(
        self,
        *,
        key: str,
        **options: Unpack[RequestOptions],
    ) -> ReportList:
        """Returns a list of reports available in the system.  For each report, it includes: -
        display_name: Human-readable name of the report - description: Description of what the
        report contains - icon: URL to an icon representing the report - report_name: Unique
        identifier for the report - extra_query_params: Additional parameters that can be passed
        when creating the report - result_columns: Columns that will be included in the report
        results - status: Current status of the report if it has been previously requested  The
        status will include details like the report ID, state, and download URL if completed.
        Required RBAC Permissions:     1. CanViewAnalytics (kill switch):        - Action:
        \"Ibl.Analytics/CanViewAnalytics/action\"        - Resource: /platforms/{platform_pk}/
        2. Reports access to at least one user or usergroup:        - Action:
        \"Ibl.Analytics/Reports/read\"        - Resource:
        /platforms/{platform_pk}/users/{user_pk}/ OR
        /platforms/{platform_pk}/usergroups/{group_pk}/        - Note: User must have access to
        at least one user or usergroup resource          with Reports/read permission.
        Unrestricted access to all users          (/platforms/{platform_pk}/users/) also
        satisfies this requirement.

        Args:
            key (str, path)

        Returns:
            ReportList
        """
        return self._client._send(
            _reports_platforms_retrieve.OPERATION,
            _reports_platforms_retrieve.build_request(key=key),
            options,
        )

    def retrieve_2(
        self,
        *,
        key: str,
        report_name: str,
        mentor_unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportDetail:
        """Returns details of a specific report type including its status if previously requested.
        Required RBAC Permissions:     1. CanViewAnalytics (kill switch):        - Action:
        \"Ibl.Analytics/CanViewAnalytics/action\"        - Resource: /platforms/{platform_pk}/
        2. Reports access to at least one user or usergroup:        - Action:
        \"Ibl.Analytics/Reports/read\"        - Resource:
        /platforms/{platform_pk}/users/{user_pk}/ OR
        /platforms/{platform_pk}/usergroups/{group_pk}/        - Note: User must have access to
        at least one user or usergroup resource          with Reports/read permission.
        Unrestricted access to all users          (/platforms/{platform_pk}/users/) also
        satisfies this requirement.

        Args:
            key (str, path)
            report_name (str, path)
            mentor_unique_id (UUID | Unset, query)

        Returns:
            ReportDetail
        """
        return self._client._send(
            _reports_platforms_retrieve_2.OPERATION,
            _reports_platforms_retrieve_2.build_request(
                key=key, report_name=report_name, mentor_unique_id=mentor_unique_id
            ),
            options,
        )


class ReportsPlatformsResourceWithRawResponse:
    """`Client.reports.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ReportsPlatformsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)

    @cached_property
    def download(self) -> ReportsPlatformsDownloadResourceWithRawResponse:
        from .download import ReportsPlatformsDownloadResourceWithRawResponse

        return ReportsPlatformsDownloadResourceWithRawResponse(self._resource.download)

    @cached_property
    def new(self) -> ReportsPlatformsNewResourceWithRawResponse:
        from .new import ReportsPlatformsNewResourceWithRawResponse

        return ReportsPlatformsNewResourceWithRawResponse(self._resource.new)


class AsyncReportsPlatformsResource:
    """`AsyncClient.reports.platforms`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReportsPlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncReportsPlatformsResourceWithRawResponse(self)

    @cached_property
    def download(self) -> AsyncReportsPlatformsDownloadResource:
        from .download import AsyncReportsPlatformsDownloadResource

        return AsyncReportsPlatformsDownloadResource(self._client)

    @cached_property
    def new(self) -> AsyncReportsPlatformsNewResource:
        from .new import AsyncReportsPlatformsNewResource

        return AsyncReportsPlatformsNewResource(self._client)

    async def retrieve(
        self,
        *,
        key: str,
        **options: Unpack[RequestOptions],
    ) -> ReportList:
        """Returns a list of reports available in the system.  For each report, it includes: -
        display_name: Human-readable name of the report - description: Description of what the
        report contains - icon: URL to an icon representing the report - report_name: Unique
        identifier for the report - extra_query_params: Additional parameters that can be passed
        when creating the report - result_columns: Columns that will be included in the report
        results - status: Current status of the report if it has been previously requested  The
        status will include details like the report ID, state, and download URL if completed.
        Required RBAC Permissions:     1. CanViewAnalytics (kill switch):        - Action:
        \"Ibl.Analytics/CanViewAnalytics/action\"        - Resource: /platforms/{platform_pk}/
        2. Reports access to at least one user or usergroup:        - Action:
        \"Ibl.Analytics/Reports/read\"        - Resource:
        /platforms/{platform_pk}/users/{user_pk}/ OR
        /platforms/{platform_pk}/usergroups/{group_pk}/        - Note: User must have access to
        at least one user or usergroup resource          with Reports/read permission.
        Unrestricted access to all users          (/platforms/{platform_pk}/users/) also
        satisfies this requirement.

        Args:
            key (str, path)

        Returns:
            ReportList
        """
        return await self._client._send(
            _reports_platforms_retrieve.OPERATION,
            _reports_platforms_retrieve.build_request(key=key),
            options,
        )

    async def retrieve_2(
        self,
        *,
        key: str,
        report_name: str,
        mentor_unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportDetail:
        """Returns details of a specific report type including its status if previously requested.
        Required RBAC Permissions:     1. CanViewAnalytics (kill switch):        - Action:
        \"Ibl.Analytics/CanViewAnalytics/action\"        - Resource: /platforms/{platform_pk}/
        2. Reports access to at least one user or usergroup:        - Action:
        \"Ibl.Analytics/Reports/read\"        - Resource:
        /platforms/{platform_pk}/users/{user_pk}/ OR
        /platforms/{platform_pk}/usergroups/{group_pk}/        - Note: User must have access to
        at least one user or usergroup resource          with Reports/read permission.
        Unrestricted access to all users          (/platforms/{platform_pk}/users/) also
        satisfies this requirement.

        Args:
            key (str, path)
            report_name (str, path)
            mentor_unique_id (UUID | Unset, query)

        Returns:
            ReportDetail
        """
        return await self._client._send(
            _reports_platforms_retrieve_2.OPERATION,
            _reports_platforms_retrieve_2.build_request(
                key=key, report_name=report_name, mentor_unique_id=mentor_unique_id
            ),
            options,
        )


class AsyncReportsPlatformsResourceWithRawResponse:
    """`AsyncClient.reports.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncReportsPlatformsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)

    @cached_property
    def download(self) -> AsyncReportsPlatformsDownloadResourceWithRawResponse:
        from .download import AsyncReportsPlatformsDownloadResourceWithRawResponse

        return AsyncReportsPlatformsDownloadResourceWithRawResponse(self._resource.download)

    @cached_property
    def new(self) -> AsyncReportsPlatformsNewResourceWithRawResponse:
        from .new import AsyncReportsPlatformsNewResourceWithRawResponse

        return AsyncReportsPlatformsNewResourceWithRawResponse(self._resource.new)
