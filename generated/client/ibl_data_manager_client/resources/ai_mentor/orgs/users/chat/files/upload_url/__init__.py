"""`Client.ai_mentor.orgs.users.chat.files.upload_url`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_chat_files_upload_url_create as _ai_mentor_orgs_users_chat_files_upload_url_create,
)
from ........models.file_upload_url_request import FileUploadURLRequest
from ........models.file_upload_url_response import FileUploadURLResponse
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersChatFilesUploadUrlResource",
    "AiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersChatFilesUploadUrlResource",
    "AsyncAiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse",
]


class AiMentorOrgsUsersChatFilesUploadUrlResource:
    """`Client.ai_mentor.orgs.users.chat.files.upload_url`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: FileUploadURLRequest,
        **options: Unpack[RequestOptions],
    ) -> FileUploadURLResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        file_name: str,
        content_type: str,
        file_size: int,
        **options: Unpack[RequestOptions],
    ) -> FileUploadURLResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: FileUploadURLRequest | Unset = UNSET,
        session_id: UUID | Unset = UNSET,
        file_name: str | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FileUploadURLResponse:
        """Generate presigned S3 upload URL for chat file

        Args:
            org (str, path)
            user_id (str, path)
            body (FileUploadURLRequest, request body): Request serializer for generating
                presigned upload URL
            Or the body's fields as keywords instead of body=: session_id, file_name,
                content_type, file_size

        Returns:
            FileUploadURLResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.chat.files.upload_url.create",
            body,
            FileUploadURLRequest,
            ["session_id", "file_name", "content_type", "file_size"],
            (
                ("session_id", "session_id", session_id),
                ("file_name", "file_name", file_name),
                ("content_type", "content_type", content_type),
                ("file_size", "file_size", file_size),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_chat_files_upload_url_create.OPERATION,
            _ai_mentor_orgs_users_chat_files_upload_url_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.chat.files.upload_url`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersChatFilesUploadUrlResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersChatFilesUploadUrlResource:
    """`AsyncClient.ai_mentor.orgs.users.chat.files.upload_url`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: FileUploadURLRequest,
        **options: Unpack[RequestOptions],
    ) -> FileUploadURLResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        file_name: str,
        content_type: str,
        file_size: int,
        **options: Unpack[RequestOptions],
    ) -> FileUploadURLResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: FileUploadURLRequest | Unset = UNSET,
        session_id: UUID | Unset = UNSET,
        file_name: str | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FileUploadURLResponse:
        """Generate presigned S3 upload URL for chat file

        Args:
            org (str, path)
            user_id (str, path)
            body (FileUploadURLRequest, request body): Request serializer for generating
                presigned upload URL
            Or the body's fields as keywords instead of body=: session_id, file_name,
                content_type, file_size

        Returns:
            FileUploadURLResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.chat.files.upload_url.create",
            body,
            FileUploadURLRequest,
            ["session_id", "file_name", "content_type", "file_size"],
            (
                ("session_id", "session_id", session_id),
                ("file_name", "file_name", file_name),
                ("content_type", "content_type", content_type),
                ("file_size", "file_size", file_size),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_chat_files_upload_url_create.OPERATION,
            _ai_mentor_orgs_users_chat_files_upload_url_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.chat.files.upload_url`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersChatFilesUploadUrlResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
