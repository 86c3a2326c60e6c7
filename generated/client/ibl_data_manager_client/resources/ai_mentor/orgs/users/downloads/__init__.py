"""`Client.ai_mentor.orgs.users.downloads`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .tasks import (
        AiMentorOrgsUsersDownloadsTasksResource,
        AiMentorOrgsUsersDownloadsTasksResourceWithRawResponse,
        AsyncAiMentorOrgsUsersDownloadsTasksResource,
        AsyncAiMentorOrgsUsersDownloadsTasksResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersDownloadsResource",
    "AiMentorOrgsUsersDownloadsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersDownloadsResource",
    "AsyncAiMentorOrgsUsersDownloadsResourceWithRawResponse",
]


class AiMentorOrgsUsersDownloadsResource:
    """`Client.ai_mentor.orgs.users.downloads`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersDownloadsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersDownloadsResourceWithRawResponse(self)

    @cached_property
    def tasks(self) -> AiMentorOrgsUsersDownloadsTasksResource:
        from .tasks import AiMentorOrgsUsersDownloadsTasksResource

        return AiMentorOrgsUsersDownloadsTasksResource(self._client)


class AiMentorOrgsUsersDownloadsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.downloads`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersDownloadsResource) -> None:
        self._resource = resource

    @cached_property
    def tasks(self) -> AiMentorOrgsUsersDownloadsTasksResourceWithRawResponse:
        from .tasks import AiMentorOrgsUsersDownloadsTasksResourceWithRawResponse

        return AiMentorOrgsUsersDownloadsTasksResourceWithRawResponse(self._resource.tasks)


class AsyncAiMentorOrgsUsersDownloadsResource:
    """`AsyncClient.ai_mentor.orgs.users.downloads`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersDownloadsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersDownloadsResourceWithRawResponse(self)

    @cached_property
    def tasks(self) -> AsyncAiMentorOrgsUsersDownloadsTasksResource:
        from .tasks import AsyncAiMentorOrgsUsersDownloadsTasksResource

        return AsyncAiMentorOrgsUsersDownloadsTasksResource(self._client)


class AsyncAiMentorOrgsUsersDownloadsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.downloads`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersDownloadsResource) -> None:
        self._resource = resource

    @cached_property
    def tasks(self) -> AsyncAiMentorOrgsUsersDownloadsTasksResourceWithRawResponse:
        from .tasks import AsyncAiMentorOrgsUsersDownloadsTasksResourceWithRawResponse

        return AsyncAiMentorOrgsUsersDownloadsTasksResourceWithRawResponse(self._resource.tasks)
