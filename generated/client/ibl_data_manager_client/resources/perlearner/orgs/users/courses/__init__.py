"""`Client.perlearner.orgs.users.courses`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .grading import (
        AsyncPerlearnerOrgsUsersCoursesGradingResource,
        AsyncPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesGradingResource,
        PerlearnerOrgsUsersCoursesGradingResourceWithRawResponse,
    )
    from .overview import (
        AsyncPerlearnerOrgsUsersCoursesOverviewResource,
        AsyncPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesOverviewResource,
        PerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse,
    )
    from .videos import (
        AsyncPerlearnerOrgsUsersCoursesVideosResource,
        AsyncPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesVideosResource,
        PerlearnerOrgsUsersCoursesVideosResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersCoursesResource",
    "PerlearnerOrgsUsersCoursesResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersCoursesResource",
    "AsyncPerlearnerOrgsUsersCoursesResourceWithRawResponse",
]


class PerlearnerOrgsUsersCoursesResource:
    """`Client.perlearner.orgs.users.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersCoursesResourceWithRawResponse(self)

    @cached_property
    def grading(self) -> PerlearnerOrgsUsersCoursesGradingResource:
        from .grading import PerlearnerOrgsUsersCoursesGradingResource

        return PerlearnerOrgsUsersCoursesGradingResource(self._client)

    @cached_property
    def overview(self) -> PerlearnerOrgsUsersCoursesOverviewResource:
        from .overview import PerlearnerOrgsUsersCoursesOverviewResource

        return PerlearnerOrgsUsersCoursesOverviewResource(self._client)

    @cached_property
    def videos(self) -> PerlearnerOrgsUsersCoursesVideosResource:
        from .videos import PerlearnerOrgsUsersCoursesVideosResource

        return PerlearnerOrgsUsersCoursesVideosResource(self._client)


class PerlearnerOrgsUsersCoursesResourceWithRawResponse:
    """`Client.perlearner.orgs.users.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def grading(self) -> PerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
        from .grading import PerlearnerOrgsUsersCoursesGradingResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesGradingResourceWithRawResponse(self._resource.grading)

    @cached_property
    def overview(self) -> PerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
        from .overview import PerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse(self._resource.overview)

    @cached_property
    def videos(self) -> PerlearnerOrgsUsersCoursesVideosResourceWithRawResponse:
        from .videos import PerlearnerOrgsUsersCoursesVideosResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesVideosResourceWithRawResponse(self._resource.videos)


class AsyncPerlearnerOrgsUsersCoursesResource:
    """`AsyncClient.perlearner.orgs.users.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersCoursesResourceWithRawResponse(self)

    @cached_property
    def grading(self) -> AsyncPerlearnerOrgsUsersCoursesGradingResource:
        from .grading import AsyncPerlearnerOrgsUsersCoursesGradingResource

        return AsyncPerlearnerOrgsUsersCoursesGradingResource(self._client)

    @cached_property
    def overview(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewResource:
        from .overview import AsyncPerlearnerOrgsUsersCoursesOverviewResource

        return AsyncPerlearnerOrgsUsersCoursesOverviewResource(self._client)

    @cached_property
    def videos(self) -> AsyncPerlearnerOrgsUsersCoursesVideosResource:
        from .videos import AsyncPerlearnerOrgsUsersCoursesVideosResource

        return AsyncPerlearnerOrgsUsersCoursesVideosResource(self._client)


class AsyncPerlearnerOrgsUsersCoursesResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def grading(self) -> AsyncPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
        from .grading import AsyncPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse(self._resource.grading)

    @cached_property
    def overview(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
        from .overview import AsyncPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse(
            self._resource.overview
        )

    @cached_property
    def videos(self) -> AsyncPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse:
        from .videos import AsyncPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse(self._resource.videos)
