"""`Client.credentials`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .exim import (
        AsyncCredentialsEximResource,
        AsyncCredentialsEximResourceWithRawResponse,
        CredentialsEximResource,
        CredentialsEximResourceWithRawResponse,
    )
    from .orgs import (
        AsyncCredentialsOrgsResource,
        AsyncCredentialsOrgsResourceWithRawResponse,
        CredentialsOrgsResource,
        CredentialsOrgsResourceWithRawResponse,
    )
    from .providers import (
        AsyncCredentialsProvidersResource,
        AsyncCredentialsProvidersResourceWithRawResponse,
        CredentialsProvidersResource,
        CredentialsProvidersResourceWithRawResponse,
    )
    from .public import (
        AsyncCredentialsPublicResource,
        AsyncCredentialsPublicResourceWithRawResponse,
        CredentialsPublicResource,
        CredentialsPublicResourceWithRawResponse,
    )

__all__ = [
    "CredentialsResource",
    "CredentialsResourceWithRawResponse",
    "AsyncCredentialsResource",
    "AsyncCredentialsResourceWithRawResponse",
]


class CredentialsResource:
    """`Client.credentials`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsResourceWithRawResponse(self)

    @cached_property
    def exim(self) -> CredentialsEximResource:
        from .exim import CredentialsEximResource

        return CredentialsEximResource(self._client)

    @cached_property
    def orgs(self) -> CredentialsOrgsResource:
        from .orgs import CredentialsOrgsResource

        return CredentialsOrgsResource(self._client)

    @cached_property
    def providers(self) -> CredentialsProvidersResource:
        from .providers import CredentialsProvidersResource

        return CredentialsProvidersResource(self._client)

    @cached_property
    def public(self) -> CredentialsPublicResource:
        from .public import CredentialsPublicResource

        return CredentialsPublicResource(self._client)


class CredentialsResourceWithRawResponse:
    """`Client.credentials`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsResource) -> None:
        self._resource = resource

    @cached_property
    def exim(self) -> CredentialsEximResourceWithRawResponse:
        from .exim import CredentialsEximResourceWithRawResponse

        return CredentialsEximResourceWithRawResponse(self._resource.exim)

    @cached_property
    def orgs(self) -> CredentialsOrgsResourceWithRawResponse:
        from .orgs import CredentialsOrgsResourceWithRawResponse

        return CredentialsOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def providers(self) -> CredentialsProvidersResourceWithRawResponse:
        from .providers import CredentialsProvidersResourceWithRawResponse

        return CredentialsProvidersResourceWithRawResponse(self._resource.providers)

    @cached_property
    def public(self) -> CredentialsPublicResourceWithRawResponse:
        from .public import CredentialsPublicResourceWithRawResponse

        return CredentialsPublicResourceWithRawResponse(self._resource.public)


class AsyncCredentialsResource:
    """`AsyncClient.credentials`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsResourceWithRawResponse(self)

    @cached_property
    def exim(self) -> AsyncCredentialsEximResource:
        from .exim import AsyncCredentialsEximResource

        return AsyncCredentialsEximResource(self._client)

    @cached_property
    def orgs(self) -> AsyncCredentialsOrgsResource:
        from .orgs import AsyncCredentialsOrgsResource

        return AsyncCredentialsOrgsResource(self._client)

    @cached_property
    def providers(self) -> AsyncCredentialsProvidersResource:
        from .providers import AsyncCredentialsProvidersResource

        return AsyncCredentialsProvidersResource(self._client)

    @cached_property
    def public(self) -> AsyncCredentialsPublicResource:
        from .public import AsyncCredentialsPublicResource

        return AsyncCredentialsPublicResource(self._client)


class AsyncCredentialsResourceWithRawResponse:
    """`AsyncClient.credentials`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsResource) -> None:
        self._resource = resource

    @cached_property
    def exim(self) -> AsyncCredentialsEximResourceWithRawResponse:
        from .exim import AsyncCredentialsEximResourceWithRawResponse

        return AsyncCredentialsEximResourceWithRawResponse(self._resource.exim)

    @cached_property
    def orgs(self) -> AsyncCredentialsOrgsResourceWithRawResponse:
        from .orgs import AsyncCredentialsOrgsResourceWithRawResponse

        return AsyncCredentialsOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def providers(self) -> AsyncCredentialsProvidersResourceWithRawResponse:
        from .providers import AsyncCredentialsProvidersResourceWithRawResponse

        return AsyncCredentialsProvidersResourceWithRawResponse(self._resource.providers)

    @cached_property
    def public(self) -> AsyncCredentialsPublicResourceWithRawResponse:
        from .public import AsyncCredentialsPublicResourceWithRawResponse

        return AsyncCredentialsPublicResourceWithRawResponse(self._resource.public)
