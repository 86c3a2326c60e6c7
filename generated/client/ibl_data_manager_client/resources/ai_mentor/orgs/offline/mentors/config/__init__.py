"""`Client.ai_mentor.orgs.offline.mentors.config`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_offline_mentors_config_retrieve as _ai_mentor_orgs_offline_mentors_config_retrieve,
)
from .......models.mentor_settings import MentorSettings

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsOfflineMentorsConfigResource",
    "AiMentorOrgsOfflineMentorsConfigResourceWithRawResponse",
    "AsyncAiMentorOrgsOfflineMentorsConfigResource",
    "AsyncAiMentorOrgsOfflineMentorsConfigResourceWithRawResponse",
]


class AiMentorOrgsOfflineMentorsConfigResource:
    """`Client.ai_mentor.orgs.offline.mentors.config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsOfflineMentorsConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsOfflineMentorsConfigResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings:
        """Retrieve mentor configuration for offline use.  Returns the same data as the mentor
        settings endpoint, including system_prompt, LLM config, safety/moderation settings, and
        UI settings.  Args:     request: The HTTP request.     org: Organization/platform key.
        mentor_unique_id: The unique ID (UUID) of the mentor.  Returns:     Response: Full
        mentor settings data.

        Args:
            org (str, path)
            mentor_unique_id (UUID, path)

        Returns:
            MentorSettings
        """
        return self._client._send(
            _ai_mentor_orgs_offline_mentors_config_retrieve.OPERATION,
            _ai_mentor_orgs_offline_mentors_config_retrieve.build_request(
                org=org, mentor_unique_id=mentor_unique_id
            ),
            options,
        )


class AiMentorOrgsOfflineMentorsConfigResourceWithRawResponse:
    """`Client.ai_mentor.orgs.offline.mentors.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsOfflineMentorsConfigResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsOfflineMentorsConfigResource:
    """`AsyncClient.ai_mentor.orgs.offline.mentors.config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsOfflineMentorsConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsOfflineMentorsConfigResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings:
        """Retrieve mentor configuration for offline use.  Returns the same data as the mentor
        settings endpoint, including system_prompt, LLM config, safety/moderation settings, and
        UI settings.  Args:     request: The HTTP request.     org: Organization/platform key.
        mentor_unique_id: The unique ID (UUID) of the mentor.  Returns:     Response: Full
        mentor settings data.

        Args:
            org (str, path)
            mentor_unique_id (UUID, path)

        Returns:
            MentorSettings
        """
        return await self._client._send(
            _ai_mentor_orgs_offline_mentors_config_retrieve.OPERATION,
            _ai_mentor_orgs_offline_mentors_config_retrieve.build_request(
                org=org, mentor_unique_id=mentor_unique_id
            ),
            options,
        )


class AsyncAiMentorOrgsOfflineMentorsConfigResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.offline.mentors.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsOfflineMentorsConfigResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
