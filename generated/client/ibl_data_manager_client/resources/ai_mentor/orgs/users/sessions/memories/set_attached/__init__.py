"""`Client.ai_mentor.orgs.users.sessions.memories.set_attached`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_sessions_memories_set_attached_create as _ai_mentor_orgs_users_sessions_memories_set_attached_create,
)
from ........api.ai_mentor import (
    ai_mentor_orgs_users_sessions_memories_set_attached_retrieve as _ai_mentor_orgs_users_sessions_memories_set_attached_retrieve,
)
from ........models.session_memory_attachment import SessionMemoryAttachment
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionsMemoriesSetAttachedResource",
    "AiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResource",
    "AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsMemoriesSetAttachedResource:
    """`Client.ai_mentor.orgs.users.sessions.memories.set_attached`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        memory_unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryAttachment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)
            memory_unique_id (str, path)

        Returns:
            SessionMemoryAttachment
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_memories_set_attached_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_memories_set_attached_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id, memory_unique_id=memory_unique_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        memory_unique_id: str,
        body: SessionMemoryAttachment,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryAttachment: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        memory_unique_id: str,
        attached: bool,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryAttachment: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        memory_unique_id: str,
        body: SessionMemoryAttachment | Unset = UNSET,
        attached: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryAttachment:
        """Create session memory attachment

        Create session memory attachment

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)
            memory_unique_id (str, path)
            body (SessionMemoryAttachment, request body)
            Or the body's fields as keywords instead of body=: attached

        Returns:
            SessionMemoryAttachment
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.sessions.memories.set_attached.create",
            body,
            SessionMemoryAttachment,
            ["attached"],
            (("attached", "attached", attached),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_sessions_memories_set_attached_create.OPERATION,
            _ai_mentor_orgs_users_sessions_memories_set_attached_create.build_request(
                org=org,
                user_id=user_id,
                session_id=session_id,
                memory_unique_id=memory_unique_id,
                body=body,
            ),
            options,
        )


class AiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions.memories.set_attached`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsMemoriesSetAttachedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions.memories.set_attached`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        memory_unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryAttachment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)
            memory_unique_id (str, path)

        Returns:
            SessionMemoryAttachment
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_memories_set_attached_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_memories_set_attached_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id, memory_unique_id=memory_unique_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        memory_unique_id: str,
        body: SessionMemoryAttachment,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryAttachment: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        memory_unique_id: str,
        attached: bool,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryAttachment: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        memory_unique_id: str,
        body: SessionMemoryAttachment | Unset = UNSET,
        attached: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SessionMemoryAttachment:
        """Create session memory attachment

        Create session memory attachment

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)
            memory_unique_id (str, path)
            body (SessionMemoryAttachment, request body)
            Or the body's fields as keywords instead of body=: attached

        Returns:
            SessionMemoryAttachment
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.sessions.memories.set_attached.create",
            body,
            SessionMemoryAttachment,
            ["attached"],
            (("attached", "attached", attached),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_memories_set_attached_create.OPERATION,
            _ai_mentor_orgs_users_sessions_memories_set_attached_create.build_request(
                org=org,
                user_id=user_id,
                session_id=session_id,
                memory_unique_id=memory_unique_id,
                body=body,
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions.memories.set_attached`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsMemoriesSetAttachedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
