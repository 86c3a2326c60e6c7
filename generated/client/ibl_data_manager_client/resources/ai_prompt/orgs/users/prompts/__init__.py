"""`Client.ai_prompt.orgs.users.prompts`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .category import (
        AiPromptOrgsUsersPromptsCategoryResource,
        AiPromptOrgsUsersPromptsCategoryResourceWithRawResponse,
        AsyncAiPromptOrgsUsersPromptsCategoryResource,
        AsyncAiPromptOrgsUsersPromptsCategoryResourceWithRawResponse,
    )
    from .public import (
        AiPromptOrgsUsersPromptsPublicResource,
        AiPromptOrgsUsersPromptsPublicResourceWithRawResponse,
        AsyncAiPromptOrgsUsersPromptsPublicResource,
        AsyncAiPromptOrgsUsersPromptsPublicResourceWithRawResponse,
    )

__all__ = [
    "AiPromptOrgsUsersPromptsResource",
    "AiPromptOrgsUsersPromptsResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersPromptsResource",
    "AsyncAiPromptOrgsUsersPromptsResourceWithRawResponse",
]


class AiPromptOrgsUsersPromptsResource:
    """`Client.ai_prompt.orgs.users.prompts`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersPromptsResourceWithRawResponse(self)

    @cached_property
    def category(self) -> AiPromptOrgsUsersPromptsCategoryResource:
        from .category import AiPromptOrgsUsersPromptsCategoryResource

        return AiPromptOrgsUsersPromptsCategoryResource(self._client)

    @cached_property
    def public(self) -> AiPromptOrgsUsersPromptsPublicResource:
        from .public import AiPromptOrgsUsersPromptsPublicResource

        return AiPromptOrgsUsersPromptsPublicResource(self._client)


class AiPromptOrgsUsersPromptsResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersPromptsResource) -> None:
        self._resource = resource

    @cached_property
    def category(self) -> AiPromptOrgsUsersPromptsCategoryResourceWithRawResponse:
        from .category import AiPromptOrgsUsersPromptsCategoryResourceWithRawResponse

        return AiPromptOrgsUsersPromptsCategoryResourceWithRawResponse(self._resource.category)

    @cached_property
    def public(self) -> AiPromptOrgsUsersPromptsPublicResourceWithRawResponse:
        from .public import AiPromptOrgsUsersPromptsPublicResourceWithRawResponse

        return AiPromptOrgsUsersPromptsPublicResourceWithRawResponse(self._resource.public)


class AsyncAiPromptOrgsUsersPromptsResource:
    """`AsyncClient.ai_prompt.orgs.users.prompts`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersPromptsResourceWithRawResponse(self)

    @cached_property
    def category(self) -> AsyncAiPromptOrgsUsersPromptsCategoryResource:
        from .category import AsyncAiPromptOrgsUsersPromptsCategoryResource

        return AsyncAiPromptOrgsUsersPromptsCategoryResource(self._client)

    @cached_property
    def public(self) -> AsyncAiPromptOrgsUsersPromptsPublicResource:
        from .public import AsyncAiPromptOrgsUsersPromptsPublicResource

        return AsyncAiPromptOrgsUsersPromptsPublicResource(self._client)


class AsyncAiPromptOrgsUsersPromptsResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersPromptsResource) -> None:
        self._resource = resource

    @cached_property
    def category(self) -> AsyncAiPromptOrgsUsersPromptsCategoryResourceWithRawResponse:
        from .category import AsyncAiPromptOrgsUsersPromptsCategoryResourceWithRawResponse

        return AsyncAiPromptOrgsUsersPromptsCategoryResourceWithRawResponse(self._resource.category)

    @cached_property
    def public(self) -> AsyncAiPromptOrgsUsersPromptsPublicResourceWithRawResponse:
        from .public import AsyncAiPromptOrgsUsersPromptsPublicResourceWithRawResponse

        return AsyncAiPromptOrgsUsersPromptsPublicResourceWithRawResponse(self._resource.public)
