"""`Client.ai_mentor.orgs.users.extracted_memories`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_extracted_memories_retrieve as _ai_mentor_orgs_users_extracted_memories_retrieve,
)
from ......models.user_memory import UserMemory

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersExtractedMemoriesResource",
    "AiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersExtractedMemoriesResource",
    "AsyncAiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse",
]


class AiMentorOrgsUsersExtractedMemoriesResource:
    """`Client.ai_mentor.orgs.users.extracted_memories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserMemory:
        """Returns extracted memory for a user. This is the memory that the user tells the mentor
        to remember or is inferred from conversations.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserMemory
        """
        return self._client._send(
            _ai_mentor_orgs_users_extracted_memories_retrieve.OPERATION,
            _ai_mentor_orgs_users_extracted_memories_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.extracted_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersExtractedMemoriesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersExtractedMemoriesResource:
    """`AsyncClient.ai_mentor.orgs.users.extracted_memories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserMemory:
        """Returns extracted memory for a user. This is the memory that the user tells the mentor
        to remember or is inferred from conversations.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserMemory
        """
        return await self._client._send(
            _ai_mentor_orgs_users_extracted_memories_retrieve.OPERATION,
            _ai_mentor_orgs_users_extracted_memories_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.extracted_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersExtractedMemoriesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
