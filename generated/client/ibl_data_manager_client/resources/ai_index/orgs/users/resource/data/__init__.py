"""`Client.ai_index.orgs.users.resource.data`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .scrapped import (
        AiIndexOrgsUsersResourceDataScrappedResource,
        AiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse,
        AsyncAiIndexOrgsUsersResourceDataScrappedResource,
        AsyncAiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse,
    )

__all__ = [
    "AiIndexOrgsUsersResourceDataResource",
    "AiIndexOrgsUsersResourceDataResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersResourceDataResource",
    "AsyncAiIndexOrgsUsersResourceDataResourceWithRawResponse",
]


class AiIndexOrgsUsersResourceDataResource:
    """`Client.ai_index.orgs.users.resource.data`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersResourceDataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersResourceDataResourceWithRawResponse(self)

    @cached_property
    def scrapped(self) -> AiIndexOrgsUsersResourceDataScrappedResource:
        from .scrapped import AiIndexOrgsUsersResourceDataScrappedResource

        return AiIndexOrgsUsersResourceDataScrappedResource(self._client)


class AiIndexOrgsUsersResourceDataResourceWithRawResponse:
    """`Client.ai_index.orgs.users.resource.data`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersResourceDataResource) -> None:
        self._resource = resource

    @cached_property
    def scrapped(self) -> AiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse:
        from .scrapped import AiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse

        return AiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse(self._resource.scrapped)


class AsyncAiIndexOrgsUsersResourceDataResource:
    """`AsyncClient.ai_index.orgs.users.resource.data`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersResourceDataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersResourceDataResourceWithRawResponse(self)

    @cached_property
    def scrapped(self) -> AsyncAiIndexOrgsUsersResourceDataScrappedResource:
        from .scrapped import AsyncAiIndexOrgsUsersResourceDataScrappedResource

        return AsyncAiIndexOrgsUsersResourceDataScrappedResource(self._client)


class AsyncAiIndexOrgsUsersResourceDataResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.resource.data`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersResourceDataResource) -> None:
        self._resource = resource

    @cached_property
    def scrapped(self) -> AsyncAiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse:
        from .scrapped import AsyncAiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse

        return AsyncAiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse(
            self._resource.scrapped
        )
