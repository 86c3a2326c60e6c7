"""`Client.ai_mentor.orgs.users.chat`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .files import (
        AiMentorOrgsUsersChatFilesResource,
        AiMentorOrgsUsersChatFilesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersChatFilesResource,
        AsyncAiMentorOrgsUsersChatFilesResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersChatResource",
    "AiMentorOrgsUsersChatResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersChatResource",
    "AsyncAiMentorOrgsUsersChatResourceWithRawResponse",
]


class AiMentorOrgsUsersChatResource:
    """`Client.ai_mentor.orgs.users.chat`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersChatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersChatResourceWithRawResponse(self)

    @cached_property
    def files(self) -> AiMentorOrgsUsersChatFilesResource:
        from .files import AiMentorOrgsUsersChatFilesResource

        return AiMentorOrgsUsersChatFilesResource(self._client)


class AiMentorOrgsUsersChatResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.chat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersChatResource) -> None:
        self._resource = resource

    @cached_property
    def files(self) -> AiMentorOrgsUsersChatFilesResourceWithRawResponse:
        from .files import AiMentorOrgsUsersChatFilesResourceWithRawResponse

        return AiMentorOrgsUsersChatFilesResourceWithRawResponse(self._resource.files)


class AsyncAiMentorOrgsUsersChatResource:
    """`AsyncClient.ai_mentor.orgs.users.chat`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersChatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersChatResourceWithRawResponse(self)

    @cached_property
    def files(self) -> AsyncAiMentorOrgsUsersChatFilesResource:
        from .files import AsyncAiMentorOrgsUsersChatFilesResource

        return AsyncAiMentorOrgsUsersChatFilesResource(self._client)


class AsyncAiMentorOrgsUsersChatResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.chat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersChatResource) -> None:
        self._resource = resource

    @cached_property
    def files(self) -> AsyncAiMentorOrgsUsersChatFilesResourceWithRawResponse:
        from .files import AsyncAiMentorOrgsUsersChatFilesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersChatFilesResourceWithRawResponse(self._resource.files)
