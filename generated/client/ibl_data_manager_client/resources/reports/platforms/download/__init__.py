"""`Client.reports.platforms.download`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.reports import (
    reports_platforms_download_retrieve as _reports_platforms_download_retrieve,
)
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ReportsPlatformsDownloadResource",
    "ReportsPlatformsDownloadResourceWithRawResponse",
    "AsyncReportsPlatformsDownloadResource",
    "AsyncReportsPlatformsDownloadResourceWithRawResponse",
]


class ReportsPlatformsDownloadResource:
    """`Client.reports.platforms.download`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReportsPlatformsDownloadResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ReportsPlatformsDownloadResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        key: str,
        task_id: str,
        columns: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Download report

        Download a completed report as CSV or JSON. Use the columns parameter to control column
        order.

        Args:
            key (str, path)
            task_id (str, path)
            columns (str | Unset, query)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _reports_platforms_download_retrieve.OPERATION,
            _reports_platforms_download_retrieve.build_request(
                key=key, task_id=task_id, columns=columns, format_=format_
            ),
            options,
        )


class ReportsPlatformsDownloadResourceWithRawResponse:
    """`Client.reports.platforms.download`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ReportsPlatformsDownloadResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncReportsPlatformsDownloadResource:
    """`AsyncClient.reports.platforms.download`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReportsPlatformsDownloadResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncReportsPlatformsDownloadResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        key: str,
        task_id: str,
        columns: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Download report

        Download a completed report as CSV or JSON. Use the columns parameter to control column
        order.

        Args:
            key (str, path)
            task_id (str, path)
            columns (str | Unset, query)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _reports_platforms_download_retrieve.OPERATION,
            _reports_platforms_download_retrieve.build_request(
                key=key, task_id=task_id, columns=columns, format_=format_
            ),
            options,
        )


class AsyncReportsPlatformsDownloadResourceWithRawResponse:
    """`AsyncClient.reports.platforms.download`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncReportsPlatformsDownloadResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
