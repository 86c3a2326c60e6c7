"""`Client.ai_mentor.orgs.users.mentors.memory_progress`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_memory_progress_retrieve as _ai_mentor_orgs_users_mentors_memory_progress_retrieve,
)
from .......models.memory_progress import MemoryProgress

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsMemoryProgressResource",
    "AiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsMemoryProgressResource",
    "AsyncAiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsMemoryProgressResource:
    """`Client.ai_mentor.orgs.users.mentors.memory_progress`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MemoryProgress:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MemoryProgress
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_memory_progress_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_memory_progress_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.memory_progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsMemoryProgressResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorsMemoryProgressResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.memory_progress`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MemoryProgress:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MemoryProgress
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_memory_progress_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_memory_progress_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.memory_progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsMemoryProgressResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
