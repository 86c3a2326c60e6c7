"""`Client.perlearner`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncPerlearnerOrgsResource,
        AsyncPerlearnerOrgsResourceWithRawResponse,
        PerlearnerOrgsResource,
        PerlearnerOrgsResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerResource",
    "PerlearnerResourceWithRawResponse",
    "AsyncPerlearnerResource",
    "AsyncPerlearnerResourceWithRawResponse",
]


class PerlearnerResource:
    """`Client.perlearner`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> PerlearnerOrgsResource:
        from .orgs import PerlearnerOrgsResource

        return PerlearnerOrgsResource(self._client)


class PerlearnerResourceWithRawResponse:
    """`Client.perlearner`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> PerlearnerOrgsResourceWithRawResponse:
        from .orgs import PerlearnerOrgsResourceWithRawResponse

        return PerlearnerOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncPerlearnerResource:
    """`AsyncClient.perlearner`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncPerlearnerOrgsResource:
        from .orgs import AsyncPerlearnerOrgsResource

        return AsyncPerlearnerOrgsResource(self._client)


class AsyncPerlearnerResourceWithRawResponse:
    """`AsyncClient.perlearner`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncPerlearnerOrgsResourceWithRawResponse:
        from .orgs import AsyncPerlearnerOrgsResourceWithRawResponse

        return AsyncPerlearnerOrgsResourceWithRawResponse(self._resource.orgs)
