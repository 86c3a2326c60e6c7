"""`Client.audience`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncAudienceOrgsResource,
        AsyncAudienceOrgsResourceWithRawResponse,
        AudienceOrgsResource,
        AudienceOrgsResourceWithRawResponse,
    )

__all__ = [
    "AudienceResource",
    "AudienceResourceWithRawResponse",
    "AsyncAudienceResource",
    "AsyncAudienceResourceWithRawResponse",
]


class AudienceResource:
    """`Client.audience`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AudienceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AudienceResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AudienceOrgsResource:
        from .orgs import AudienceOrgsResource

        return AudienceOrgsResource(self._client)


class AudienceResourceWithRawResponse:
    """`Client.audience`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AudienceResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AudienceOrgsResourceWithRawResponse:
        from .orgs import AudienceOrgsResourceWithRawResponse

        return AudienceOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAudienceResource:
    """`AsyncClient.audience`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAudienceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAudienceResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAudienceOrgsResource:
        from .orgs import AsyncAudienceOrgsResource

        return AsyncAudienceOrgsResource(self._client)


class AsyncAudienceResourceWithRawResponse:
    """`AsyncClient.audience`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAudienceResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAudienceOrgsResourceWithRawResponse:
        from .orgs import AsyncAudienceOrgsResourceWithRawResponse

        return AsyncAudienceOrgsResourceWithRawResponse(self._resource.orgs)
