"""`Client.ai_mentor.orgs.users.memory_entries`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memory_entries_create as _ai_mentor_orgs_users_memory_entries_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memory_entries_destroy as _ai_mentor_orgs_users_memory_entries_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memory_entries_retrieve as _ai_mentor_orgs_users_memory_entries_retrieve,
)
from ......models.user_memory_entry import UserMemoryEntry
from ......models.user_memory_entry_request_2 import UserMemoryEntryRequest2
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMemoryEntriesResource",
    "AiMentorOrgsUsersMemoryEntriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMemoryEntriesResource",
    "AsyncAiMentorOrgsUsersMemoryEntriesResourceWithRawResponse",
]


class AiMentorOrgsUsersMemoryEntriesResource:
    """`Client.ai_mentor.orgs.users.memory_entries`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMemoryEntriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMemoryEntriesResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a memory entry or a category of memories.  Sample request (memory entry unique
        id) ``` DELETE /api/ai-mentor/orgs/main/users/your-user/memory-entries/d66e4962-2406-48b
        1-9b73-14ff30138872/ ``` Sample request (category name) ``` DELETE
        /api/ai-mentor/orgs/main/users/your-user/memory-entries/lessons_learned/ ```

        Args:
            org (str, path)
            user_id (str, path)
            entry_unique_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_memory_entries_destroy.OPERATION,
            _ai_mentor_orgs_users_memory_entries_destroy.build_request(
                org=org, user_id=user_id, entry_unique_id=entry_unique_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryEntry:
        """Get a memory entry's detail by its unique id.  Sample response ``` {   \"unique_id\":
        \"f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3\",   \"key\": \"new key\",   \"value\": \"this is
        new memory value!\",   \"inserted_at\": \"2025-09-01T14:43:36.232705+00:00\",
        \"updated_at\": \"2025-09-01T14:43:36.232712+00:00\",   \"expires_at\": null,
        \"category\": \"lessons_learned\" } ```

        Args:
            org (str, path)
            user_id (str, path)
            entry_unique_id (str, path)

        Returns:
            UserMemoryEntry
        """
        return self._client._send(
            _ai_mentor_orgs_users_memory_entries_retrieve.OPERATION,
            _ai_mentor_orgs_users_memory_entries_retrieve.build_request(
                org=org, user_id=user_id, entry_unique_id=entry_unique_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        body: UserMemoryEntryRequest2,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryEntry: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        key: str,
        unique_id: UUID | Unset = UNSET,
        value: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryEntry: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        body: UserMemoryEntryRequest2 | Unset = UNSET,
        key: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        value: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryEntry:
        """``` POST /api/ai-mentor/orgs/main/users/your-user/memory-entries/f03642ce-b7ec-42a2-8604
        -7aa0c6e7b6d3/ ``` Sample request: ``` {\"value\": \"this is new memory value!\",
        \"key\": \"new key!\",} ``` Sample response: ``` {   \"unique_id\":
        \"f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3\",   \"key\": \"new key\",   \"value\": \"this is
        new memory value!\",   \"inserted_at\": \"2025-09-01T14:43:36.232705+00:00\",
        \"updated_at\": \"2025-09-01T14:43:36.232712+00:00\",   \"expires_at\": null,
        \"category\": \"lessons_learned\" } ```

        Args:
            org (str, path)
            user_id (str, path)
            entry_unique_id (str, path)
            body (UserMemoryEntryRequest2, request body)
            Or the body's fields as keywords instead of body=: key, unique_id, value

        Returns:
            UserMemoryEntry
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.memory_entries.create",
            body,
            UserMemoryEntryRequest2,
            ["key"],
            (
                ("key", "key", key),
                ("unique_id", "unique_id", unique_id),
                ("value", "value", value),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_memory_entries_create.OPERATION,
            _ai_mentor_orgs_users_memory_entries_create.build_request(
                org=org, user_id=user_id, entry_unique_id=entry_unique_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMemoryEntriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.memory_entries`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMemoryEntriesResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMemoryEntriesResource:
    """`AsyncClient.ai_mentor.orgs.users.memory_entries`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMemoryEntriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMemoryEntriesResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a memory entry or a category of memories.  Sample request (memory entry unique
        id) ``` DELETE /api/ai-mentor/orgs/main/users/your-user/memory-entries/d66e4962-2406-48b
        1-9b73-14ff30138872/ ``` Sample request (category name) ``` DELETE
        /api/ai-mentor/orgs/main/users/your-user/memory-entries/lessons_learned/ ```

        Args:
            org (str, path)
            user_id (str, path)
            entry_unique_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_memory_entries_destroy.OPERATION,
            _ai_mentor_orgs_users_memory_entries_destroy.build_request(
                org=org, user_id=user_id, entry_unique_id=entry_unique_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryEntry:
        """Get a memory entry's detail by its unique id.  Sample response ``` {   \"unique_id\":
        \"f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3\",   \"key\": \"new key\",   \"value\": \"this is
        new memory value!\",   \"inserted_at\": \"2025-09-01T14:43:36.232705+00:00\",
        \"updated_at\": \"2025-09-01T14:43:36.232712+00:00\",   \"expires_at\": null,
        \"category\": \"lessons_learned\" } ```

        Args:
            org (str, path)
            user_id (str, path)
            entry_unique_id (str, path)

        Returns:
            UserMemoryEntry
        """
        return await self._client._send(
            _ai_mentor_orgs_users_memory_entries_retrieve.OPERATION,
            _ai_mentor_orgs_users_memory_entries_retrieve.build_request(
                org=org, user_id=user_id, entry_unique_id=entry_unique_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        body: UserMemoryEntryRequest2,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryEntry: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        key: str,
        unique_id: UUID | Unset = UNSET,
        value: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryEntry: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        entry_unique_id: str,
        body: UserMemoryEntryRequest2 | Unset = UNSET,
        key: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        value: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryEntry:
        """``` POST /api/ai-mentor/orgs/main/users/your-user/memory-entries/f03642ce-b7ec-42a2-8604
        -7aa0c6e7b6d3/ ``` Sample request: ``` {\"value\": \"this is new memory value!\",
        \"key\": \"new key!\",} ``` Sample response: ``` {   \"unique_id\":
        \"f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3\",   \"key\": \"new key\",   \"value\": \"this is
        new memory value!\",   \"inserted_at\": \"2025-09-01T14:43:36.232705+00:00\",
        \"updated_at\": \"2025-09-01T14:43:36.232712+00:00\",   \"expires_at\": null,
        \"category\": \"lessons_learned\" } ```

        Args:
            org (str, path)
            user_id (str, path)
            entry_unique_id (str, path)
            body (UserMemoryEntryRequest2, request body)
            Or the body's fields as keywords instead of body=: key, unique_id, value

        Returns:
            UserMemoryEntry
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.memory_entries.create",
            body,
            UserMemoryEntryRequest2,
            ["key"],
            (
                ("key", "key", key),
                ("unique_id", "unique_id", unique_id),
                ("value", "value", value),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_memory_entries_create.OPERATION,
            _ai_mentor_orgs_users_memory_entries_create.build_request(
                org=org, user_id=user_id, entry_unique_id=entry_unique_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMemoryEntriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.memory_entries`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMemoryEntriesResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
