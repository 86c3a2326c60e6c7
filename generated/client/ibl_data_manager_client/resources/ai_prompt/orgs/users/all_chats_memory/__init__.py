"""`Client.ai_prompt.orgs.users.all_chats_memory`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_all_chats_memory_create as _ai_prompt_orgs_users_all_chats_memory_create,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_all_chats_memory_destroy as _ai_prompt_orgs_users_all_chats_memory_destroy,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_all_chats_memory_destroy_2 as _ai_prompt_orgs_users_all_chats_memory_destroy_2,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_all_chats_memory_retrieve as _ai_prompt_orgs_users_all_chats_memory_retrieve,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_all_chats_memory_update as _ai_prompt_orgs_users_all_chats_memory_update,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_all_chats_memory_update_2 as _ai_prompt_orgs_users_all_chats_memory_update_2,
)
from ......models.user_all_chat_memory_view import UserAllChatMemoryView
from ......models.user_all_chat_memory_view_request import UserAllChatMemoryViewRequest
from ......models.user_chat_memory_update_view import UserChatMemoryUpdateView
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersAllChatsMemoryResource",
    "AiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersAllChatsMemoryResource",
    "AsyncAiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse",
]


class AiPromptOrgsUsersAllChatsMemoryResource:
    """`Client.ai_prompt.orgs.users.all_chats_memory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete all chat memory for a specific user.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to delete chat
        memory for.  Returns:     Response: A success message if the memory was deleted.
        Raises:     NotFound: If no chat memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_destroy.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView:
        """Retrieve chat memory for a specific user.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.     user_id: The ID of the user to retrieve chat
        memory for.  Returns:     Response: The user's chat memory entries.  Raises:
        NotFound: If no chat memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserAllChatMemoryView
        """
        return self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_retrieve.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserAllChatMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        username: str,
        platform_key: str,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserAllChatMemoryViewRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView:
        """Create a new chat memory entry for a user.  Args:     request: The HTTP request
        containing the chat memory data.     org: The organization/tenant identifier.
        user_id: The ID of the user to create chat memory for.  Returns:     Response: The
        created chat memory entry.  Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserAllChatMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: username, platform_key, content,
                session_id

        Returns:
            UserAllChatMemoryView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.all_chats_memory.create",
            body,
            UserAllChatMemoryViewRequest,
            ["username", "platform_key"],
            (
                ("username", "username", username),
                ("platform_key", "platform_key", platform_key),
                ("content", "content", content),
                ("session_id", "session_id", session_id),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_create.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        body: UserAllChatMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserChatMemoryUpdateView: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        username: str,
        platform_key: str,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserChatMemoryUpdateView: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        body: UserAllChatMemoryViewRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserChatMemoryUpdateView:
        """Update chat memory for a specific user.  Args:     request: The HTTP request containing
        the updated chat memory data.     org: The organization/tenant identifier.     user_id:
        The ID of the user to update chat memory for.  Returns:     Response: A confirmation of
        the scheduled update task.  Raises:     BadRequest: If the provided data is invalid.
        NotFound: If no chat memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserAllChatMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: username, platform_key, content,
                session_id

        Returns:
            UserChatMemoryUpdateView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.all_chats_memory.update",
            body,
            UserAllChatMemoryViewRequest,
            ["username", "platform_key"],
            (
                ("username", "username", username),
                ("platform_key", "platform_key", platform_key),
                ("content", "content", content),
                ("session_id", "session_id", session_id),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_update.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy_2(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific chat memory entry.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user who owns the memory.
        memory_id: The ID of the specific memory entry to delete.  Returns:     Response: A
        success message if the memory was deleted.  Raises:     NotFound: If the specified
        memory entry does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_destroy_2.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_destroy_2.build_request(
                org=org, user_id=user_id, memory_id=memory_id
            ),
            options,
        )

    @overload
    def update_2(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        body: UserAllChatMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView: ...

    @overload
    def update_2(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        username: str,
        platform_key: str,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView: ...

    def update_2(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        body: UserAllChatMemoryViewRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView:
        """Update a specific chat memory entry.  Args:     request: The HTTP request containing the
        updated chat memory data.     org: The organization/tenant identifier.     user_id: The
        ID of the user who owns the memory.     memory_id: The ID of the specific memory entry
        to update.  Returns:     Response: The updated chat memory entry.  Raises:
        BadRequest: If the provided data is invalid.     NotFound: If the specified memory entry
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)
            body (UserAllChatMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: username, platform_key, content,
                session_id

        Returns:
            UserAllChatMemoryView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.all_chats_memory.update_2",
            body,
            UserAllChatMemoryViewRequest,
            ["username", "platform_key"],
            (
                ("username", "username", username),
                ("platform_key", "platform_key", platform_key),
                ("content", "content", content),
                ("session_id", "session_id", session_id),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_update_2.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_update_2.build_request(
                org=org, user_id=user_id, memory_id=memory_id, body=body
            ),
            options,
        )


class AiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.all_chats_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersAllChatsMemoryResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)
        self.destroy_2 = to_raw_response(resource.destroy_2)
        self.update_2 = to_raw_response(resource.update_2)


class AsyncAiPromptOrgsUsersAllChatsMemoryResource:
    """`AsyncClient.ai_prompt.orgs.users.all_chats_memory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete all chat memory for a specific user.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to delete chat
        memory for.  Returns:     Response: A success message if the memory was deleted.
        Raises:     NotFound: If no chat memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_destroy.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView:
        """Retrieve chat memory for a specific user.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.     user_id: The ID of the user to retrieve chat
        memory for.  Returns:     Response: The user's chat memory entries.  Raises:
        NotFound: If no chat memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserAllChatMemoryView
        """
        return await self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_retrieve.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserAllChatMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        username: str,
        platform_key: str,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserAllChatMemoryViewRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView:
        """Create a new chat memory entry for a user.  Args:     request: The HTTP request
        containing the chat memory data.     org: The organization/tenant identifier.
        user_id: The ID of the user to create chat memory for.  Returns:     Response: The
        created chat memory entry.  Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserAllChatMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: username, platform_key, content,
                session_id

        Returns:
            UserAllChatMemoryView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.all_chats_memory.create",
            body,
            UserAllChatMemoryViewRequest,
            ["username", "platform_key"],
            (
                ("username", "username", username),
                ("platform_key", "platform_key", platform_key),
                ("content", "content", content),
                ("session_id", "session_id", session_id),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_create.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        body: UserAllChatMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserChatMemoryUpdateView: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        username: str,
        platform_key: str,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserChatMemoryUpdateView: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        body: UserAllChatMemoryViewRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserChatMemoryUpdateView:
        """Update chat memory for a specific user.  Args:     request: The HTTP request containing
        the updated chat memory data.     org: The organization/tenant identifier.     user_id:
        The ID of the user to update chat memory for.  Returns:     Response: A confirmation of
        the scheduled update task.  Raises:     BadRequest: If the provided data is invalid.
        NotFound: If no chat memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserAllChatMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: username, platform_key, content,
                session_id

        Returns:
            UserChatMemoryUpdateView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.all_chats_memory.update",
            body,
            UserAllChatMemoryViewRequest,
            ["username", "platform_key"],
            (
                ("username", "username", username),
                ("platform_key", "platform_key", platform_key),
                ("content", "content", content),
                ("session_id", "session_id", session_id),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_update.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy_2(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific chat memory entry.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user who owns the memory.
        memory_id: The ID of the specific memory entry to delete.  Returns:     Response: A
        success message if the memory was deleted.  Raises:     NotFound: If the specified
        memory entry does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_destroy_2.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_destroy_2.build_request(
                org=org, user_id=user_id, memory_id=memory_id
            ),
            options,
        )

    @overload
    async def update_2(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        body: UserAllChatMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView: ...

    @overload
    async def update_2(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        username: str,
        platform_key: str,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView: ...

    async def update_2(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        body: UserAllChatMemoryViewRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        session_id: None | Unset | UUID = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserAllChatMemoryView:
        """Update a specific chat memory entry.  Args:     request: The HTTP request containing the
        updated chat memory data.     org: The organization/tenant identifier.     user_id: The
        ID of the user who owns the memory.     memory_id: The ID of the specific memory entry
        to update.  Returns:     Response: The updated chat memory entry.  Raises:
        BadRequest: If the provided data is invalid.     NotFound: If the specified memory entry
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)
            body (UserAllChatMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: username, platform_key, content,
                session_id

        Returns:
            UserAllChatMemoryView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.all_chats_memory.update_2",
            body,
            UserAllChatMemoryViewRequest,
            ["username", "platform_key"],
            (
                ("username", "username", username),
                ("platform_key", "platform_key", platform_key),
                ("content", "content", content),
                ("session_id", "session_id", session_id),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_all_chats_memory_update_2.OPERATION,
            _ai_prompt_orgs_users_all_chats_memory_update_2.build_request(
                org=org, user_id=user_id, memory_id=memory_id, body=body
            ),
            options,
        )


class AsyncAiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.all_chats_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersAllChatsMemoryResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
        self.destroy_2 = async_to_raw_response(resource.destroy_2)
        self.update_2 = async_to_raw_response(resource.update_2)
