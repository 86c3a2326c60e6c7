"""`Client.ai_mentor.orgs.offline.mentors`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .config import (
        AiMentorOrgsOfflineMentorsConfigResource,
        AiMentorOrgsOfflineMentorsConfigResourceWithRawResponse,
        AsyncAiMentorOrgsOfflineMentorsConfigResource,
        AsyncAiMentorOrgsOfflineMentorsConfigResourceWithRawResponse,
    )
    from .datasets import (
        AiMentorOrgsOfflineMentorsDatasetsResource,
        AiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse,
        AsyncAiMentorOrgsOfflineMentorsDatasetsResource,
        AsyncAiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsOfflineMentorsResource",
    "AiMentorOrgsOfflineMentorsResourceWithRawResponse",
    "AsyncAiMentorOrgsOfflineMentorsResource",
    "AsyncAiMentorOrgsOfflineMentorsResourceWithRawResponse",
]


class AiMentorOrgsOfflineMentorsResource:
    """`Client.ai_mentor.orgs.offline.mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsOfflineMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsOfflineMentorsResourceWithRawResponse(self)

    @cached_property
    def config(self) -> AiMentorOrgsOfflineMentorsConfigResource:
        from .config import AiMentorOrgsOfflineMentorsConfigResource

        return AiMentorOrgsOfflineMentorsConfigResource(self._client)

    @cached_property
    def datasets(self) -> AiMentorOrgsOfflineMentorsDatasetsResource:
        from .datasets import AiMentorOrgsOfflineMentorsDatasetsResource

        return AiMentorOrgsOfflineMentorsDatasetsResource(self._client)


class AiMentorOrgsOfflineMentorsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.offline.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsOfflineMentorsResource) -> None:
        self._resource = resource

    @cached_property
    def config(self) -> AiMentorOrgsOfflineMentorsConfigResourceWithRawResponse:
        from .config import AiMentorOrgsOfflineMentorsConfigResourceWithRawResponse

        return AiMentorOrgsOfflineMentorsConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def datasets(self) -> AiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse:
        from .datasets import AiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse

        return AiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse(self._resource.datasets)


class AsyncAiMentorOrgsOfflineMentorsResource:
    """`AsyncClient.ai_mentor.orgs.offline.mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsOfflineMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsOfflineMentorsResourceWithRawResponse(self)

    @cached_property
    def config(self) -> AsyncAiMentorOrgsOfflineMentorsConfigResource:
        from .config import AsyncAiMentorOrgsOfflineMentorsConfigResource

        return AsyncAiMentorOrgsOfflineMentorsConfigResource(self._client)

    @cached_property
    def datasets(self) -> AsyncAiMentorOrgsOfflineMentorsDatasetsResource:
        from .datasets import AsyncAiMentorOrgsOfflineMentorsDatasetsResource

        return AsyncAiMentorOrgsOfflineMentorsDatasetsResource(self._client)


class AsyncAiMentorOrgsOfflineMentorsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.offline.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsOfflineMentorsResource) -> None:
        self._resource = resource

    @cached_property
    def config(self) -> AsyncAiMentorOrgsOfflineMentorsConfigResourceWithRawResponse:
        from .config import AsyncAiMentorOrgsOfflineMentorsConfigResourceWithRawResponse

        return AsyncAiMentorOrgsOfflineMentorsConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def datasets(self) -> AsyncAiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse:
        from .datasets import AsyncAiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse

        return AsyncAiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse(
            self._resource.datasets
        )
