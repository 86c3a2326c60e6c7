"""`Client.ai_mentor.orgs.users.global_memories`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_global_memories_create as _ai_mentor_orgs_users_global_memories_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_global_memories_destroy as _ai_mentor_orgs_users_global_memories_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_global_memories_retrieve as _ai_mentor_orgs_users_global_memories_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersGlobalMemoriesResource",
    "AiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersGlobalMemoriesResource",
    "AsyncAiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse",
]


class AiMentorOrgsUsersGlobalMemoriesResource:
    """`Client.ai_mentor.orgs.users.global_memories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List all global memories for a user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_global_memories_retrieve.OPERATION,
            _ai_mentor_orgs_users_global_memories_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a new global memory.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_global_memories_create.OPERATION,
            _ai_mentor_orgs_users_global_memories_create.build_request(org=org, user_id=user_id),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a global memory (user ownership check).

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_global_memories_destroy.OPERATION,
            _ai_mentor_orgs_users_global_memories_destroy.build_request(
                org=org, user_id=user_id, memory_id=memory_id
            ),
            options,
        )


class AiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.global_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersGlobalMemoriesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)


class AsyncAiMentorOrgsUsersGlobalMemoriesResource:
    """`AsyncClient.ai_mentor.orgs.users.global_memories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List all global memories for a user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_global_memories_retrieve.OPERATION,
            _ai_mentor_orgs_users_global_memories_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a new global memory.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_global_memories_create.OPERATION,
            _ai_mentor_orgs_users_global_memories_create.build_request(org=org, user_id=user_id),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a global memory (user ownership check).

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_global_memories_destroy.OPERATION,
            _ai_mentor_orgs_users_global_memories_destroy.build_request(
                org=org, user_id=user_id, memory_id=memory_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.global_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersGlobalMemoriesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
