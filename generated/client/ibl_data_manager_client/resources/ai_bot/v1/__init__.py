"""`Client.ai_bot.v1`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .bots import (
        AiBotV1BotsResource,
        AiBotV1BotsResourceWithRawResponse,
        AsyncAiBotV1BotsResource,
        AsyncAiBotV1BotsResourceWithRawResponse,
    )

__all__ = [
    "AiBotV1Resource",
    "AiBotV1ResourceWithRawResponse",
    "AsyncAiBotV1Resource",
    "AsyncAiBotV1ResourceWithRawResponse",
]


class AiBotV1Resource:
    """`Client.ai_bot.v1`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1ResourceWithRawResponse(self)

    @cached_property
    def bots(self) -> AiBotV1BotsResource:
        from .bots import AiBotV1BotsResource

        return AiBotV1BotsResource(self._client)


class AiBotV1ResourceWithRawResponse:
    """`Client.ai_bot.v1`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1Resource) -> None:
        self._resource = resource

    @cached_property
    def bots(self) -> AiBotV1BotsResourceWithRawResponse:
        from .bots import AiBotV1BotsResourceWithRawResponse

        return AiBotV1BotsResourceWithRawResponse(self._resource.bots)


class AsyncAiBotV1Resource:
    """`AsyncClient.ai_bot.v1`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1ResourceWithRawResponse(self)

    @cached_property
    def bots(self) -> AsyncAiBotV1BotsResource:
        from .bots import AsyncAiBotV1BotsResource

        return AsyncAiBotV1BotsResource(self._client)


class AsyncAiBotV1ResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1Resource) -> None:
        self._resource = resource

    @cached_property
    def bots(self) -> AsyncAiBotV1BotsResourceWithRawResponse:
        from .bots import AsyncAiBotV1BotsResourceWithRawResponse

        return AsyncAiBotV1BotsResourceWithRawResponse(self._resource.bots)
