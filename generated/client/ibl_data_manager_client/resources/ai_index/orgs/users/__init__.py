"""`Client.ai_index.orgs.users`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .documents import (
        AiIndexOrgsUsersDocumentsResource,
        AiIndexOrgsUsersDocumentsResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsResource,
        AsyncAiIndexOrgsUsersDocumentsResourceWithRawResponse,
    )
    from .resource import (
        AiIndexOrgsUsersResourceResource,
        AiIndexOrgsUsersResourceResourceWithRawResponse,
        AsyncAiIndexOrgsUsersResourceResource,
        AsyncAiIndexOrgsUsersResourceResourceWithRawResponse,
    )

__all__ = [
    "AiIndexOrgsUsersResource",
    "AiIndexOrgsUsersResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersResource",
    "AsyncAiIndexOrgsUsersResourceWithRawResponse",
]


class AiIndexOrgsUsersResource:
    """`Client.ai_index.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def documents(self) -> AiIndexOrgsUsersDocumentsResource:
        from .documents import AiIndexOrgsUsersDocumentsResource

        return AiIndexOrgsUsersDocumentsResource(self._client)

    @cached_property
    def resource(self) -> AiIndexOrgsUsersResourceResource:
        from .resource import AiIndexOrgsUsersResourceResource

        return AiIndexOrgsUsersResourceResource(self._client)


class AiIndexOrgsUsersResourceWithRawResponse:
    """`Client.ai_index.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def documents(self) -> AiIndexOrgsUsersDocumentsResourceWithRawResponse:
        from .documents import AiIndexOrgsUsersDocumentsResourceWithRawResponse

        return AiIndexOrgsUsersDocumentsResourceWithRawResponse(self._resource.documents)

    @cached_property
    def resource(self) -> AiIndexOrgsUsersResourceResourceWithRawResponse:
        from .resource import AiIndexOrgsUsersResourceResourceWithRawResponse

        return AiIndexOrgsUsersResourceResourceWithRawResponse(self._resource.resource)


class AsyncAiIndexOrgsUsersResource:
    """`AsyncClient.ai_index.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def documents(self) -> AsyncAiIndexOrgsUsersDocumentsResource:
        from .documents import AsyncAiIndexOrgsUsersDocumentsResource

        return AsyncAiIndexOrgsUsersDocumentsResource(self._client)

    @cached_property
    def resource(self) -> AsyncAiIndexOrgsUsersResourceResource:
        from .resource import AsyncAiIndexOrgsUsersResourceResource

        return AsyncAiIndexOrgsUsersResourceResource(self._client)


class AsyncAiIndexOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def documents(self) -> AsyncAiIndexOrgsUsersDocumentsResourceWithRawResponse:
        from .documents import AsyncAiIndexOrgsUsersDocumentsResourceWithRawResponse

        return AsyncAiIndexOrgsUsersDocumentsResourceWithRawResponse(self._resource.documents)

    @cached_property
    def resource(self) -> AsyncAiIndexOrgsUsersResourceResourceWithRawResponse:
        from .resource import AsyncAiIndexOrgsUsersResourceResourceWithRawResponse

        return AsyncAiIndexOrgsUsersResourceResourceWithRawResponse(self._resource.resource)
