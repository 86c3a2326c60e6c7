"""`Client.ai_index.orgs.users.resource`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .data import (
        AiIndexOrgsUsersResourceDataResource,
        AiIndexOrgsUsersResourceDataResourceWithRawResponse,
        AsyncAiIndexOrgsUsersResourceDataResource,
        AsyncAiIndexOrgsUsersResourceDataResourceWithRawResponse,
    )

__all__ = [
    "AiIndexOrgsUsersResourceResource",
    "AiIndexOrgsUsersResourceResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersResourceResource",
    "AsyncAiIndexOrgsUsersResourceResourceWithRawResponse",
]


class AiIndexOrgsUsersResourceResource:
    """`Client.ai_index.orgs.users.resource`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersResourceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersResourceResourceWithRawResponse(self)

    @cached_property
    def data(self) -> AiIndexOrgsUsersResourceDataResource:
        from .data import AiIndexOrgsUsersResourceDataResource

        return AiIndexOrgsUsersResourceDataResource(self._client)


class AiIndexOrgsUsersResourceResourceWithRawResponse:
    """`Client.ai_index.orgs.users.resource`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersResourceResource) -> None:
        self._resource = resource

    @cached_property
    def data(self) -> AiIndexOrgsUsersResourceDataResourceWithRawResponse:
        from .data import AiIndexOrgsUsersResourceDataResourceWithRawResponse

        return AiIndexOrgsUsersResourceDataResourceWithRawResponse(self._resource.data)


class AsyncAiIndexOrgsUsersResourceResource:
    """`AsyncClient.ai_index.orgs.users.resource`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersResourceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersResourceResourceWithRawResponse(self)

    @cached_property
    def data(self) -> AsyncAiIndexOrgsUsersResourceDataResource:
        from .data import AsyncAiIndexOrgsUsersResourceDataResource

        return AsyncAiIndexOrgsUsersResourceDataResource(self._client)


class AsyncAiIndexOrgsUsersResourceResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.resource`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersResourceResource) -> None:
        self._resource = resource

    @cached_property
    def data(self) -> AsyncAiIndexOrgsUsersResourceDataResourceWithRawResponse:
        from .data import AsyncAiIndexOrgsUsersResourceDataResourceWithRawResponse

        return AsyncAiIndexOrgsUsersResourceDataResourceWithRawResponse(self._resource.data)
