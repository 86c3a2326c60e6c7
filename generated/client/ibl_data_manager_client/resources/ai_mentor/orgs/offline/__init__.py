"""`Client.ai_mentor.orgs.offline`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .mentors import (
        AiMentorOrgsOfflineMentorsResource,
        AiMentorOrgsOfflineMentorsResourceWithRawResponse,
        AsyncAiMentorOrgsOfflineMentorsResource,
        AsyncAiMentorOrgsOfflineMentorsResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsOfflineResource",
    "AiMentorOrgsOfflineResourceWithRawResponse",
    "AsyncAiMentorOrgsOfflineResource",
    "AsyncAiMentorOrgsOfflineResourceWithRawResponse",
]


class AiMentorOrgsOfflineResource:
    """`Client.ai_mentor.orgs.offline`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsOfflineResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsOfflineResourceWithRawResponse(self)

    @cached_property
    def mentors(self) -> AiMentorOrgsOfflineMentorsResource:
        from .mentors import AiMentorOrgsOfflineMentorsResource

        return AiMentorOrgsOfflineMentorsResource(self._client)


class AiMentorOrgsOfflineResourceWithRawResponse:
    """`Client.ai_mentor.orgs.offline`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsOfflineResource) -> None:
        self._resource = resource

    @cached_property
    def mentors(self) -> AiMentorOrgsOfflineMentorsResourceWithRawResponse:
        from .mentors import AiMentorOrgsOfflineMentorsResourceWithRawResponse

        return AiMentorOrgsOfflineMentorsResourceWithRawResponse(self._resource.mentors)


class AsyncAiMentorOrgsOfflineResource:
    """`AsyncClient.ai_mentor.orgs.offline`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsOfflineResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsOfflineResourceWithRawResponse(self)

    @cached_property
    def mentors(self) -> AsyncAiMentorOrgsOfflineMentorsResource:
        from .mentors import AsyncAiMentorOrgsOfflineMentorsResource

        return AsyncAiMentorOrgsOfflineMentorsResource(self._client)


class AsyncAiMentorOrgsOfflineResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.offline`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsOfflineResource) -> None:
        self._resource = resource

    @cached_property
    def mentors(self) -> AsyncAiMentorOrgsOfflineMentorsResourceWithRawResponse:
        from .mentors import AsyncAiMentorOrgsOfflineMentorsResourceWithRawResponse

        return AsyncAiMentorOrgsOfflineMentorsResourceWithRawResponse(self._resource.mentors)
