"""`Client.ai_marketing.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .users import (
        AiMarketingOrgsUsersResource,
        AiMarketingOrgsUsersResourceWithRawResponse,
        AsyncAiMarketingOrgsUsersResource,
        AsyncAiMarketingOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "AiMarketingOrgsResource",
    "AiMarketingOrgsResourceWithRawResponse",
    "AsyncAiMarketingOrgsResource",
    "AsyncAiMarketingOrgsResourceWithRawResponse",
]


class AiMarketingOrgsResource:
    """`Client.ai_marketing.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMarketingOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMarketingOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AiMarketingOrgsUsersResource:
        from .users import AiMarketingOrgsUsersResource

        return AiMarketingOrgsUsersResource(self._client)


class AiMarketingOrgsResourceWithRawResponse:
    """`Client.ai_marketing.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMarketingOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AiMarketingOrgsUsersResourceWithRawResponse:
        from .users import AiMarketingOrgsUsersResourceWithRawResponse

        return AiMarketingOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncAiMarketingOrgsResource:
    """`AsyncClient.ai_marketing.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMarketingOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMarketingOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncAiMarketingOrgsUsersResource:
        from .users import AsyncAiMarketingOrgsUsersResource

        return AsyncAiMarketingOrgsUsersResource(self._client)


class AsyncAiMarketingOrgsResourceWithRawResponse:
    """`AsyncClient.ai_marketing.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMarketingOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncAiMarketingOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiMarketingOrgsUsersResourceWithRawResponse

        return AsyncAiMarketingOrgsUsersResourceWithRawResponse(self._resource.users)
