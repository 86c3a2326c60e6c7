"""`Client.ai_prompt.orgs.users.memory_status`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_memory_status_retrieve as _ai_prompt_orgs_users_memory_status_retrieve,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_memory_status_update as _ai_prompt_orgs_users_memory_status_update,
)
from ......models.memory_status_request_view import MemoryStatusRequestView
from ......models.memory_status_view import MemoryStatusView
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersMemoryStatusResource",
    "AiPromptOrgsUsersMemoryStatusResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersMemoryStatusResource",
    "AsyncAiPromptOrgsUsersMemoryStatusResourceWithRawResponse",
]


class AiPromptOrgsUsersMemoryStatusResource:
    """`Client.ai_prompt.orgs.users.memory_status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersMemoryStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersMemoryStatusResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> MemoryStatusView:
        """Retrieve the memory status for a specific user.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to retrieve
        memory status for.  Returns:     Response: The user's memory status.  Raises:
        NotFound: If no memory status exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            MemoryStatusView
        """
        return self._client._send(
            _ai_prompt_orgs_users_memory_status_retrieve.OPERATION,
            _ai_prompt_orgs_users_memory_status_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        body: MemoryStatusRequestView,
        **options: Unpack[RequestOptions],
    ) -> MemoryStatusView: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        enabled: bool,
        **options: Unpack[RequestOptions],
    ) -> MemoryStatusView: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        body: MemoryStatusRequestView | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MemoryStatusView:
        """Update the memory status for a specific user.  Args:     request: The HTTP request
        containing the updated status.     org: The organization/tenant identifier.     user_id:
        The ID of the user to update memory status for.  Returns:     Response: The updated
        memory status.  Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (MemoryStatusRequestView, request body)
            Or the body's fields as keywords instead of body=: enabled

        Returns:
            MemoryStatusView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.memory_status.update",
            body,
            MemoryStatusRequestView,
            ["enabled"],
            (("enabled", "enabled", enabled),),
        )
        return self._client._send(
            _ai_prompt_orgs_users_memory_status_update.OPERATION,
            _ai_prompt_orgs_users_memory_status_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiPromptOrgsUsersMemoryStatusResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.memory_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersMemoryStatusResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncAiPromptOrgsUsersMemoryStatusResource:
    """`AsyncClient.ai_prompt.orgs.users.memory_status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersMemoryStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersMemoryStatusResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> MemoryStatusView:
        """Retrieve the memory status for a specific user.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to retrieve
        memory status for.  Returns:     Response: The user's memory status.  Raises:
        NotFound: If no memory status exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            MemoryStatusView
        """
        return await self._client._send(
            _ai_prompt_orgs_users_memory_status_retrieve.OPERATION,
            _ai_prompt_orgs_users_memory_status_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        body: MemoryStatusRequestView,
        **options: Unpack[RequestOptions],
    ) -> MemoryStatusView: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        enabled: bool,
        **options: Unpack[RequestOptions],
    ) -> MemoryStatusView: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        body: MemoryStatusRequestView | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MemoryStatusView:
        """Update the memory status for a specific user.  Args:     request: The HTTP request
        containing the updated status.     org: The organization/tenant identifier.     user_id:
        The ID of the user to update memory status for.  Returns:     Response: The updated
        memory status.  Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (MemoryStatusRequestView, request body)
            Or the body's fields as keywords instead of body=: enabled

        Returns:
            MemoryStatusView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.memory_status.update",
            body,
            MemoryStatusRequestView,
            ["enabled"],
            (("enabled", "enabled", enabled),),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_memory_status_update.OPERATION,
            _ai_prompt_orgs_users_memory_status_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiPromptOrgsUsersMemoryStatusResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.memory_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersMemoryStatusResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
