"""`Client.ai_mentor.orgs.mentors.lti`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .grant_mentor_access import (
        AiMentorOrgsMentorsLtiGrantMentorAccessResource,
        AiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse,
        AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResource,
        AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsMentorsLtiResource",
    "AiMentorOrgsMentorsLtiResourceWithRawResponse",
    "AsyncAiMentorOrgsMentorsLtiResource",
    "AsyncAiMentorOrgsMentorsLtiResourceWithRawResponse",
]


class AiMentorOrgsMentorsLtiResource:
    """`Client.ai_mentor.orgs.mentors.lti`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMentorsLtiResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMentorsLtiResourceWithRawResponse(self)

    @cached_property
    def grant_mentor_access(self) -> AiMentorOrgsMentorsLtiGrantMentorAccessResource:
        from .grant_mentor_access import AiMentorOrgsMentorsLtiGrantMentorAccessResource

        return AiMentorOrgsMentorsLtiGrantMentorAccessResource(self._client)


class AiMentorOrgsMentorsLtiResourceWithRawResponse:
    """`Client.ai_mentor.orgs.mentors.lti`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMentorsLtiResource) -> None:
        self._resource = resource

    @cached_property
    def grant_mentor_access(self) -> AiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse:
        from .grant_mentor_access import (
            AiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse,
        )

        return AiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse(
            self._resource.grant_mentor_access
        )


class AsyncAiMentorOrgsMentorsLtiResource:
    """`AsyncClient.ai_mentor.orgs.mentors.lti`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsMentorsLtiResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMentorsLtiResourceWithRawResponse(self)

    @cached_property
    def grant_mentor_access(self) -> AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResource:
        from .grant_mentor_access import AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResource

        return AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResource(self._client)


class AsyncAiMentorOrgsMentorsLtiResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.mentors.lti`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMentorsLtiResource) -> None:
        self._resource = resource

    @cached_property
    def grant_mentor_access(
        self,
    ) -> AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse:
        from .grant_mentor_access import (
            AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse(
            self._resource.grant_mentor_access
        )
