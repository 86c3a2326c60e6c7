"""`Client.reports`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .platforms import (
        AsyncReportsPlatformsResource,
        AsyncReportsPlatformsResourceWithRawResponse,
        ReportsPlatformsResource,
        ReportsPlatformsResourceWithRawResponse,
    )

__all__ = [
    "ReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResource",
    "AsyncReportsResourceWithRawResponse",
]


class ReportsResource:
    """`Client.reports`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ReportsResourceWithRawResponse(self)

    @cached_property
    def platforms(self) -> ReportsPlatformsResource:
        from .platforms import ReportsPlatformsResource

        return ReportsPlatformsResource(self._client)


class ReportsResourceWithRawResponse:
    """`Client.reports`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ReportsResource) -> None:
        self._resource = resource

    @cached_property
    def platforms(self) -> ReportsPlatformsResourceWithRawResponse:
        from .platforms import ReportsPlatformsResourceWithRawResponse

        return ReportsPlatformsResourceWithRawResponse(self._resource.platforms)


class AsyncReportsResource:
    """`AsyncClient.reports`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncReportsResourceWithRawResponse(self)

    @cached_property
    def platforms(self) -> AsyncReportsPlatformsResource:
        from .platforms import AsyncReportsPlatformsResource

        return AsyncReportsPlatformsResource(self._client)


class AsyncReportsResourceWithRawResponse:
    """`AsyncClient.reports`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncReportsResource) -> None:
        self._resource = resource

    @cached_property
    def platforms(self) -> AsyncReportsPlatformsResourceWithRawResponse:
        from .platforms import AsyncReportsPlatformsResourceWithRawResponse

        return AsyncReportsPlatformsResourceWithRawResponse(self._resource.platforms)
