"""`Client.ai_mentor.orgs.users.sessions.memory`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_memory_retrieve as _ai_mentor_orgs_users_sessions_memory_retrieve,
)
from .......models.session_memory_storage import SessionMemoryStorage

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionsMemoryResource",
    "AiMentorOrgsUsersSessionsMemoryResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsMemoryResource",
    "AsyncAiMentorOrgsUsersSessionsMemoryResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsMemoryResource:
    """`Client.ai_mentor.orgs.users.sessions.memory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionsMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsMemoryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryStorage:
        """Retrieve memory data for a specific session.  This endpoint returns the memory
        components (knowledge gaps, lessons learned, help requests) that were generated during
        the specified chat session.  Args:     org: The organization/tenant identifier.
        user_id: The ID of the user who owns the session.     session_id: The ID of the session
        to retrieve memory for.  Returns:     Response: The memory data associated with the
        session.  Raises:     NotFound: If the session does not exist or does not belong to the
        user.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)

        Returns:
            SessionMemoryStorage
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_memory_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )


class AiMentorOrgsUsersSessionsMemoryResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions.memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsMemoryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersSessionsMemoryResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions.memory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSessionsMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsMemoryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryStorage:
        """Retrieve memory data for a specific session.  This endpoint returns the memory
        components (knowledge gaps, lessons learned, help requests) that were generated during
        the specified chat session.  Args:     org: The organization/tenant identifier.
        user_id: The ID of the user who owns the session.     session_id: The ID of the session
        to retrieve memory for.  Returns:     Response: The memory data associated with the
        session.  Raises:     NotFound: If the session does not exist or does not belong to the
        user.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)

        Returns:
            SessionMemoryStorage
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_memory_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionsMemoryResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions.memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsMemoryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
