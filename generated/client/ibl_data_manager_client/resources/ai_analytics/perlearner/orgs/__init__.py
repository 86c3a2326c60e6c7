"""`Client.ai_analytics.perlearner.orgs`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .learners import (
        AiAnalyticsPerlearnerOrgsLearnersResource,
        AiAnalyticsPerlearnerOrgsLearnersResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsLearnersResource,
        AsyncAiAnalyticsPerlearnerOrgsLearnersResourceWithRawResponse,
    )
    from .users import (
        AiAnalyticsPerlearnerOrgsUsersResource,
        AiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsResource",
    "AiAnalyticsPerlearnerOrgsResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsResource",
    "AsyncAiAnalyticsPerlearnerOrgsResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsResource:
    """`Client.ai_analytics.perlearner.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerlearnerOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsResourceWithRawResponse(self)

    @cached_property
    def learners(self) -> AiAnalyticsPerlearnerOrgsLearnersResource:
        from .learners import AiAnalyticsPerlearnerOrgsLearnersResource

        return AiAnalyticsPerlearnerOrgsLearnersResource(self._client)

    @cached_property
    def users(self) -> AiAnalyticsPerlearnerOrgsUsersResource:
        from .users import AiAnalyticsPerlearnerOrgsUsersResource

        return AiAnalyticsPerlearnerOrgsUsersResource(self._client)


class AiAnalyticsPerlearnerOrgsResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def learners(self) -> AiAnalyticsPerlearnerOrgsLearnersResourceWithRawResponse:
        from .learners import AiAnalyticsPerlearnerOrgsLearnersResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsLearnersResourceWithRawResponse(self._resource.learners)

    @cached_property
    def users(self) -> AiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse:
        from .users import AiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncAiAnalyticsPerlearnerOrgsResource:
    """`AsyncClient.ai_analytics.perlearner.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerlearnerOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsResourceWithRawResponse(self)

    @cached_property
    def learners(self) -> AsyncAiAnalyticsPerlearnerOrgsLearnersResource:
        from .learners import AsyncAiAnalyticsPerlearnerOrgsLearnersResource

        return AsyncAiAnalyticsPerlearnerOrgsLearnersResource(self._client)

    @cached_property
    def users(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersResource:
        from .users import AsyncAiAnalyticsPerlearnerOrgsUsersResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def learners(self) -> AsyncAiAnalyticsPerlearnerOrgsLearnersResourceWithRawResponse:
        from .learners import AsyncAiAnalyticsPerlearnerOrgsLearnersResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsLearnersResourceWithRawResponse(
            self._resource.learners
        )

    @cached_property
    def users(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse(self._resource.users)
