"""`Client.platform.orgs.progress.completion_rate`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    platform_orgs_progress_completion_rate_retrieve as _platform_orgs_progress_completion_rate_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "PlatformOrgsProgressCompletionRateResource",
    "PlatformOrgsProgressCompletionRateResourceWithRawResponse",
    "AsyncPlatformOrgsProgressCompletionRateResource",
    "AsyncPlatformOrgsProgressCompletionRateResourceWithRawResponse",
]


class PlatformOrgsProgressCompletionRateResource:
    """`Client.platform.orgs.progress.completion_rate`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsProgressCompletionRateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsProgressCompletionRateResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Average of total completed units

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_progress_completion_rate_retrieve.OPERATION,
            _platform_orgs_progress_completion_rate_retrieve.build_request(org=org),
            options,
        )


class PlatformOrgsProgressCompletionRateResourceWithRawResponse:
    """`Client.platform.orgs.progress.completion_rate`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsProgressCompletionRateResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsProgressCompletionRateResource:
    """`AsyncClient.platform.orgs.progress.completion_rate`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsProgressCompletionRateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsProgressCompletionRateResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Average of total completed units

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_progress_completion_rate_retrieve.OPERATION,
            _platform_orgs_progress_completion_rate_retrieve.build_request(org=org),
            options,
        )


class AsyncPlatformOrgsProgressCompletionRateResourceWithRawResponse:
    """`AsyncClient.platform.orgs.progress.completion_rate`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsProgressCompletionRateResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
