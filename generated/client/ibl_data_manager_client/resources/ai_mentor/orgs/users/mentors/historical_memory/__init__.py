"""`Client.ai_mentor.orgs.users.mentors.historical_memory`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_historical_memory_retrieve as _ai_mentor_orgs_users_mentors_historical_memory_retrieve,
)
from .......models.memory_component_memory_detail import MemoryComponentMemoryDetail

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsHistoricalMemoryResource",
    "AiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResource",
    "AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsHistoricalMemoryResource:
    """`Client.ai_mentor.orgs.users.mentors.historical_memory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MemoryComponentMemoryDetail:
        """Retrieve memory history entries for a specific mentor and user.  Args:     request: The
        HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the
        user to retrieve memory history for.     mentor: The identifier of the mentor to
        retrieve memory history for.  Returns:     Response: The memory history entries for the
        mentor and user.  Raises:     NotFound: If the specified mentor or memory history does
        not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MemoryComponentMemoryDetail
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_historical_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_historical_memory_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.historical_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsHistoricalMemoryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.historical_memory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MemoryComponentMemoryDetail:
        """Retrieve memory history entries for a specific mentor and user.  Args:     request: The
        HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the
        user to retrieve memory history for.     mentor: The identifier of the mentor to
        retrieve memory history for.  Returns:     Response: The memory history entries for the
        mentor and user.  Raises:     NotFound: If the specified mentor or memory history does
        not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MemoryComponentMemoryDetail
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_historical_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_historical_memory_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.historical_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
