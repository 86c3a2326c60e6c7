"""`Client.ai_search.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .users import (
        AiSearchOrgsUsersResource,
        AiSearchOrgsUsersResourceWithRawResponse,
        AsyncAiSearchOrgsUsersResource,
        AsyncAiSearchOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "AiSearchOrgsResource",
    "AiSearchOrgsResourceWithRawResponse",
    "AsyncAiSearchOrgsResource",
    "AsyncAiSearchOrgsResourceWithRawResponse",
]


class AiSearchOrgsResource:
    """`Client.ai_search.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiSearchOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiSearchOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AiSearchOrgsUsersResource:
        from .users import AiSearchOrgsUsersResource

        return AiSearchOrgsUsersResource(self._client)


class AiSearchOrgsResourceWithRawResponse:
    """`Client.ai_search.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiSearchOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AiSearchOrgsUsersResourceWithRawResponse:
        from .users import AiSearchOrgsUsersResourceWithRawResponse

        return AiSearchOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncAiSearchOrgsResource:
    """`AsyncClient.ai_search.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiSearchOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiSearchOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncAiSearchOrgsUsersResource:
        from .users import AsyncAiSearchOrgsUsersResource

        return AsyncAiSearchOrgsUsersResource(self._client)


class AsyncAiSearchOrgsResourceWithRawResponse:
    """`AsyncClient.ai_search.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiSearchOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncAiSearchOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiSearchOrgsUsersResourceWithRawResponse

        return AsyncAiSearchOrgsUsersResourceWithRawResponse(self._resource.users)
