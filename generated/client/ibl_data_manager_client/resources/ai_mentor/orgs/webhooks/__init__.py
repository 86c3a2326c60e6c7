"""`Client.ai_mentor.orgs.webhooks`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .azure import (
        AiMentorOrgsWebhooksAzureResource,
        AiMentorOrgsWebhooksAzureResourceWithRawResponse,
        AsyncAiMentorOrgsWebhooksAzureResource,
        AsyncAiMentorOrgsWebhooksAzureResourceWithRawResponse,
    )
    from .github import (
        AiMentorOrgsWebhooksGithubResource,
        AiMentorOrgsWebhooksGithubResourceWithRawResponse,
        AsyncAiMentorOrgsWebhooksGithubResource,
        AsyncAiMentorOrgsWebhooksGithubResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsWebhooksResource",
    "AiMentorOrgsWebhooksResourceWithRawResponse",
    "AsyncAiMentorOrgsWebhooksResource",
    "AsyncAiMentorOrgsWebhooksResourceWithRawResponse",
]


class AiMentorOrgsWebhooksResource:
    """`Client.ai_mentor.orgs.webhooks`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsWebhooksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsWebhooksResourceWithRawResponse(self)

    @cached_property
    def azure(self) -> AiMentorOrgsWebhooksAzureResource:
        from .azure import AiMentorOrgsWebhooksAzureResource

        return AiMentorOrgsWebhooksAzureResource(self._client)

    @cached_property
    def github(self) -> AiMentorOrgsWebhooksGithubResource:
        from .github import AiMentorOrgsWebhooksGithubResource

        return AiMentorOrgsWebhooksGithubResource(self._client)


class AiMentorOrgsWebhooksResourceWithRawResponse:
    """`Client.ai_mentor.orgs.webhooks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsWebhooksResource) -> None:
        self._resource = resource

    @cached_property
    def azure(self) -> AiMentorOrgsWebhooksAzureResourceWithRawResponse:
        from .azure import AiMentorOrgsWebhooksAzureResourceWithRawResponse

        return AiMentorOrgsWebhooksAzureResourceWithRawResponse(self._resource.azure)

    @cached_property
    def github(self) -> AiMentorOrgsWebhooksGithubResourceWithRawResponse:
        from .github import AiMentorOrgsWebhooksGithubResourceWithRawResponse

        return AiMentorOrgsWebhooksGithubResourceWithRawResponse(self._resource.github)


class AsyncAiMentorOrgsWebhooksResource:
    """`AsyncClient.ai_mentor.orgs.webhooks`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsWebhooksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsWebhooksResourceWithRawResponse(self)

    @cached_property
    def azure(self) -> AsyncAiMentorOrgsWebhooksAzureResource:
        from .azure import AsyncAiMentorOrgsWebhooksAzureResource

        return AsyncAiMentorOrgsWebhooksAzureResource(self._client)

    @cached_property
    def github(self) -> AsyncAiMentorOrgsWebhooksGithubResource:
        from .github import AsyncAiMentorOrgsWebhooksGithubResource

        return AsyncAiMentorOrgsWebhooksGithubResource(self._client)


class AsyncAiMentorOrgsWebhooksResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.webhooks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsWebhooksResource) -> None:
        self._resource = resource

    @cached_property
    def azure(self) -> AsyncAiMentorOrgsWebhooksAzureResourceWithRawResponse:
        from .azure import AsyncAiMentorOrgsWebhooksAzureResourceWithRawResponse

        return AsyncAiMentorOrgsWebhooksAzureResourceWithRawResponse(self._resource.azure)

    @cached_property
    def github(self) -> AsyncAiMentorOrgsWebhooksGithubResourceWithRawResponse:
        from .github import AsyncAiMentorOrgsWebhooksGithubResourceWithRawResponse

        return AsyncAiMentorOrgsWebhooksGithubResourceWithRawResponse(self._resource.github)
