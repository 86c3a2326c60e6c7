"""`Client.ai_bot`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .v1 import (
        AiBotV1Resource,
        AiBotV1ResourceWithRawResponse,
        AsyncAiBotV1Resource,
        AsyncAiBotV1ResourceWithRawResponse,
    )

__all__ = [
    "AiBotResource",
    "AiBotResourceWithRawResponse",
    "AsyncAiBotResource",
    "AsyncAiBotResourceWithRawResponse",
]


class AiBotResource:
    """`Client.ai_bot`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotResourceWithRawResponse(self)

    @cached_property
    def v1(self) -> AiBotV1Resource:
        from .v1 import AiBotV1Resource

        return AiBotV1Resource(self._client)


class AiBotResourceWithRawResponse:
    """`Client.ai_bot`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotResource) -> None:
        self._resource = resource

    @cached_property
    def v1(self) -> AiBotV1ResourceWithRawResponse:
        from .v1 import AiBotV1ResourceWithRawResponse

        return AiBotV1ResourceWithRawResponse(self._resource.v1)


class AsyncAiBotResource:
    """`AsyncClient.ai_bot`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotResourceWithRawResponse(self)

    @cached_property
    def v1(self) -> AsyncAiBotV1Resource:
        from .v1 import AsyncAiBotV1Resource

        return AsyncAiBotV1Resource(self._client)


class AsyncAiBotResourceWithRawResponse:
    """`AsyncClient.ai_bot`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotResource) -> None:
        self._resource = resource

    @cached_property
    def v1(self) -> AsyncAiBotV1ResourceWithRawResponse:
        from .v1 import AsyncAiBotV1ResourceWithRawResponse

        return AsyncAiBotV1ResourceWithRawResponse(self._resource.v1)
