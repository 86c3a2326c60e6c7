"""`Client.ai_mentor.orgs.users.mentor_memories`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_memories_retrieve as _ai_mentor_orgs_users_mentor_memories_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorMemoriesResource",
    "AiMentorOrgsUsersMentorMemoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorMemoriesResource",
    "AsyncAiMentorOrgsUsersMentorMemoriesResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorMemoriesResource:
    """`Client.ai_mentor.orgs.users.mentor_memories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorMemoriesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List all mentor-specific memories for a user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_memories_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentor_memories_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersMentorMemoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorMemoriesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorMemoriesResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor_memories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorMemoriesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List all mentor-specific memories for a user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_memories_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentor_memories_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersMentorMemoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorMemoriesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
