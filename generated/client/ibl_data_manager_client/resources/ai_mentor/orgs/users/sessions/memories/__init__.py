"""`Client.ai_mentor.orgs.users.sessions.memories`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .set_attached import (
        AiMentorOrgsUsersSessionsMemoriesSetAttachedResource,
        AiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResource,
        AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersSessionsMemoriesResource",
    "AiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsMemoriesResource",
    "AsyncAiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsMemoriesResource:
    """`Client.ai_mentor.orgs.users.sessions.memories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse(self)

    @cached_property
    def set_attached(self) -> AiMentorOrgsUsersSessionsMemoriesSetAttachedResource:
        from .set_attached import AiMentorOrgsUsersSessionsMemoriesSetAttachedResource

        return AiMentorOrgsUsersSessionsMemoriesSetAttachedResource(self._client)


class AiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions.memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsMemoriesResource) -> None:
        self._resource = resource

    @cached_property
    def set_attached(self) -> AiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse:
        from .set_attached import (
            AiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse,
        )

        return AiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse(
            self._resource.set_attached
        )


class AsyncAiMentorOrgsUsersSessionsMemoriesResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions.memories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse(self)

    @cached_property
    def set_attached(self) -> AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResource:
        from .set_attached import AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResource

        return AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResource(self._client)


class AsyncAiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions.memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsMemoriesResource) -> None:
        self._resource = resource

    @cached_property
    def set_attached(
        self,
    ) -> AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse:
        from .set_attached import (
            AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse(
            self._resource.set_attached
        )
