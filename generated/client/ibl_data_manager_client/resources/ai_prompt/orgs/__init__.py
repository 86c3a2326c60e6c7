"""`Client.ai_prompt.orgs`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .metadata import (
        AiPromptOrgsMetadataResource,
        AiPromptOrgsMetadataResourceWithRawResponse,
        AsyncAiPromptOrgsMetadataResource,
        AsyncAiPromptOrgsMetadataResourceWithRawResponse,
    )
    from .users import (
        AiPromptOrgsUsersResource,
        AiPromptOrgsUsersResourceWithRawResponse,
        AsyncAiPromptOrgsUsersResource,
        AsyncAiPromptOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "AiPromptOrgsResource",
    "AiPromptOrgsResourceWithRawResponse",
    "AsyncAiPromptOrgsResource",
    "AsyncAiPromptOrgsResourceWithRawResponse",
]


class AiPromptOrgsResource:
    """`Client.ai_prompt.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsResourceWithRawResponse(self)

    @cached_property
    def metadata(self) -> AiPromptOrgsMetadataResource:
        from .metadata import AiPromptOrgsMetadataResource

        return AiPromptOrgsMetadataResource(self._client)

    @cached_property
    def users(self) -> AiPromptOrgsUsersResource:
        from .users import AiPromptOrgsUsersResource

        return AiPromptOrgsUsersResource(self._client)


class AiPromptOrgsResourceWithRawResponse:
    """`Client.ai_prompt.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def metadata(self) -> AiPromptOrgsMetadataResourceWithRawResponse:
        from .metadata import AiPromptOrgsMetadataResourceWithRawResponse

        return AiPromptOrgsMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def users(self) -> AiPromptOrgsUsersResourceWithRawResponse:
        from .users import AiPromptOrgsUsersResourceWithRawResponse

        return AiPromptOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncAiPromptOrgsResource:
    """`AsyncClient.ai_prompt.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsResourceWithRawResponse(self)

    @cached_property
    def metadata(self) -> AsyncAiPromptOrgsMetadataResource:
        from .metadata import AsyncAiPromptOrgsMetadataResource

        return AsyncAiPromptOrgsMetadataResource(self._client)

    @cached_property
    def users(self) -> AsyncAiPromptOrgsUsersResource:
        from .users import AsyncAiPromptOrgsUsersResource

        return AsyncAiPromptOrgsUsersResource(self._client)


class AsyncAiPromptOrgsResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def metadata(self) -> AsyncAiPromptOrgsMetadataResourceWithRawResponse:
        from .metadata import AsyncAiPromptOrgsMetadataResourceWithRawResponse

        return AsyncAiPromptOrgsMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def users(self) -> AsyncAiPromptOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiPromptOrgsUsersResourceWithRawResponse

        return AsyncAiPromptOrgsUsersResourceWithRawResponse(self._resource.users)
