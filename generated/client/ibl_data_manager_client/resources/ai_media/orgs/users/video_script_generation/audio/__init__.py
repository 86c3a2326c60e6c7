"""`Client.ai_media.orgs.users.video_script_generation.audio`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_media import (
    ai_media_orgs_users_video_script_generation_audio_create as _ai_media_orgs_users_video_script_generation_audio_create,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMediaOrgsUsersVideoScriptGenerationAudioResource",
    "AiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResource",
    "AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse",
]


class AiMediaOrgsUsersVideoScriptGenerationAudioResource:
    """`Client.ai_media.orgs.users.video_script_generation.audio`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to generate video scripts from a audio file. The audio file can be one of mp3
        and wav.  The request should be a multipart form with your audio file in the `file`
        field.  Initial Response: ``` {\"script\": None, \"status\": \"started_generation\",
        \"generation_id\": \"your-generation-id.\"} ``` This signals the generation has started.
        You can use the generation id to query video script generation status from this
        endpoint, using a JSON like below: ``` {\"generation_id\": \"your-generation-id\"} ```
        Example response: ``` {\"script\": \"hello this is a video script.\", \"status\":
        \"finished\", \"generation_id\": \"your-generation-id\"}  ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_media_orgs_users_video_script_generation_audio_create.OPERATION,
            _ai_media_orgs_users_video_script_generation_audio_create.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse:
    """`Client.ai_media.orgs.users.video_script_generation.audio`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersVideoScriptGenerationAudioResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResource:
    """`AsyncClient.ai_media.orgs.users.video_script_generation.audio`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to generate video scripts from a audio file. The audio file can be one of mp3
        and wav.  The request should be a multipart form with your audio file in the `file`
        field.  Initial Response: ``` {\"script\": None, \"status\": \"started_generation\",
        \"generation_id\": \"your-generation-id.\"} ``` This signals the generation has started.
        You can use the generation id to query video script generation status from this
        endpoint, using a JSON like below: ``` {\"generation_id\": \"your-generation-id\"} ```
        Example response: ``` {\"script\": \"hello this is a video script.\", \"status\":
        \"finished\", \"generation_id\": \"your-generation-id\"}  ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_media_orgs_users_video_script_generation_audio_create.OPERATION,
            _ai_media_orgs_users_video_script_generation_audio_create.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.video_script_generation.audio`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
