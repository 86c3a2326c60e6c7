"""`Client.ai_analytics.orgs.users.costs`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .model import (
        AiAnalyticsOrgsUsersCostsModelResource,
        AiAnalyticsOrgsUsersCostsModelResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersCostsModelResource,
        AsyncAiAnalyticsOrgsUsersCostsModelResourceWithRawResponse,
    )
    from .permentor import (
        AiAnalyticsOrgsUsersCostsPermentorResource,
        AiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersCostsPermentorResource,
        AsyncAiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse,
    )
    from .peruser import (
        AiAnalyticsOrgsUsersCostsPeruserResource,
        AiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersCostsPeruserResource,
        AsyncAiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsOrgsUsersCostsResource",
    "AiAnalyticsOrgsUsersCostsResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersCostsResource",
    "AsyncAiAnalyticsOrgsUsersCostsResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersCostsResource:
    """`Client.ai_analytics.orgs.users.costs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersCostsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersCostsResourceWithRawResponse(self)

    @cached_property
    def model(self) -> AiAnalyticsOrgsUsersCostsModelResource:
        from .model import AiAnalyticsOrgsUsersCostsModelResource

        return AiAnalyticsOrgsUsersCostsModelResource(self._client)

    @cached_property
    def permentor(self) -> AiAnalyticsOrgsUsersCostsPermentorResource:
        from .permentor import AiAnalyticsOrgsUsersCostsPermentorResource

        return AiAnalyticsOrgsUsersCostsPermentorResource(self._client)

    @cached_property
    def peruser(self) -> AiAnalyticsOrgsUsersCostsPeruserResource:
        from .peruser import AiAnalyticsOrgsUsersCostsPeruserResource

        return AiAnalyticsOrgsUsersCostsPeruserResource(self._client)


class AiAnalyticsOrgsUsersCostsResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.costs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersCostsResource) -> None:
        self._resource = resource

    @cached_property
    def model(self) -> AiAnalyticsOrgsUsersCostsModelResourceWithRawResponse:
        from .model import AiAnalyticsOrgsUsersCostsModelResourceWithRawResponse

        return AiAnalyticsOrgsUsersCostsModelResourceWithRawResponse(self._resource.model)

    @cached_property
    def permentor(self) -> AiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse:
        from .permentor import AiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse

        return AiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse(self._resource.permentor)

    @cached_property
    def peruser(self) -> AiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse:
        from .peruser import AiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse

        return AiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse(self._resource.peruser)


class AsyncAiAnalyticsOrgsUsersCostsResource:
    """`AsyncClient.ai_analytics.orgs.users.costs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersCostsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersCostsResourceWithRawResponse(self)

    @cached_property
    def model(self) -> AsyncAiAnalyticsOrgsUsersCostsModelResource:
        from .model import AsyncAiAnalyticsOrgsUsersCostsModelResource

        return AsyncAiAnalyticsOrgsUsersCostsModelResource(self._client)

    @cached_property
    def permentor(self) -> AsyncAiAnalyticsOrgsUsersCostsPermentorResource:
        from .permentor import AsyncAiAnalyticsOrgsUsersCostsPermentorResource

        return AsyncAiAnalyticsOrgsUsersCostsPermentorResource(self._client)

    @cached_property
    def peruser(self) -> AsyncAiAnalyticsOrgsUsersCostsPeruserResource:
        from .peruser import AsyncAiAnalyticsOrgsUsersCostsPeruserResource

        return AsyncAiAnalyticsOrgsUsersCostsPeruserResource(self._client)


class AsyncAiAnalyticsOrgsUsersCostsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.costs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersCostsResource) -> None:
        self._resource = resource

    @cached_property
    def model(self) -> AsyncAiAnalyticsOrgsUsersCostsModelResourceWithRawResponse:
        from .model import AsyncAiAnalyticsOrgsUsersCostsModelResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersCostsModelResourceWithRawResponse(self._resource.model)

    @cached_property
    def permentor(self) -> AsyncAiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse:
        from .permentor import AsyncAiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse(
            self._resource.permentor
        )

    @cached_property
    def peruser(self) -> AsyncAiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse:
        from .peruser import AsyncAiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse(self._resource.peruser)
