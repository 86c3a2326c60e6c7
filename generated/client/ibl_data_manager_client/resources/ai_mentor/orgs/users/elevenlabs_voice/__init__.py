"""`Client.ai_mentor.orgs.users.elevenlabs_voice`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_elevenlabs_voice_create as _ai_mentor_orgs_users_elevenlabs_voice_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_elevenlabs_voice_destroy as _ai_mentor_orgs_users_elevenlabs_voice_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_elevenlabs_voice_list as _ai_mentor_orgs_users_elevenlabs_voice_list,
)
from ......models.ai_mentor_orgs_users_elevenlabs_voice_create_body import (
    AiMentorOrgsUsersElevenlabsVoiceCreateBody,
)
from ......models.elevenlabs_custom_voice_response import ElevenlabsCustomVoiceResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersElevenlabsVoiceResource",
    "AiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersElevenlabsVoiceResource",
    "AsyncAiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse",
]


class AiMentorOrgsUsersElevenlabsVoiceResource:
    """`Client.ai_mentor.orgs.users.elevenlabs_voice`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[ElevenlabsCustomVoiceResponse]:
        """Retrieve a list of Elevenlabs voices available to a user.  This endpoint returns both
        custom voices created by the user and premade voices available to all users.  Args:
        request: The HTTP request.     org: The organization/tenant identifier.     user_id: The
        ID of the user to retrieve voices for.  Returns:     Response: A list of available
        Elevenlabs voices.  Raises:     NotFound: If the specified user does not exist.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[ElevenlabsCustomVoiceResponse]
        """
        return self._client._send(
            _ai_mentor_orgs_users_elevenlabs_voice_list.OPERATION,
            _ai_mentor_orgs_users_elevenlabs_voice_list.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersElevenlabsVoiceCreateBody,
        **options: Unpack[RequestOptions],
    ) -> ElevenlabsCustomVoiceResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        files: list[str],
        **options: Unpack[RequestOptions],
    ) -> ElevenlabsCustomVoiceResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersElevenlabsVoiceCreateBody | Unset = UNSET,
        name: str | Unset = UNSET,
        files: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ElevenlabsCustomVoiceResponse:
        """Create a new custom Elevenlabs voice.  This endpoint allows users to upload audio files
        to create a custom voice that can be used with the Elevenlabs text-to-speech service.
        Note: The audio files' total length should be longer than 1 minute and the total size
        should be smaller than 11 MiB.  Args:     request: The HTTP request containing the voice
        name and audio files.     org: The organization/tenant identifier.     user_id: The ID
        of the user creating the voice.  Returns:     Response: The created voice configuration.
        Raises:     BadRequest: If the provided data is invalid, credentials are not found, or
        there's an API error.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersElevenlabsVoiceCreateBody, request body)
            Or the body's fields as keywords instead of body=: name, files

        Returns:
            ElevenlabsCustomVoiceResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.elevenlabs_voice.create",
            body,
            AiMentorOrgsUsersElevenlabsVoiceCreateBody,
            ["name", "files"],
            (
                ("name", "name", name),
                ("files", "files", files),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_elevenlabs_voice_create.OPERATION,
            _ai_mentor_orgs_users_elevenlabs_voice_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        voice_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an existing Elevenlabs voice configuration.  This endpoint removes a custom voice
        configuration both from the local database and from the Elevenlabs remote API if
        applicable.  Args:     request: The HTTP request.     org: The organization/tenant
        identifier.     user_id: The ID of the user who owns the voice.     voice_name: The name
        of the voice to delete.  Returns:     Response: A confirmation of the deletion.  Raises:
        BadRequest: If the Elevenlabs credentials are not found or there's an API error.

        Args:
            org (str, path)
            user_id (str, path)
            voice_name (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_elevenlabs_voice_destroy.OPERATION,
            _ai_mentor_orgs_users_elevenlabs_voice_destroy.build_request(
                org=org, user_id=user_id, voice_name=voice_name
            ),
            options,
        )


class AiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.elevenlabs_voice`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersElevenlabsVoiceResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)


class AsyncAiMentorOrgsUsersElevenlabsVoiceResource:
    """`AsyncClient.ai_mentor.orgs.users.elevenlabs_voice`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[ElevenlabsCustomVoiceResponse]:
        """Retrieve a list of Elevenlabs voices available to a user.  This endpoint returns both
        custom voices created by the user and premade voices available to all users.  Args:
        request: The HTTP request.     org: The organization/tenant identifier.     user_id: The
        ID of the user to retrieve voices for.  Returns:     Response: A list of available
        Elevenlabs voices.  Raises:     NotFound: If the specified user does not exist.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[ElevenlabsCustomVoiceResponse]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_elevenlabs_voice_list.OPERATION,
            _ai_mentor_orgs_users_elevenlabs_voice_list.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersElevenlabsVoiceCreateBody,
        **options: Unpack[RequestOptions],
    ) -> ElevenlabsCustomVoiceResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        files: list[str],
        **options: Unpack[RequestOptions],
    ) -> ElevenlabsCustomVoiceResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersElevenlabsVoiceCreateBody | Unset = UNSET,
        name: str | Unset = UNSET,
        files: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ElevenlabsCustomVoiceResponse:
        """Create a new custom Elevenlabs voice.  This endpoint allows users to upload audio files
        to create a custom voice that can be used with the Elevenlabs text-to-speech service.
        Note: The audio files' total length should be longer than 1 minute and the total size
        should be smaller than 11 MiB.  Args:     request: The HTTP request containing the voice
        name and audio files.     org: The organization/tenant identifier.     user_id: The ID
        of the user creating the voice.  Returns:     Response: The created voice configuration.
        Raises:     BadRequest: If the provided data is invalid, credentials are not found, or
        there's an API error.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersElevenlabsVoiceCreateBody, request body)
            Or the body's fields as keywords instead of body=: name, files

        Returns:
            ElevenlabsCustomVoiceResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.elevenlabs_voice.create",
            body,
            AiMentorOrgsUsersElevenlabsVoiceCreateBody,
            ["name", "files"],
            (
                ("name", "name", name),
                ("files", "files", files),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_elevenlabs_voice_create.OPERATION,
            _ai_mentor_orgs_users_elevenlabs_voice_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        voice_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an existing Elevenlabs voice configuration.  This endpoint removes a custom voice
        configuration both from the local database and from the Elevenlabs remote API if
        applicable.  Args:     request: The HTTP request.     org: The organization/tenant
        identifier.     user_id: The ID of the user who owns the voice.     voice_name: The name
        of the voice to delete.  Returns:     Response: A confirmation of the deletion.  Raises:
        BadRequest: If the Elevenlabs credentials are not found or there's an API error.

        Args:
            org (str, path)
            user_id (str, path)
            voice_name (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_elevenlabs_voice_destroy.OPERATION,
            _ai_mentor_orgs_users_elevenlabs_voice_destroy.build_request(
                org=org, user_id=user_id, voice_name=voice_name
            ),
            options,
        )


class AsyncAiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.elevenlabs_voice`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersElevenlabsVoiceResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
