"""`Client.ai_prompt.orgs.users.memory`: 5 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_memory_create as _ai_prompt_orgs_users_memory_create,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_memory_destroy as _ai_prompt_orgs_users_memory_destroy,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_memory_destroy_2 as _ai_prompt_orgs_users_memory_destroy_2,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_memory_retrieve as _ai_prompt_orgs_users_memory_retrieve,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_memory_update as _ai_prompt_orgs_users_memory_update,
)
from ......models.user_catalog_item_memory_view import UserCatalogItemMemoryView
from ......models.user_catalog_item_memory_view_request import UserCatalogItemMemoryViewRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersMemoryResource",
    "AiPromptOrgsUsersMemoryResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersMemoryResource",
    "AsyncAiPromptOrgsUsersMemoryResourceWithRawResponse",
]


class AiPromptOrgsUsersMemoryResource:
    """`Client.ai_prompt.orgs.users.memory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersMemoryResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete all catalog item memory for a specific user.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user to
        delete catalog item memory for.  Returns:     Response: A success message if the memory
        was deleted.  Raises:     NotFound: If no catalog item memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_memory_destroy.OPERATION,
            _ai_prompt_orgs_users_memory_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView:
        """Retrieve catalog item memory for a specific user.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to retrieve
        catalog item memory for.  Returns:     Response: The user's catalog item memory entries.
        Raises:     NotFound: If no catalog item memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserCatalogItemMemoryView
        """
        return self._client._send(
            _ai_prompt_orgs_users_memory_retrieve.OPERATION,
            _ai_prompt_orgs_users_memory_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserCatalogItemMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        student: None | str,
        platform: str,
        catalog_item: UUID | Unset = UNSET,
        lessons: Any | Unset = UNSET,
        next_steps: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserCatalogItemMemoryViewRequest | Unset = UNSET,
        student: None | str | Unset = UNSET,
        platform: str | Unset = UNSET,
        catalog_item: UUID | Unset = UNSET,
        lessons: Any | Unset = UNSET,
        next_steps: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView:
        """Create a new catalog item memory entry for a user.  Args:     request: The HTTP request
        containing the catalog item memory data.     org: The organization/tenant identifier.
        user_id: The ID of the user to create catalog item memory for.  Returns:     Response:
        The created catalog item memory entry.  Raises:     BadRequest: If the provided data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserCatalogItemMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: student, platform, catalog_item,
                lessons, next_steps

        Returns:
            UserCatalogItemMemoryView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.memory.create",
            body,
            UserCatalogItemMemoryViewRequest,
            ["student", "platform"],
            (
                ("student", "student", student),
                ("platform", "platform", platform),
                ("catalog_item", "catalog_item", catalog_item),
                ("lessons", "lessons", lessons),
                ("next_steps", "next_steps", next_steps),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_memory_create.OPERATION,
            _ai_prompt_orgs_users_memory_create.build_request(org=org, user_id=user_id, body=body),
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
        """Delete a specific catalog item memory entry.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user who owns the
        memory.     memory_id: The ID of the specific memory entry to delete.  Returns:
        Response: A success message if the memory was deleted.  Raises:     NotFound: If the
        specified memory entry does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_memory_destroy_2.OPERATION,
            _ai_prompt_orgs_users_memory_destroy_2.build_request(
                org=org, user_id=user_id, memory_id=memory_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        body: UserCatalogItemMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        student: None | str,
        platform: str,
        catalog_item: UUID | Unset = UNSET,
        lessons: Any | Unset = UNSET,
        next_steps: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        body: UserCatalogItemMemoryViewRequest | Unset = UNSET,
        student: None | str | Unset = UNSET,
        platform: str | Unset = UNSET,
        catalog_item: UUID | Unset = UNSET,
        lessons: Any | Unset = UNSET,
        next_steps: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView:
        """Update a specific catalog item memory entry.  Args:     request: The HTTP request
        containing the updated catalog item memory data.     org: The organization/tenant
        identifier.     user_id: The ID of the user who owns the memory.     memory_id: The ID
        of the specific memory entry to update.  Returns:     Response: The updated catalog item
        memory entry.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If
        the specified memory entry does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)
            body (UserCatalogItemMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: student, platform, catalog_item,
                lessons, next_steps

        Returns:
            UserCatalogItemMemoryView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.memory.update",
            body,
            UserCatalogItemMemoryViewRequest,
            ["student", "platform"],
            (
                ("student", "student", student),
                ("platform", "platform", platform),
                ("catalog_item", "catalog_item", catalog_item),
                ("lessons", "lessons", lessons),
                ("next_steps", "next_steps", next_steps),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_memory_update.OPERATION,
            _ai_prompt_orgs_users_memory_update.build_request(
                org=org, user_id=user_id, memory_id=memory_id, body=body
            ),
            options,
        )


class AiPromptOrgsUsersMemoryResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersMemoryResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy_2 = to_raw_response(resource.destroy_2)
        self.update = to_raw_response(resource.update)


class AsyncAiPromptOrgsUsersMemoryResource:
    """`AsyncClient.ai_prompt.orgs.users.memory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersMemoryResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete all catalog item memory for a specific user.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user to
        delete catalog item memory for.  Returns:     Response: A success message if the memory
        was deleted.  Raises:     NotFound: If no catalog item memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_memory_destroy.OPERATION,
            _ai_prompt_orgs_users_memory_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView:
        """Retrieve catalog item memory for a specific user.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to retrieve
        catalog item memory for.  Returns:     Response: The user's catalog item memory entries.
        Raises:     NotFound: If no catalog item memory exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserCatalogItemMemoryView
        """
        return await self._client._send(
            _ai_prompt_orgs_users_memory_retrieve.OPERATION,
            _ai_prompt_orgs_users_memory_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserCatalogItemMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        student: None | str,
        platform: str,
        catalog_item: UUID | Unset = UNSET,
        lessons: Any | Unset = UNSET,
        next_steps: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserCatalogItemMemoryViewRequest | Unset = UNSET,
        student: None | str | Unset = UNSET,
        platform: str | Unset = UNSET,
        catalog_item: UUID | Unset = UNSET,
        lessons: Any | Unset = UNSET,
        next_steps: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView:
        """Create a new catalog item memory entry for a user.  Args:     request: The HTTP request
        containing the catalog item memory data.     org: The organization/tenant identifier.
        user_id: The ID of the user to create catalog item memory for.  Returns:     Response:
        The created catalog item memory entry.  Raises:     BadRequest: If the provided data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserCatalogItemMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: student, platform, catalog_item,
                lessons, next_steps

        Returns:
            UserCatalogItemMemoryView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.memory.create",
            body,
            UserCatalogItemMemoryViewRequest,
            ["student", "platform"],
            (
                ("student", "student", student),
                ("platform", "platform", platform),
                ("catalog_item", "catalog_item", catalog_item),
                ("lessons", "lessons", lessons),
                ("next_steps", "next_steps", next_steps),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_memory_create.OPERATION,
            _ai_prompt_orgs_users_memory_create.build_request(org=org, user_id=user_id, body=body),
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
        """Delete a specific catalog item memory entry.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user who owns the
        memory.     memory_id: The ID of the specific memory entry to delete.  Returns:
        Response: A success message if the memory was deleted.  Raises:     NotFound: If the
        specified memory entry does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_memory_destroy_2.OPERATION,
            _ai_prompt_orgs_users_memory_destroy_2.build_request(
                org=org, user_id=user_id, memory_id=memory_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        body: UserCatalogItemMemoryViewRequest,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        student: None | str,
        platform: str,
        catalog_item: UUID | Unset = UNSET,
        lessons: Any | Unset = UNSET,
        next_steps: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        memory_id: int,
        body: UserCatalogItemMemoryViewRequest | Unset = UNSET,
        student: None | str | Unset = UNSET,
        platform: str | Unset = UNSET,
        catalog_item: UUID | Unset = UNSET,
        lessons: Any | Unset = UNSET,
        next_steps: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserCatalogItemMemoryView:
        """Update a specific catalog item memory entry.  Args:     request: The HTTP request
        containing the updated catalog item memory data.     org: The organization/tenant
        identifier.     user_id: The ID of the user who owns the memory.     memory_id: The ID
        of the specific memory entry to update.  Returns:     Response: The updated catalog item
        memory entry.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If
        the specified memory entry does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            memory_id (int, path)
            body (UserCatalogItemMemoryViewRequest, request body)
            Or the body's fields as keywords instead of body=: student, platform, catalog_item,
                lessons, next_steps

        Returns:
            UserCatalogItemMemoryView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.memory.update",
            body,
            UserCatalogItemMemoryViewRequest,
            ["student", "platform"],
            (
                ("student", "student", student),
                ("platform", "platform", platform),
                ("catalog_item", "catalog_item", catalog_item),
                ("lessons", "lessons", lessons),
                ("next_steps", "next_steps", next_steps),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_memory_update.OPERATION,
            _ai_prompt_orgs_users_memory_update.build_request(
                org=org, user_id=user_id, memory_id=memory_id, body=body
            ),
            options,
        )


class AsyncAiPromptOrgsUsersMemoryResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersMemoryResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy_2 = async_to_raw_response(resource.destroy_2)
        self.update = async_to_raw_response(resource.update)
