"""`Client.platform.orgs.progress`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .completed import (
        AsyncPlatformOrgsProgressCompletedResource,
        AsyncPlatformOrgsProgressCompletedResourceWithRawResponse,
        PlatformOrgsProgressCompletedResource,
        PlatformOrgsProgressCompletedResourceWithRawResponse,
    )
    from .completion_rate import (
        AsyncPlatformOrgsProgressCompletionRateResource,
        AsyncPlatformOrgsProgressCompletionRateResourceWithRawResponse,
        PlatformOrgsProgressCompletionRateResource,
        PlatformOrgsProgressCompletionRateResourceWithRawResponse,
    )
    from .in_progress import (
        AsyncPlatformOrgsProgressInProgressResource,
        AsyncPlatformOrgsProgressInProgressResourceWithRawResponse,
        PlatformOrgsProgressInProgressResource,
        PlatformOrgsProgressInProgressResourceWithRawResponse,
    )
    from .started import (
        AsyncPlatformOrgsProgressStartedResource,
        AsyncPlatformOrgsProgressStartedResourceWithRawResponse,
        PlatformOrgsProgressStartedResource,
        PlatformOrgsProgressStartedResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsProgressResource",
    "PlatformOrgsProgressResourceWithRawResponse",
    "AsyncPlatformOrgsProgressResource",
    "AsyncPlatformOrgsProgressResourceWithRawResponse",
]


class PlatformOrgsProgressResource:
    """`Client.platform.orgs.progress`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsProgressResourceWithRawResponse(self)

    @cached_property
    def completed(self) -> PlatformOrgsProgressCompletedResource:
        from .completed import PlatformOrgsProgressCompletedResource

        return PlatformOrgsProgressCompletedResource(self._client)

    @cached_property
    def completion_rate(self) -> PlatformOrgsProgressCompletionRateResource:
        from .completion_rate import PlatformOrgsProgressCompletionRateResource

        return PlatformOrgsProgressCompletionRateResource(self._client)

    @cached_property
    def in_progress(self) -> PlatformOrgsProgressInProgressResource:
        from .in_progress import PlatformOrgsProgressInProgressResource

        return PlatformOrgsProgressInProgressResource(self._client)

    @cached_property
    def started(self) -> PlatformOrgsProgressStartedResource:
        from .started import PlatformOrgsProgressStartedResource

        return PlatformOrgsProgressStartedResource(self._client)


class PlatformOrgsProgressResourceWithRawResponse:
    """`Client.platform.orgs.progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsProgressResource) -> None:
        self._resource = resource

    @cached_property
    def completed(self) -> PlatformOrgsProgressCompletedResourceWithRawResponse:
        from .completed import PlatformOrgsProgressCompletedResourceWithRawResponse

        return PlatformOrgsProgressCompletedResourceWithRawResponse(self._resource.completed)

    @cached_property
    def completion_rate(self) -> PlatformOrgsProgressCompletionRateResourceWithRawResponse:
        from .completion_rate import PlatformOrgsProgressCompletionRateResourceWithRawResponse

        return PlatformOrgsProgressCompletionRateResourceWithRawResponse(
            self._resource.completion_rate
        )

    @cached_property
    def in_progress(self) -> PlatformOrgsProgressInProgressResourceWithRawResponse:
        from .in_progress import PlatformOrgsProgressInProgressResourceWithRawResponse

        return PlatformOrgsProgressInProgressResourceWithRawResponse(self._resource.in_progress)

    @cached_property
    def started(self) -> PlatformOrgsProgressStartedResourceWithRawResponse:
        from .started import PlatformOrgsProgressStartedResourceWithRawResponse

        return PlatformOrgsProgressStartedResourceWithRawResponse(self._resource.started)


class AsyncPlatformOrgsProgressResource:
    """`AsyncClient.platform.orgs.progress`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsProgressResourceWithRawResponse(self)

    @cached_property
    def completed(self) -> AsyncPlatformOrgsProgressCompletedResource:
        from .completed import AsyncPlatformOrgsProgressCompletedResource

        return AsyncPlatformOrgsProgressCompletedResource(self._client)

    @cached_property
    def completion_rate(self) -> AsyncPlatformOrgsProgressCompletionRateResource:
        from .completion_rate import AsyncPlatformOrgsProgressCompletionRateResource

        return AsyncPlatformOrgsProgressCompletionRateResource(self._client)

    @cached_property
    def in_progress(self) -> AsyncPlatformOrgsProgressInProgressResource:
        from .in_progress import AsyncPlatformOrgsProgressInProgressResource

        return AsyncPlatformOrgsProgressInProgressResource(self._client)

    @cached_property
    def started(self) -> AsyncPlatformOrgsProgressStartedResource:
        from .started import AsyncPlatformOrgsProgressStartedResource

        return AsyncPlatformOrgsProgressStartedResource(self._client)


class AsyncPlatformOrgsProgressResourceWithRawResponse:
    """`AsyncClient.platform.orgs.progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsProgressResource) -> None:
        self._resource = resource

    @cached_property
    def completed(self) -> AsyncPlatformOrgsProgressCompletedResourceWithRawResponse:
        from .completed import AsyncPlatformOrgsProgressCompletedResourceWithRawResponse

        return AsyncPlatformOrgsProgressCompletedResourceWithRawResponse(self._resource.completed)

    @cached_property
    def completion_rate(self) -> AsyncPlatformOrgsProgressCompletionRateResourceWithRawResponse:
        from .completion_rate import AsyncPlatformOrgsProgressCompletionRateResourceWithRawResponse

        return AsyncPlatformOrgsProgressCompletionRateResourceWithRawResponse(
            self._resource.completion_rate
        )

    @cached_property
    def in_progress(self) -> AsyncPlatformOrgsProgressInProgressResourceWithRawResponse:
        from .in_progress import AsyncPlatformOrgsProgressInProgressResourceWithRawResponse

        return AsyncPlatformOrgsProgressInProgressResourceWithRawResponse(
            self._resource.in_progress
        )

    @cached_property
    def started(self) -> AsyncPlatformOrgsProgressStartedResourceWithRawResponse:
        from .started import AsyncPlatformOrgsProgressStartedResourceWithRawResponse

        return AsyncPlatformOrgsProgressStartedResourceWithRawResponse(self._resource.started)
