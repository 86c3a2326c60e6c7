"""`Client.platform.orgs.users`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .active import (
        AsyncPlatformOrgsUsersActiveResource,
        AsyncPlatformOrgsUsersActiveResourceWithRawResponse,
        PlatformOrgsUsersActiveResource,
        PlatformOrgsUsersActiveResourceWithRawResponse,
    )
    from .count import (
        AsyncPlatformOrgsUsersCountResource,
        AsyncPlatformOrgsUsersCountResourceWithRawResponse,
        PlatformOrgsUsersCountResource,
        PlatformOrgsUsersCountResourceWithRawResponse,
    )
    from .courses_completed import (
        AsyncPlatformOrgsUsersCoursesCompletedResource,
        AsyncPlatformOrgsUsersCoursesCompletedResourceWithRawResponse,
        PlatformOrgsUsersCoursesCompletedResource,
        PlatformOrgsUsersCoursesCompletedResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsUsersResource",
    "PlatformOrgsUsersResourceWithRawResponse",
    "AsyncPlatformOrgsUsersResource",
    "AsyncPlatformOrgsUsersResourceWithRawResponse",
]


class PlatformOrgsUsersResource:
    """`Client.platform.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def active(self) -> PlatformOrgsUsersActiveResource:
        from .active import PlatformOrgsUsersActiveResource

        return PlatformOrgsUsersActiveResource(self._client)

    @cached_property
    def count(self) -> PlatformOrgsUsersCountResource:
        from .count import PlatformOrgsUsersCountResource

        return PlatformOrgsUsersCountResource(self._client)

    @cached_property
    def courses_completed(self) -> PlatformOrgsUsersCoursesCompletedResource:
        from .courses_completed import PlatformOrgsUsersCoursesCompletedResource

        return PlatformOrgsUsersCoursesCompletedResource(self._client)


class PlatformOrgsUsersResourceWithRawResponse:
    """`Client.platform.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def active(self) -> PlatformOrgsUsersActiveResourceWithRawResponse:
        from .active import PlatformOrgsUsersActiveResourceWithRawResponse

        return PlatformOrgsUsersActiveResourceWithRawResponse(self._resource.active)

    @cached_property
    def count(self) -> PlatformOrgsUsersCountResourceWithRawResponse:
        from .count import PlatformOrgsUsersCountResourceWithRawResponse

        return PlatformOrgsUsersCountResourceWithRawResponse(self._resource.count)

    @cached_property
    def courses_completed(self) -> PlatformOrgsUsersCoursesCompletedResourceWithRawResponse:
        from .courses_completed import PlatformOrgsUsersCoursesCompletedResourceWithRawResponse

        return PlatformOrgsUsersCoursesCompletedResourceWithRawResponse(
            self._resource.courses_completed
        )


class AsyncPlatformOrgsUsersResource:
    """`AsyncClient.platform.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def active(self) -> AsyncPlatformOrgsUsersActiveResource:
        from .active import AsyncPlatformOrgsUsersActiveResource

        return AsyncPlatformOrgsUsersActiveResource(self._client)

    @cached_property
    def count(self) -> AsyncPlatformOrgsUsersCountResource:
        from .count import AsyncPlatformOrgsUsersCountResource

        return AsyncPlatformOrgsUsersCountResource(self._client)

    @cached_property
    def courses_completed(self) -> AsyncPlatformOrgsUsersCoursesCompletedResource:
        from .courses_completed import AsyncPlatformOrgsUsersCoursesCompletedResource

        return AsyncPlatformOrgsUsersCoursesCompletedResource(self._client)


class AsyncPlatformOrgsUsersResourceWithRawResponse:
    """`AsyncClient.platform.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def active(self) -> AsyncPlatformOrgsUsersActiveResourceWithRawResponse:
        from .active import AsyncPlatformOrgsUsersActiveResourceWithRawResponse

        return AsyncPlatformOrgsUsersActiveResourceWithRawResponse(self._resource.active)

    @cached_property
    def count(self) -> AsyncPlatformOrgsUsersCountResourceWithRawResponse:
        from .count import AsyncPlatformOrgsUsersCountResourceWithRawResponse

        return AsyncPlatformOrgsUsersCountResourceWithRawResponse(self._resource.count)

    @cached_property
    def courses_completed(self) -> AsyncPlatformOrgsUsersCoursesCompletedResourceWithRawResponse:
        from .courses_completed import AsyncPlatformOrgsUsersCoursesCompletedResourceWithRawResponse

        return AsyncPlatformOrgsUsersCoursesCompletedResourceWithRawResponse(
            self._resource.courses_completed
        )
