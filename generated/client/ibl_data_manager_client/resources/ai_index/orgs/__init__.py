"""`Client.ai_index.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .users import (
        AiIndexOrgsUsersResource,
        AiIndexOrgsUsersResourceWithRawResponse,
        AsyncAiIndexOrgsUsersResource,
        AsyncAiIndexOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "AiIndexOrgsResource",
    "AiIndexOrgsResourceWithRawResponse",
    "AsyncAiIndexOrgsResource",
    "AsyncAiIndexOrgsResourceWithRawResponse",
]


class AiIndexOrgsResource:
    """`Client.ai_index.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AiIndexOrgsUsersResource:
        from .users import AiIndexOrgsUsersResource

        return AiIndexOrgsUsersResource(self._client)


class AiIndexOrgsResourceWithRawResponse:
    """`Client.ai_index.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AiIndexOrgsUsersResourceWithRawResponse:
        from .users import AiIndexOrgsUsersResourceWithRawResponse

        return AiIndexOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncAiIndexOrgsResource:
    """`AsyncClient.ai_index.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncAiIndexOrgsUsersResource:
        from .users import AsyncAiIndexOrgsUsersResource

        return AsyncAiIndexOrgsUsersResource(self._client)


class AsyncAiIndexOrgsResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncAiIndexOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiIndexOrgsUsersResourceWithRawResponse

        return AsyncAiIndexOrgsUsersResourceWithRawResponse(self._resource.users)
