"""`Client.ai_search.orgs.users`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .my_mentors import (
        AiSearchOrgsUsersMyMentorsResource,
        AiSearchOrgsUsersMyMentorsResourceWithRawResponse,
        AsyncAiSearchOrgsUsersMyMentorsResource,
        AsyncAiSearchOrgsUsersMyMentorsResourceWithRawResponse,
    )

__all__ = [
    "AiSearchOrgsUsersResource",
    "AiSearchOrgsUsersResourceWithRawResponse",
    "AsyncAiSearchOrgsUsersResource",
    "AsyncAiSearchOrgsUsersResourceWithRawResponse",
]


class AiSearchOrgsUsersResource:
    """`Client.ai_search.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiSearchOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiSearchOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def my_mentors(self) -> AiSearchOrgsUsersMyMentorsResource:
        from .my_mentors import AiSearchOrgsUsersMyMentorsResource

        return AiSearchOrgsUsersMyMentorsResource(self._client)


class AiSearchOrgsUsersResourceWithRawResponse:
    """`Client.ai_search.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiSearchOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def my_mentors(self) -> AiSearchOrgsUsersMyMentorsResourceWithRawResponse:
        from .my_mentors import AiSearchOrgsUsersMyMentorsResourceWithRawResponse

        return AiSearchOrgsUsersMyMentorsResourceWithRawResponse(self._resource.my_mentors)


class AsyncAiSearchOrgsUsersResource:
    """`AsyncClient.ai_search.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiSearchOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiSearchOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def my_mentors(self) -> AsyncAiSearchOrgsUsersMyMentorsResource:
        from .my_mentors import AsyncAiSearchOrgsUsersMyMentorsResource

        return AsyncAiSearchOrgsUsersMyMentorsResource(self._client)


class AsyncAiSearchOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_search.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiSearchOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def my_mentors(self) -> AsyncAiSearchOrgsUsersMyMentorsResourceWithRawResponse:
        from .my_mentors import AsyncAiSearchOrgsUsersMyMentorsResourceWithRawResponse

        return AsyncAiSearchOrgsUsersMyMentorsResourceWithRawResponse(self._resource.my_mentors)
