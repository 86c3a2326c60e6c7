"""`Client.orgs.scim`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .v2 import (
        AsyncOrgsScimV2Resource,
        AsyncOrgsScimV2ResourceWithRawResponse,
        OrgsScimV2Resource,
        OrgsScimV2ResourceWithRawResponse,
    )

__all__ = [
    "OrgsScimResource",
    "OrgsScimResourceWithRawResponse",
    "AsyncOrgsScimResource",
    "AsyncOrgsScimResourceWithRawResponse",
]


class OrgsScimResource:
    """`Client.orgs.scim`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrgsScimResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OrgsScimResourceWithRawResponse(self)

    @cached_property
    def v2(self) -> OrgsScimV2Resource:
        from .v2 import OrgsScimV2Resource

        return OrgsScimV2Resource(self._client)


class OrgsScimResourceWithRawResponse:
    """`Client.orgs.scim`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OrgsScimResource) -> None:
        self._resource = resource

    @cached_property
    def v2(self) -> OrgsScimV2ResourceWithRawResponse:
        from .v2 import OrgsScimV2ResourceWithRawResponse

        return OrgsScimV2ResourceWithRawResponse(self._resource.v2)


class AsyncOrgsScimResource:
    """`AsyncClient.orgs.scim`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrgsScimResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOrgsScimResourceWithRawResponse(self)

    @cached_property
    def v2(self) -> AsyncOrgsScimV2Resource:
        from .v2 import AsyncOrgsScimV2Resource

        return AsyncOrgsScimV2Resource(self._client)


class AsyncOrgsScimResourceWithRawResponse:
    """`AsyncClient.orgs.scim`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOrgsScimResource) -> None:
        self._resource = resource

    @cached_property
    def v2(self) -> AsyncOrgsScimV2ResourceWithRawResponse:
        from .v2 import AsyncOrgsScimV2ResourceWithRawResponse

        return AsyncOrgsScimV2ResourceWithRawResponse(self._resource.v2)
