"""`Client.credentials.exim`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .credentials import (
        AsyncCredentialsEximCredentialsResource,
        AsyncCredentialsEximCredentialsResourceWithRawResponse,
        CredentialsEximCredentialsResource,
        CredentialsEximCredentialsResourceWithRawResponse,
    )

__all__ = [
    "CredentialsEximResource",
    "CredentialsEximResourceWithRawResponse",
    "AsyncCredentialsEximResource",
    "AsyncCredentialsEximResourceWithRawResponse",
]


class CredentialsEximResource:
    """`Client.credentials.exim`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsEximResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsEximResourceWithRawResponse(self)

    @cached_property
    def credentials(self) -> CredentialsEximCredentialsResource:
        from .credentials import CredentialsEximCredentialsResource

        return CredentialsEximCredentialsResource(self._client)


class CredentialsEximResourceWithRawResponse:
    """`Client.credentials.exim`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsEximResource) -> None:
        self._resource = resource

    @cached_property
    def credentials(self) -> CredentialsEximCredentialsResourceWithRawResponse:
        from .credentials import CredentialsEximCredentialsResourceWithRawResponse

        return CredentialsEximCredentialsResourceWithRawResponse(self._resource.credentials)


class AsyncCredentialsEximResource:
    """`AsyncClient.credentials.exim`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsEximResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsEximResourceWithRawResponse(self)

    @cached_property
    def credentials(self) -> AsyncCredentialsEximCredentialsResource:
        from .credentials import AsyncCredentialsEximCredentialsResource

        return AsyncCredentialsEximCredentialsResource(self._client)


class AsyncCredentialsEximResourceWithRawResponse:
    """`AsyncClient.credentials.exim`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsEximResource) -> None:
        self._resource = resource

    @cached_property
    def credentials(self) -> AsyncCredentialsEximCredentialsResourceWithRawResponse:
        from .credentials import AsyncCredentialsEximCredentialsResourceWithRawResponse

        return AsyncCredentialsEximCredentialsResourceWithRawResponse(self._resource.credentials)
