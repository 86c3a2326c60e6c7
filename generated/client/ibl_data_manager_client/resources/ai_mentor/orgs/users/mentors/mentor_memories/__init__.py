"""`Client.ai_mentor.orgs.users.mentors.mentor_memories`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_mentor_memories_create as _ai_mentor_orgs_users_mentors_mentor_memories_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_mentor_memories_destroy as _ai_mentor_orgs_users_mentors_mentor_memories_destroy,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_mentor_memories_partial_update as _ai_mentor_orgs_users_mentors_mentor_memories_partial_update,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_mentor_memories_retrieve as _ai_mentor_orgs_users_mentors_mentor_memories_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsMentorMemoriesResource",
    "AiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsMentorMemoriesResource",
    "AsyncAiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsMentorMemoriesResource:
    """`Client.ai_mentor.orgs.users.mentors.mentor_memories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List mentor-specific memories grouped by category.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_memories_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_memories_retrieve.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a new mentor-specific memory.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_memories_create.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_memories_create.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str,
        memory_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a mentor-specific memory (RBAC ownership-aware).

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_memories_destroy.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_memories_destroy.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id, memory_id=memory_id
            ),
            options,
        )

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str,
        memory_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a mentor-specific memory (RBAC ownership-aware).

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_memories_partial_update.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_memories_partial_update.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id, memory_id=memory_id
            ),
            options,
        )


class AiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.mentor_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsMentorMemoriesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncAiMentorOrgsUsersMentorsMentorMemoriesResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.mentor_memories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List mentor-specific memories grouped by category.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_memories_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_memories_retrieve.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a new mentor-specific memory.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_memories_create.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_memories_create.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str,
        memory_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a mentor-specific memory (RBAC ownership-aware).

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_memories_destroy.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_memories_destroy.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id, memory_id=memory_id
            ),
            options,
        )

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str,
        memory_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a mentor-specific memory (RBAC ownership-aware).

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_memories_partial_update.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_memories_partial_update.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id, memory_id=memory_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.mentor_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsMentorMemoriesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.partial_update = async_to_raw_response(resource.partial_update)
