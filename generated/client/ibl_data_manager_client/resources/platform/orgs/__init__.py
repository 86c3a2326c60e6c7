"""`Client.platform.orgs`: 1 operation and 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import platform_orgs_retrieve as _platform_orgs_retrieve

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .courses import (
        AsyncPlatformOrgsCoursesResource,
        AsyncPlatformOrgsCoursesResourceWithRawResponse,
        PlatformOrgsCoursesResource,
        PlatformOrgsCoursesResourceWithRawResponse,
    )
    from .progress import (
        AsyncPlatformOrgsProgressResource,
        AsyncPlatformOrgsProgressResourceWithRawResponse,
        PlatformOrgsProgressResource,
        PlatformOrgsProgressResourceWithRawResponse,
    )
    from .time import (
        AsyncPlatformOrgsTimeResource,
        AsyncPlatformOrgsTimeResourceWithRawResponse,
        PlatformOrgsTimeResource,
        PlatformOrgsTimeResourceWithRawResponse,
    )
    from .users import (
        AsyncPlatformOrgsUsersResource,
        AsyncPlatformOrgsUsersResourceWithRawResponse,
        PlatformOrgsUsersResource,
        PlatformOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsResource",
    "PlatformOrgsResourceWithRawResponse",
    "AsyncPlatformOrgsResource",
    "AsyncPlatformOrgsResourceWithRawResponse",
]


class PlatformOrgsResource:
    """`Client.platform.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> PlatformOrgsCoursesResource:
        from .courses import PlatformOrgsCoursesResource

        return PlatformOrgsCoursesResource(self._client)

    @cached_property
    def progress(self) -> PlatformOrgsProgressResource:
        from .progress import PlatformOrgsProgressResource

        return PlatformOrgsProgressResource(self._client)

    @cached_property
    def time(self) -> PlatformOrgsTimeResource:
        from .time import PlatformOrgsTimeResource

        return PlatformOrgsTimeResource(self._client)

    @cached_property
    def users(self) -> PlatformOrgsUsersResource:
        from .users import PlatformOrgsUsersResource

        return PlatformOrgsUsersResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get a list of registered users on the platform.  This endpoint provides a list of all
        registered users with basic profile information including username, name, email, and
        registration date.  Returns:     A list of registered users with their profile
        information.

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_retrieve.OPERATION,
            _platform_orgs_retrieve.build_request(org=org),
            options,
        )


class PlatformOrgsResourceWithRawResponse:
    """`Client.platform.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def courses(self) -> PlatformOrgsCoursesResourceWithRawResponse:
        from .courses import PlatformOrgsCoursesResourceWithRawResponse

        return PlatformOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def progress(self) -> PlatformOrgsProgressResourceWithRawResponse:
        from .progress import PlatformOrgsProgressResourceWithRawResponse

        return PlatformOrgsProgressResourceWithRawResponse(self._resource.progress)

    @cached_property
    def time(self) -> PlatformOrgsTimeResourceWithRawResponse:
        from .time import PlatformOrgsTimeResourceWithRawResponse

        return PlatformOrgsTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def users(self) -> PlatformOrgsUsersResourceWithRawResponse:
        from .users import PlatformOrgsUsersResourceWithRawResponse

        return PlatformOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncPlatformOrgsResource:
    """`AsyncClient.platform.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AsyncPlatformOrgsCoursesResource:
        from .courses import AsyncPlatformOrgsCoursesResource

        return AsyncPlatformOrgsCoursesResource(self._client)

    @cached_property
    def progress(self) -> AsyncPlatformOrgsProgressResource:
        from .progress import AsyncPlatformOrgsProgressResource

        return AsyncPlatformOrgsProgressResource(self._client)

    @cached_property
    def time(self) -> AsyncPlatformOrgsTimeResource:
        from .time import AsyncPlatformOrgsTimeResource

        return AsyncPlatformOrgsTimeResource(self._client)

    @cached_property
    def users(self) -> AsyncPlatformOrgsUsersResource:
        from .users import AsyncPlatformOrgsUsersResource

        return AsyncPlatformOrgsUsersResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get a list of registered users on the platform.  This endpoint provides a list of all
        registered users with basic profile information including username, name, email, and
        registration date.  Returns:     A list of registered users with their profile
        information.

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_retrieve.OPERATION,
            _platform_orgs_retrieve.build_request(org=org),
            options,
        )


class AsyncPlatformOrgsResourceWithRawResponse:
    """`AsyncClient.platform.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def courses(self) -> AsyncPlatformOrgsCoursesResourceWithRawResponse:
        from .courses import AsyncPlatformOrgsCoursesResourceWithRawResponse

        return AsyncPlatformOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def progress(self) -> AsyncPlatformOrgsProgressResourceWithRawResponse:
        from .progress import AsyncPlatformOrgsProgressResourceWithRawResponse

        return AsyncPlatformOrgsProgressResourceWithRawResponse(self._resource.progress)

    @cached_property
    def time(self) -> AsyncPlatformOrgsTimeResourceWithRawResponse:
        from .time import AsyncPlatformOrgsTimeResourceWithRawResponse

        return AsyncPlatformOrgsTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def users(self) -> AsyncPlatformOrgsUsersResourceWithRawResponse:
        from .users import AsyncPlatformOrgsUsersResourceWithRawResponse

        return AsyncPlatformOrgsUsersResourceWithRawResponse(self._resource.users)
