"""`Client.ai_media.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .users import (
        AiMediaOrgsUsersResource,
        AiMediaOrgsUsersResourceWithRawResponse,
        AsyncAiMediaOrgsUsersResource,
        AsyncAiMediaOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "AiMediaOrgsResource",
    "AiMediaOrgsResourceWithRawResponse",
    "AsyncAiMediaOrgsResource",
    "AsyncAiMediaOrgsResourceWithRawResponse",
]


class AiMediaOrgsResource:
    """`Client.ai_media.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AiMediaOrgsUsersResource:
        from .users import AiMediaOrgsUsersResource

        return AiMediaOrgsUsersResource(self._client)


class AiMediaOrgsResourceWithRawResponse:
    """`Client.ai_media.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AiMediaOrgsUsersResourceWithRawResponse:
        from .users import AiMediaOrgsUsersResourceWithRawResponse

        return AiMediaOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncAiMediaOrgsResource:
    """`AsyncClient.ai_media.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncAiMediaOrgsUsersResource:
        from .users import AsyncAiMediaOrgsUsersResource

        return AsyncAiMediaOrgsUsersResource(self._client)


class AsyncAiMediaOrgsResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncAiMediaOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiMediaOrgsUsersResourceWithRawResponse

        return AsyncAiMediaOrgsUsersResourceWithRawResponse(self._resource.users)
