"""`Client.ai_mentor.orgs.users.memory_filter`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memory_filter_retrieve as _ai_mentor_orgs_users_memory_filter_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMemoryFilterResource",
    "AiMentorOrgsUsersMemoryFilterResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMemoryFilterResource",
    "AsyncAiMentorOrgsUsersMemoryFilterResourceWithRawResponse",
]


class AiMentorOrgsUsersMemoryFilterResource:
    """`Client.ai_mentor.orgs.users.memory_filter`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMemoryFilterResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMemoryFilterResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Use the this endpoint to get all memory categories: ``` GET
        /api/ai-mentor/orgs/main/users/your-user/memory-filter/ ``` Sample response ``` {
        \"categories\": [     \"lessons_learned\",     \"knowledge_gaps\",
        \"help_requests\",     \"personal_information\"   ],   \"users\": [     {
        \"username\": \"animashaun1vie\",       \"email\": \"animashaun1vie@gmail.com\",
        \"lti_email\": \"\"     }   ] } ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_memory_filter_retrieve.OPERATION,
            _ai_mentor_orgs_users_memory_filter_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersMemoryFilterResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.memory_filter`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMemoryFilterResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMemoryFilterResource:
    """`AsyncClient.ai_mentor.orgs.users.memory_filter`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMemoryFilterResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMemoryFilterResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Use the this endpoint to get all memory categories: ``` GET
        /api/ai-mentor/orgs/main/users/your-user/memory-filter/ ``` Sample response ``` {
        \"categories\": [     \"lessons_learned\",     \"knowledge_gaps\",
        \"help_requests\",     \"personal_information\"   ],   \"users\": [     {
        \"username\": \"animashaun1vie\",       \"email\": \"animashaun1vie@gmail.com\",
        \"lti_email\": \"\"     }   ] } ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_memory_filter_retrieve.OPERATION,
            _ai_mentor_orgs_users_memory_filter_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersMemoryFilterResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.memory_filter`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMemoryFilterResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
