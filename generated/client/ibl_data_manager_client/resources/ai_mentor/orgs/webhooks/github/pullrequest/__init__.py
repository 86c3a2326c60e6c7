"""`Client.ai_mentor.orgs.webhooks.github.pullrequest`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_webhooks_github_pullrequest_create as _ai_mentor_orgs_webhooks_github_pullrequest_create,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsWebhooksGithubPullrequestResource",
    "AiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse",
    "AsyncAiMentorOrgsWebhooksGithubPullrequestResource",
    "AsyncAiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse",
]


class AiMentorOrgsWebhooksGithubPullrequestResource:
    """`Client.ai_mentor.orgs.webhooks.github.pullrequest`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle incoming POST requests from GitHub webhook for pull requests.  Args:     request:
        The HTTP request object containing the webhook payload.     org: the organizaion name.
        Returns:     Response: A response indicating the result of processing the webhook event.

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_webhooks_github_pullrequest_create.OPERATION,
            _ai_mentor_orgs_webhooks_github_pullrequest_create.build_request(org=org),
            options,
        )


class AiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse:
    """`Client.ai_mentor.orgs.webhooks.github.pullrequest`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsWebhooksGithubPullrequestResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsWebhooksGithubPullrequestResource:
    """`AsyncClient.ai_mentor.orgs.webhooks.github.pullrequest`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle incoming POST requests from GitHub webhook for pull requests.  Args:     request:
        The HTTP request object containing the webhook payload.     org: the organizaion name.
        Returns:     Response: A response indicating the result of processing the webhook event.

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_webhooks_github_pullrequest_create.OPERATION,
            _ai_mentor_orgs_webhooks_github_pullrequest_create.build_request(org=org),
            options,
        )


class AsyncAiMentorOrgsWebhooksGithubPullrequestResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.webhooks.github.pullrequest`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsWebhooksGithubPullrequestResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
