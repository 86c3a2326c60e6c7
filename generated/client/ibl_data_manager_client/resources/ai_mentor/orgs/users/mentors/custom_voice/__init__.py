"""`Client.ai_mentor.orgs.users.mentors.custom_voice`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_custom_voice_create as _ai_mentor_orgs_users_mentors_custom_voice_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_custom_voice_retrieve as _ai_mentor_orgs_users_mentors_custom_voice_retrieve,
)
from .......models.mentor_custom_voice import MentorCustomVoice
from .......models.mentor_custom_voice_response import MentorCustomVoiceResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsCustomVoiceResource",
    "AiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsCustomVoiceResource",
    "AsyncAiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsCustomVoiceResource:
    """`Client.ai_mentor.orgs.users.mentors.custom_voice`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorCustomVoiceResponse:
        """Retrieve the current custom voice settings for a mentor.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user
        who owns the mentor link.     mentor: The unique identifier of the mentor.  Returns:
        Response: The current custom voice settings.  Raises:     NotFound: If the specified
        mentor or student does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorCustomVoiceResponse
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_custom_voice_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_custom_voice_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorCustomVoice,
        **options: Unpack[RequestOptions],
    ) -> MentorCustomVoiceResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        voice_provider: str,
        voice_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCustomVoiceResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorCustomVoice | Unset = UNSET,
        voice_provider: str | Unset = UNSET,
        voice_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCustomVoiceResponse:
        """Set a custom voice for a mentor.  This endpoint allows setting a custom voice for a
        specific mentor, either using the default voice provider or Elevenlabs.  Args:
        request: The HTTP request containing the voice provider and name.     org: The
        organization/tenant identifier.     user_id: The ID of the user who owns the mentor
        link.     mentor: The unique identifier of the mentor.  Returns:     Response: The
        updated custom voice settings.  Raises:     BadRequest: If the provided data is invalid
        or the voice does not exist.     NotFound: If the mentor or student does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorCustomVoice, request body)
            Or the body's fields as keywords instead of body=: voice_provider, voice_name

        Returns:
            MentorCustomVoiceResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.custom_voice.create",
            body,
            MentorCustomVoice,
            ["voice_provider"],
            (
                ("voice_provider", "voice_provider", voice_provider),
                ("voice_name", "voice_name", voice_name),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_custom_voice_create.OPERATION,
            _ai_mentor_orgs_users_mentors_custom_voice_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.custom_voice`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsCustomVoiceResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsCustomVoiceResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.custom_voice`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorCustomVoiceResponse:
        """Retrieve the current custom voice settings for a mentor.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user
        who owns the mentor link.     mentor: The unique identifier of the mentor.  Returns:
        Response: The current custom voice settings.  Raises:     NotFound: If the specified
        mentor or student does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorCustomVoiceResponse
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_custom_voice_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_custom_voice_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorCustomVoice,
        **options: Unpack[RequestOptions],
    ) -> MentorCustomVoiceResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        voice_provider: str,
        voice_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCustomVoiceResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorCustomVoice | Unset = UNSET,
        voice_provider: str | Unset = UNSET,
        voice_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCustomVoiceResponse:
        """Set a custom voice for a mentor.  This endpoint allows setting a custom voice for a
        specific mentor, either using the default voice provider or Elevenlabs.  Args:
        request: The HTTP request containing the voice provider and name.     org: The
        organization/tenant identifier.     user_id: The ID of the user who owns the mentor
        link.     mentor: The unique identifier of the mentor.  Returns:     Response: The
        updated custom voice settings.  Raises:     BadRequest: If the provided data is invalid
        or the voice does not exist.     NotFound: If the mentor or student does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorCustomVoice, request body)
            Or the body's fields as keywords instead of body=: voice_provider, voice_name

        Returns:
            MentorCustomVoiceResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.custom_voice.create",
            body,
            MentorCustomVoice,
            ["voice_provider"],
            (
                ("voice_provider", "voice_provider", voice_provider),
                ("voice_name", "voice_name", voice_name),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_custom_voice_create.OPERATION,
            _ai_mentor_orgs_users_mentors_custom_voice_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.custom_voice`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsCustomVoiceResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
