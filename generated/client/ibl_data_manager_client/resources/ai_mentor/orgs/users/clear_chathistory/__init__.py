"""`Client.ai_mentor.orgs.users.clear_chathistory`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_clear_chathistory_destroy as _ai_mentor_orgs_users_clear_chathistory_destroy,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersClearChathistoryResource",
    "AiMentorOrgsUsersClearChathistoryResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersClearChathistoryResource",
    "AsyncAiMentorOrgsUsersClearChathistoryResourceWithRawResponse",
]


class AiMentorOrgsUsersClearChathistoryResource:
    """`Client.ai_mentor.orgs.users.clear_chathistory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersClearChathistoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersClearChathistoryResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete User Chat History

        Endpoint to clear a user's chat history.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_clear_chathistory_destroy.OPERATION,
            _ai_mentor_orgs_users_clear_chathistory_destroy.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersClearChathistoryResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.clear_chathistory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersClearChathistoryResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)


class AsyncAiMentorOrgsUsersClearChathistoryResource:
    """`AsyncClient.ai_mentor.orgs.users.clear_chathistory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersClearChathistoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersClearChathistoryResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete User Chat History

        Endpoint to clear a user's chat history.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_clear_chathistory_destroy.OPERATION,
            _ai_mentor_orgs_users_clear_chathistory_destroy.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersClearChathistoryResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.clear_chathistory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersClearChathistoryResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
