"""`Client.ai_media.orgs.users.video_script_generation.document`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_media import (
    ai_media_orgs_users_video_script_generation_document_create as _ai_media_orgs_users_video_script_generation_document_create,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMediaOrgsUsersVideoScriptGenerationDocumentResource",
    "AiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResource",
    "AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse",
]


class AiMediaOrgsUsersVideoScriptGenerationDocumentResource:
    """`Client.ai_media.orgs.users.video_script_generation.document`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to generate video scripts from a document file. The document file can be one of
        docx, doc, pptx, ppt, txt and pdf.      The request should be a multipart form with your
        document file in the `file` field. Initial Response:     ```     {\"script\": None,
        \"status\": \"started_generation\", \"generation_id\": \"your-generation-id.\"}     ```
        This signals the generation has started. You can use the generation id to query video
        script generation status from this endpoint, using a JSON like below:     ```
        {\"generation_id\": \"your-generation-id\"}     ```      Example response:     ```
        {\"script\": \"hello this is a video script.\", \"status\": \"finished\",
        \"generation_id\": \"your-generation-id\"}      ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_media_orgs_users_video_script_generation_document_create.OPERATION,
            _ai_media_orgs_users_video_script_generation_document_create.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse:
    """`Client.ai_media.orgs.users.video_script_generation.document`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersVideoScriptGenerationDocumentResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResource:
    """`AsyncClient.ai_media.orgs.users.video_script_generation.document`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to generate video scripts from a document file. The document file can be one of
        docx, doc, pptx, ppt, txt and pdf.      The request should be a multipart form with your
        document file in the `file` field. Initial Response:     ```     {\"script\": None,
        \"status\": \"started_generation\", \"generation_id\": \"your-generation-id.\"}     ```
        This signals the generation has started. You can use the generation id to query video
        script generation status from this endpoint, using a JSON like below:     ```
        {\"generation_id\": \"your-generation-id\"}     ```      Example response:     ```
        {\"script\": \"hello this is a video script.\", \"status\": \"finished\",
        \"generation_id\": \"your-generation-id\"}      ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_media_orgs_users_video_script_generation_document_create.OPERATION,
            _ai_media_orgs_users_video_script_generation_document_create.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.video_script_generation.document`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResource
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
