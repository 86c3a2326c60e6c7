"""`Client.ai_mentor.orgs.users.audio_to_text`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_audio_to_text_create as _ai_mentor_orgs_users_audio_to_text_create,
)
from ......models.ai_mentor_orgs_users_audio_to_text_create_body import (
    AiMentorOrgsUsersAudioToTextCreateBody,
)
from ......models.audio_to_text_response import AudioToTextResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersAudioToTextResource",
    "AiMentorOrgsUsersAudioToTextResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersAudioToTextResource",
    "AsyncAiMentorOrgsUsersAudioToTextResourceWithRawResponse",
]


class AiMentorOrgsUsersAudioToTextResource:
    """`Client.ai_mentor.orgs.users.audio_to_text`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersAudioToTextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersAudioToTextResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersAudioToTextCreateBody,
        **options: Unpack[RequestOptions],
    ) -> AudioToTextResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        file: str,
        **options: Unpack[RequestOptions],
    ) -> AudioToTextResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersAudioToTextCreateBody | Unset = UNSET,
        file: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AudioToTextResponse:
        """Convert an uploaded audio file to text.  Args:     request: The HTTP request containing
        the audio file.     org: The organization/tenant identifier.     user_id: The ID of the
        user uploading the audio.  Returns:     Response: The transcribed text from the audio
        file.  Raises:     BadRequest: If the audio file is invalid or cannot be processed.
        NotFound: If the API key for the tenant is not found.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersAudioToTextCreateBody, request body)
            Or the body's fields as keywords instead of body=: file

        Returns:
            AudioToTextResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.audio_to_text.create",
            body,
            AiMentorOrgsUsersAudioToTextCreateBody,
            ["file"],
            (("file", "file", file),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_audio_to_text_create.OPERATION,
            _ai_mentor_orgs_users_audio_to_text_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersAudioToTextResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.audio_to_text`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersAudioToTextResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersAudioToTextResource:
    """`AsyncClient.ai_mentor.orgs.users.audio_to_text`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersAudioToTextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersAudioToTextResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersAudioToTextCreateBody,
        **options: Unpack[RequestOptions],
    ) -> AudioToTextResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        file: str,
        **options: Unpack[RequestOptions],
    ) -> AudioToTextResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersAudioToTextCreateBody | Unset = UNSET,
        file: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AudioToTextResponse:
        """Convert an uploaded audio file to text.  Args:     request: The HTTP request containing
        the audio file.     org: The organization/tenant identifier.     user_id: The ID of the
        user uploading the audio.  Returns:     Response: The transcribed text from the audio
        file.  Raises:     BadRequest: If the audio file is invalid or cannot be processed.
        NotFound: If the API key for the tenant is not found.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersAudioToTextCreateBody, request body)
            Or the body's fields as keywords instead of body=: file

        Returns:
            AudioToTextResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.audio_to_text.create",
            body,
            AiMentorOrgsUsersAudioToTextCreateBody,
            ["file"],
            (("file", "file", file),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_audio_to_text_create.OPERATION,
            _ai_mentor_orgs_users_audio_to_text_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersAudioToTextResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.audio_to_text`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersAudioToTextResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
