"""`Client.credentials.public`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .assertions import (
        AsyncCredentialsPublicAssertionsResource,
        AsyncCredentialsPublicAssertionsResourceWithRawResponse,
        CredentialsPublicAssertionsResource,
        CredentialsPublicAssertionsResourceWithRawResponse,
    )

__all__ = [
    "CredentialsPublicResource",
    "CredentialsPublicResourceWithRawResponse",
    "AsyncCredentialsPublicResource",
    "AsyncCredentialsPublicResourceWithRawResponse",
]


class CredentialsPublicResource:
    """`Client.credentials.public`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsPublicResourceWithRawResponse(self)

    @cached_property
    def assertions(self) -> CredentialsPublicAssertionsResource:
        from .assertions import CredentialsPublicAssertionsResource

        return CredentialsPublicAssertionsResource(self._client)


class CredentialsPublicResourceWithRawResponse:
    """`Client.credentials.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsPublicResource) -> None:
        self._resource = resource

    @cached_property
    def assertions(self) -> CredentialsPublicAssertionsResourceWithRawResponse:
        from .assertions import CredentialsPublicAssertionsResourceWithRawResponse

        return CredentialsPublicAssertionsResourceWithRawResponse(self._resource.assertions)


class AsyncCredentialsPublicResource:
    """`AsyncClient.credentials.public`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsPublicResourceWithRawResponse(self)

    @cached_property
    def assertions(self) -> AsyncCredentialsPublicAssertionsResource:
        from .assertions import AsyncCredentialsPublicAssertionsResource

        return AsyncCredentialsPublicAssertionsResource(self._client)


class AsyncCredentialsPublicResourceWithRawResponse:
    """`AsyncClient.credentials.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsPublicResource) -> None:
        self._resource = resource

    @cached_property
    def assertions(self) -> AsyncCredentialsPublicAssertionsResourceWithRawResponse:
        from .assertions import AsyncCredentialsPublicAssertionsResourceWithRawResponse

        return AsyncCredentialsPublicAssertionsResourceWithRawResponse(self._resource.assertions)
