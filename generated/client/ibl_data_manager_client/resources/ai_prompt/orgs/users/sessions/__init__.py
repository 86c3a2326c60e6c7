"""`Client.ai_prompt.orgs.users.sessions`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .guided_prompts import (
        AiPromptOrgsUsersSessionsGuidedPromptsResource,
        AiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse,
        AsyncAiPromptOrgsUsersSessionsGuidedPromptsResource,
        AsyncAiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse,
    )

__all__ = [
    "AiPromptOrgsUsersSessionsResource",
    "AiPromptOrgsUsersSessionsResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersSessionsResource",
    "AsyncAiPromptOrgsUsersSessionsResourceWithRawResponse",
]


class AiPromptOrgsUsersSessionsResource:
    """`Client.ai_prompt.orgs.users.sessions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersSessionsResourceWithRawResponse(self)

    @cached_property
    def guided_prompts(self) -> AiPromptOrgsUsersSessionsGuidedPromptsResource:
        from .guided_prompts import AiPromptOrgsUsersSessionsGuidedPromptsResource

        return AiPromptOrgsUsersSessionsGuidedPromptsResource(self._client)


class AiPromptOrgsUsersSessionsResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersSessionsResource) -> None:
        self._resource = resource

    @cached_property
    def guided_prompts(self) -> AiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse:
        from .guided_prompts import AiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse

        return AiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse(
            self._resource.guided_prompts
        )


class AsyncAiPromptOrgsUsersSessionsResource:
    """`AsyncClient.ai_prompt.orgs.users.sessions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersSessionsResourceWithRawResponse(self)

    @cached_property
    def guided_prompts(self) -> AsyncAiPromptOrgsUsersSessionsGuidedPromptsResource:
        from .guided_prompts import AsyncAiPromptOrgsUsersSessionsGuidedPromptsResource

        return AsyncAiPromptOrgsUsersSessionsGuidedPromptsResource(self._client)


class AsyncAiPromptOrgsUsersSessionsResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersSessionsResource) -> None:
        self._resource = resource

    @cached_property
    def guided_prompts(self) -> AsyncAiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse:
        from .guided_prompts import (
            AsyncAiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse,
        )

        return AsyncAiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse(
            self._resource.guided_prompts
        )
