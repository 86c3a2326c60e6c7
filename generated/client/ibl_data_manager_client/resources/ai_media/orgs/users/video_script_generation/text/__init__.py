"""`Client.ai_media.orgs.users.video_script_generation.text`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_media import (
    ai_media_orgs_users_video_script_generation_text_create as _ai_media_orgs_users_video_script_generation_text_create,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMediaOrgsUsersVideoScriptGenerationTextResource",
    "AiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersVideoScriptGenerationTextResource",
    "AsyncAiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse",
]


class AiMediaOrgsUsersVideoScriptGenerationTextResource:
    """`Client.ai_media.orgs.users.video_script_generation.text`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to generate video scripts from a text.  The request body should be a JSON with
        your text, like below: ``` {\"text\": \"Generate a script about a campus comedy.\"} ```
        Example response: ``` {\"script\": \"hello this is a video script.\"}  ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_media_orgs_users_video_script_generation_text_create.OPERATION,
            _ai_media_orgs_users_video_script_generation_text_create.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse:
    """`Client.ai_media.orgs.users.video_script_generation.text`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersVideoScriptGenerationTextResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMediaOrgsUsersVideoScriptGenerationTextResource:
    """`AsyncClient.ai_media.orgs.users.video_script_generation.text`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to generate video scripts from a text.  The request body should be a JSON with
        your text, like below: ``` {\"text\": \"Generate a script about a campus comedy.\"} ```
        Example response: ``` {\"script\": \"hello this is a video script.\"}  ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_media_orgs_users_video_script_generation_text_create.OPERATION,
            _ai_media_orgs_users_video_script_generation_text_create.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncAiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.video_script_generation.text`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersVideoScriptGenerationTextResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
