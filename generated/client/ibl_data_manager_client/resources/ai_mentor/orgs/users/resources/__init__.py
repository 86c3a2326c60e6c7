"""`Client.ai_mentor.orgs.users.resources`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .web import (
        AiMentorOrgsUsersResourcesWebResource,
        AiMentorOrgsUsersResourcesWebResourceWithRawResponse,
        AsyncAiMentorOrgsUsersResourcesWebResource,
        AsyncAiMentorOrgsUsersResourcesWebResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersResourcesResource",
    "AiMentorOrgsUsersResourcesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersResourcesResource",
    "AsyncAiMentorOrgsUsersResourcesResourceWithRawResponse",
]


class AiMentorOrgsUsersResourcesResource:
    """`Client.ai_mentor.orgs.users.resources`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersResourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersResourcesResourceWithRawResponse(self)

    @cached_property
    def web(self) -> AiMentorOrgsUsersResourcesWebResource:
        from .web import AiMentorOrgsUsersResourcesWebResource

        return AiMentorOrgsUsersResourcesWebResource(self._client)


class AiMentorOrgsUsersResourcesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.resources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersResourcesResource) -> None:
        self._resource = resource

    @cached_property
    def web(self) -> AiMentorOrgsUsersResourcesWebResourceWithRawResponse:
        from .web import AiMentorOrgsUsersResourcesWebResourceWithRawResponse

        return AiMentorOrgsUsersResourcesWebResourceWithRawResponse(self._resource.web)


class AsyncAiMentorOrgsUsersResourcesResource:
    """`AsyncClient.ai_mentor.orgs.users.resources`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersResourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersResourcesResourceWithRawResponse(self)

    @cached_property
    def web(self) -> AsyncAiMentorOrgsUsersResourcesWebResource:
        from .web import AsyncAiMentorOrgsUsersResourcesWebResource

        return AsyncAiMentorOrgsUsersResourcesWebResource(self._client)


class AsyncAiMentorOrgsUsersResourcesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.resources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersResourcesResource) -> None:
        self._resource = resource

    @cached_property
    def web(self) -> AsyncAiMentorOrgsUsersResourcesWebResourceWithRawResponse:
        from .web import AsyncAiMentorOrgsUsersResourcesWebResourceWithRawResponse

        return AsyncAiMentorOrgsUsersResourcesWebResourceWithRawResponse(self._resource.web)
