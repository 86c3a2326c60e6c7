"""`Client.platform.orgs.time.count`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    platform_orgs_time_count_retrieve as _platform_orgs_time_count_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "PlatformOrgsTimeCountResource",
    "PlatformOrgsTimeCountResourceWithRawResponse",
    "AsyncPlatformOrgsTimeCountResource",
    "AsyncPlatformOrgsTimeCountResourceWithRawResponse",
]


class PlatformOrgsTimeCountResource:
    """`Client.platform.orgs.time.count`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsTimeCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsTimeCountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Total time spent count on the platform within specified range or all time  Query Params
        1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10  Default result is all time

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_time_count_retrieve.OPERATION,
            _platform_orgs_time_count_retrieve.build_request(org=org),
            options,
        )


class PlatformOrgsTimeCountResourceWithRawResponse:
    """`Client.platform.orgs.time.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsTimeCountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsTimeCountResource:
    """`AsyncClient.platform.orgs.time.count`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsTimeCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsTimeCountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Total time spent count on the platform within specified range or all time  Query Params
        1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10  Default result is all time

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_time_count_retrieve.OPERATION,
            _platform_orgs_time_count_retrieve.build_request(org=org),
            options,
        )


class AsyncPlatformOrgsTimeCountResourceWithRawResponse:
    """`AsyncClient.platform.orgs.time.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsTimeCountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
