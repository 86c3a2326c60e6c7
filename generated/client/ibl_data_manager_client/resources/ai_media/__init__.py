"""`Client.ai_media`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AiMediaOrgsResource,
        AiMediaOrgsResourceWithRawResponse,
        AsyncAiMediaOrgsResource,
        AsyncAiMediaOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiMediaResource",
    "AiMediaResourceWithRawResponse",
    "AsyncAiMediaResource",
    "AsyncAiMediaResourceWithRawResponse",
]


class AiMediaResource:
    """`Client.ai_media`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiMediaOrgsResource:
        from .orgs import AiMediaOrgsResource

        return AiMediaOrgsResource(self._client)


class AiMediaResourceWithRawResponse:
    """`Client.ai_media`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiMediaOrgsResourceWithRawResponse:
        from .orgs import AiMediaOrgsResourceWithRawResponse

        return AiMediaOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiMediaResource:
    """`AsyncClient.ai_media`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiMediaOrgsResource:
        from .orgs import AsyncAiMediaOrgsResource

        return AsyncAiMediaOrgsResource(self._client)


class AsyncAiMediaResourceWithRawResponse:
    """`AsyncClient.ai_media`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiMediaOrgsResourceWithRawResponse:
        from .orgs import AsyncAiMediaOrgsResourceWithRawResponse

        return AsyncAiMediaOrgsResourceWithRawResponse(self._resource.orgs)
