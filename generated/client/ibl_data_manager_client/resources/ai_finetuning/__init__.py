"""`Client.ai_finetuning`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .v1 import (
        AiFinetuningV1Resource,
        AiFinetuningV1ResourceWithRawResponse,
        AsyncAiFinetuningV1Resource,
        AsyncAiFinetuningV1ResourceWithRawResponse,
    )

__all__ = [
    "AiFinetuningResource",
    "AiFinetuningResourceWithRawResponse",
    "AsyncAiFinetuningResource",
    "AsyncAiFinetuningResourceWithRawResponse",
]


class AiFinetuningResource:
    """`Client.ai_finetuning`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiFinetuningResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiFinetuningResourceWithRawResponse(self)

    @cached_property
    def v1(self) -> AiFinetuningV1Resource:
        from .v1 import AiFinetuningV1Resource

        return AiFinetuningV1Resource(self._client)


class AiFinetuningResourceWithRawResponse:
    """`Client.ai_finetuning`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiFinetuningResource) -> None:
        self._resource = resource

    @cached_property
    def v1(self) -> AiFinetuningV1ResourceWithRawResponse:
        from .v1 import AiFinetuningV1ResourceWithRawResponse

        return AiFinetuningV1ResourceWithRawResponse(self._resource.v1)


class AsyncAiFinetuningResource:
    """`AsyncClient.ai_finetuning`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiFinetuningResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiFinetuningResourceWithRawResponse(self)

    @cached_property
    def v1(self) -> AsyncAiFinetuningV1Resource:
        from .v1 import AsyncAiFinetuningV1Resource

        return AsyncAiFinetuningV1Resource(self._client)


class AsyncAiFinetuningResourceWithRawResponse:
    """`AsyncClient.ai_finetuning`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiFinetuningResource) -> None:
        self._resource = resource

    @cached_property
    def v1(self) -> AsyncAiFinetuningV1ResourceWithRawResponse:
        from .v1 import AsyncAiFinetuningV1ResourceWithRawResponse

        return AsyncAiFinetuningV1ResourceWithRawResponse(self._resource.v1)
