"""`Client.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .scim import (
        AsyncOrgsScimResource,
        AsyncOrgsScimResourceWithRawResponse,
        OrgsScimResource,
        OrgsScimResourceWithRawResponse,
    )

__all__ = [
    "OrgsResource",
    "OrgsResourceWithRawResponse",
    "AsyncOrgsResource",
    "AsyncOrgsResourceWithRawResponse",
]


class OrgsResource:
    """`Client.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OrgsResourceWithRawResponse(self)

    @cached_property
    def scim(self) -> OrgsScimResource:
        from .scim import OrgsScimResource

        return OrgsScimResource(self._client)


class OrgsResourceWithRawResponse:
    """`Client.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OrgsResource) -> None:
        self._resource = resource

    @cached_property
    def scim(self) -> OrgsScimResourceWithRawResponse:
        from .scim import OrgsScimResourceWithRawResponse

        return OrgsScimResourceWithRawResponse(self._resource.scim)


class AsyncOrgsResource:
    """`AsyncClient.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOrgsResourceWithRawResponse(self)

    @cached_property
    def scim(self) -> AsyncOrgsScimResource:
        from .scim import AsyncOrgsScimResource

        return AsyncOrgsScimResource(self._client)


class AsyncOrgsResourceWithRawResponse:
    """`AsyncClient.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def scim(self) -> AsyncOrgsScimResourceWithRawResponse:
        from .scim import AsyncOrgsScimResourceWithRawResponse

        return AsyncOrgsScimResourceWithRawResponse(self._resource.scim)
