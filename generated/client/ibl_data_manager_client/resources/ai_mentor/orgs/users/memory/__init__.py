"""`Client.ai_mentor.orgs.users.memory`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memory_destroy as _ai_mentor_orgs_users_memory_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memory_retrieve as _ai_mentor_orgs_users_memory_retrieve,
)
from ......models.user_memory import UserMemory

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMemoryResource",
    "AiMentorOrgsUsersMemoryResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMemoryResource",
    "AsyncAiMentorOrgsUsersMemoryResourceWithRawResponse",
]


class AiMentorOrgsUsersMemoryResource:
    """`Client.ai_mentor.orgs.users.memory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMemoryResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        memory_unique_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            memory_unique_id_or_name (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_memory_destroy.OPERATION,
            _ai_mentor_orgs_users_memory_destroy.build_request(
                org=org, user_id=user_id, memory_unique_id_or_name=memory_unique_id_or_name
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        memory_unique_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> UserMemory:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            memory_unique_id_or_name (str, path)

        Returns:
            UserMemory
        """
        return self._client._send(
            _ai_mentor_orgs_users_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_memory_retrieve.build_request(
                org=org, user_id=user_id, memory_unique_id_or_name=memory_unique_id_or_name
            ),
            options,
        )


class AiMentorOrgsUsersMemoryResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMemoryResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMemoryResource:
    """`AsyncClient.ai_mentor.orgs.users.memory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMemoryResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        memory_unique_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            memory_unique_id_or_name (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_memory_destroy.OPERATION,
            _ai_mentor_orgs_users_memory_destroy.build_request(
                org=org, user_id=user_id, memory_unique_id_or_name=memory_unique_id_or_name
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        memory_unique_id_or_name: str,
        **options: Unpack[RequestOptions],
    ) -> UserMemory:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            memory_unique_id_or_name (str, path)

        Returns:
            UserMemory
        """
        return await self._client._send(
            _ai_mentor_orgs_users_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_memory_retrieve.build_request(
                org=org, user_id=user_id, memory_unique_id_or_name=memory_unique_id_or_name
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMemoryResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMemoryResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
