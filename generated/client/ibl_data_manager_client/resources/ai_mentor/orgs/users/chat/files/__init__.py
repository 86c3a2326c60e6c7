"""`Client.ai_mentor.orgs.users.chat.files`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .upload_url import (
        AiMentorOrgsUsersChatFilesUploadUrlResource,
        AiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse,
        AsyncAiMentorOrgsUsersChatFilesUploadUrlResource,
        AsyncAiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersChatFilesResource",
    "AiMentorOrgsUsersChatFilesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersChatFilesResource",
    "AsyncAiMentorOrgsUsersChatFilesResourceWithRawResponse",
]


class AiMentorOrgsUsersChatFilesResource:
    """`Client.ai_mentor.orgs.users.chat.files`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersChatFilesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersChatFilesResourceWithRawResponse(self)

    @cached_property
    def upload_url(self) -> AiMentorOrgsUsersChatFilesUploadUrlResource:
        from .upload_url import AiMentorOrgsUsersChatFilesUploadUrlResource

        return AiMentorOrgsUsersChatFilesUploadUrlResource(self._client)


class AiMentorOrgsUsersChatFilesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.chat.files`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersChatFilesResource) -> None:
        self._resource = resource

    @cached_property
    def upload_url(self) -> AiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse:
        from .upload_url import AiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse

        return AiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse(self._resource.upload_url)


class AsyncAiMentorOrgsUsersChatFilesResource:
    """`AsyncClient.ai_mentor.orgs.users.chat.files`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersChatFilesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersChatFilesResourceWithRawResponse(self)

    @cached_property
    def upload_url(self) -> AsyncAiMentorOrgsUsersChatFilesUploadUrlResource:
        from .upload_url import AsyncAiMentorOrgsUsersChatFilesUploadUrlResource

        return AsyncAiMentorOrgsUsersChatFilesUploadUrlResource(self._client)


class AsyncAiMentorOrgsUsersChatFilesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.chat.files`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersChatFilesResource) -> None:
        self._resource = resource

    @cached_property
    def upload_url(self) -> AsyncAiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse:
        from .upload_url import AsyncAiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse

        return AsyncAiMentorOrgsUsersChatFilesUploadUrlResourceWithRawResponse(
            self._resource.upload_url
        )
