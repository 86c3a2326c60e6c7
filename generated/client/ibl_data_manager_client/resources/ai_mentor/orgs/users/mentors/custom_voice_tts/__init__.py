"""`Client.ai_mentor.orgs.users.mentors.custom_voice_tts`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_custom_voice_tts_create as _ai_mentor_orgs_users_mentors_custom_voice_tts_create,
)
from .......models.ai_mentor_orgs_users_mentors_custom_voice_tts_create_json_body import (
    AiMentorOrgsUsersMentorsCustomVoiceTtsCreateJsonBody,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsCustomVoiceTtsResource",
    "AiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResource",
    "AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsCustomVoiceTtsResource:
    """`Client.ai_mentor.orgs.users.mentors.custom_voice_tts`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: AiMentorOrgsUsersMentorsCustomVoiceTtsCreateJsonBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate audio from text using a mentor's custom voice.  This endpoint converts the
        provided text to speech using the custom voice configured for the specified mentor.
        Args:     request: The HTTP request containing the text to convert.     org: The
        organization/tenant identifier.     user_id: The ID of the user who owns the mentor
        link.     mentor: The unique identifier of the mentor.  Returns:     Response: An MP3
        audio file of the synthesized speech.  Raises:     BadRequest: If the text is empty,
        credentials are not found, or custom voice is not set.     NotFound: If the mentor or
        student does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (AiMentorOrgsUsersMentorsCustomVoiceTtsCreateJsonBody | Unset, request body)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_custom_voice_tts_create.OPERATION,
            _ai_mentor_orgs_users_mentors_custom_voice_tts_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.custom_voice_tts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsCustomVoiceTtsResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.custom_voice_tts`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: AiMentorOrgsUsersMentorsCustomVoiceTtsCreateJsonBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate audio from text using a mentor's custom voice.  This endpoint converts the
        provided text to speech using the custom voice configured for the specified mentor.
        Args:     request: The HTTP request containing the text to convert.     org: The
        organization/tenant identifier.     user_id: The ID of the user who owns the mentor
        link.     mentor: The unique identifier of the mentor.  Returns:     Response: An MP3
        audio file of the synthesized speech.  Raises:     BadRequest: If the text is empty,
        credentials are not found, or custom voice is not set.     NotFound: If the mentor or
        student does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (AiMentorOrgsUsersMentorsCustomVoiceTtsCreateJsonBody | Unset, request body)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_custom_voice_tts_create.OPERATION,
            _ai_mentor_orgs_users_mentors_custom_voice_tts_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.custom_voice_tts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
