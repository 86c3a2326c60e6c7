"""`Client.ai_mentor.orgs.users.session_detail`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .mentors import (
        AiMentorOrgsUsersSessionDetailMentorsResource,
        AiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionDetailMentorsResource,
        AsyncAiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersSessionDetailResource",
    "AiMentorOrgsUsersSessionDetailResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionDetailResource",
    "AsyncAiMentorOrgsUsersSessionDetailResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionDetailResource:
    """`Client.ai_mentor.orgs.users.session_detail`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionDetailResourceWithRawResponse(self)

    @cached_property
    def mentors(self) -> AiMentorOrgsUsersSessionDetailMentorsResource:
        from .mentors import AiMentorOrgsUsersSessionDetailMentorsResource

        return AiMentorOrgsUsersSessionDetailMentorsResource(self._client)


class AiMentorOrgsUsersSessionDetailResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.session_detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionDetailResource) -> None:
        self._resource = resource

    @cached_property
    def mentors(self) -> AiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse:
        from .mentors import AiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse

        return AiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse(self._resource.mentors)


class AsyncAiMentorOrgsUsersSessionDetailResource:
    """`AsyncClient.ai_mentor.orgs.users.session_detail`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSessionDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionDetailResourceWithRawResponse(self)

    @cached_property
    def mentors(self) -> AsyncAiMentorOrgsUsersSessionDetailMentorsResource:
        from .mentors import AsyncAiMentorOrgsUsersSessionDetailMentorsResource

        return AsyncAiMentorOrgsUsersSessionDetailMentorsResource(self._client)


class AsyncAiMentorOrgsUsersSessionDetailResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.session_detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionDetailResource) -> None:
        self._resource = resource

    @cached_property
    def mentors(self) -> AsyncAiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse:
        from .mentors import AsyncAiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse(
            self._resource.mentors
        )
