"""`Client.ai_mentor.orgs.webhooks.github`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .pullrequest import (
        AiMentorOrgsWebhooksGithubPullrequestResource,
        AiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse,
        AsyncAiMentorOrgsWebhooksGithubPullrequestResource,
        AsyncAiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsWebhooksGithubResource",
    "AiMentorOrgsWebhooksGithubResourceWithRawResponse",
    "AsyncAiMentorOrgsWebhooksGithubResource",
    "AsyncAiMentorOrgsWebhooksGithubResourceWithRawResponse",
]


class AiMentorOrgsWebhooksGithubResource:
    """`Client.ai_mentor.orgs.webhooks.github`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsWebhooksGithubResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsWebhooksGithubResourceWithRawResponse(self)

    @cached_property
    def pullrequest(self) -> AiMentorOrgsWebhooksGithubPullrequestResource:
        from .pullrequest import AiMentorOrgsWebhooksGithubPullrequestResource

        return AiMentorOrgsWebhooksGithubPullrequestResource(self._client)


class AiMentorOrgsWebhooksGithubResourceWithRawResponse:
    """`Client.ai_mentor.orgs.webhooks.github`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsWebhooksGithubResource) -> None:
        self._resource = resource

    @cached_property
    def pullrequest(self) -> AiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse:
        from .pullrequest import AiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse

        return AiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse(
            self._resource.pullrequest
        )


class AsyncAiMentorOrgsWebhooksGithubResource:
    """`AsyncClient.ai_mentor.orgs.webhooks.github`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsWebhooksGithubResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsWebhooksGithubResourceWithRawResponse(self)

    @cached_property
    def pullrequest(self) -> AsyncAiMentorOrgsWebhooksGithubPullrequestResource:
        from .pullrequest import AsyncAiMentorOrgsWebhooksGithubPullrequestResource

        return AsyncAiMentorOrgsWebhooksGithubPullrequestResource(self._client)


class AsyncAiMentorOrgsWebhooksGithubResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.webhooks.github`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsWebhooksGithubResource) -> None:
        self._resource = resource

    @cached_property
    def pullrequest(self) -> AsyncAiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse:
        from .pullrequest import AsyncAiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse

        return AsyncAiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse(
            self._resource.pullrequest
        )
