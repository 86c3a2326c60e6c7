"""`Client.core.rbac.teams`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .access import (
        AsyncCoreRbacTeamsAccessResource,
        AsyncCoreRbacTeamsAccessResourceWithRawResponse,
        CoreRbacTeamsAccessResource,
        CoreRbacTeamsAccessResourceWithRawResponse,
    )

__all__ = [
    "CoreRbacTeamsResource",
    "CoreRbacTeamsResourceWithRawResponse",
    "AsyncCoreRbacTeamsResource",
    "AsyncCoreRbacTeamsResourceWithRawResponse",
]


class CoreRbacTeamsResource:
    """`Client.core.rbac.teams`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacTeamsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacTeamsResourceWithRawResponse(self)

    @cached_property
    def access(self) -> CoreRbacTeamsAccessResource:
        from .access import CoreRbacTeamsAccessResource

        return CoreRbacTeamsAccessResource(self._client)


class CoreRbacTeamsResourceWithRawResponse:
    """`Client.core.rbac.teams`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacTeamsResource) -> None:
        self._resource = resource

    @cached_property
    def access(self) -> CoreRbacTeamsAccessResourceWithRawResponse:
        from .access import CoreRbacTeamsAccessResourceWithRawResponse

        return CoreRbacTeamsAccessResourceWithRawResponse(self._resource.access)


class AsyncCoreRbacTeamsResource:
    """`AsyncClient.core.rbac.teams`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacTeamsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacTeamsResourceWithRawResponse(self)

    @cached_property
    def access(self) -> AsyncCoreRbacTeamsAccessResource:
        from .access import AsyncCoreRbacTeamsAccessResource

        return AsyncCoreRbacTeamsAccessResource(self._client)


class AsyncCoreRbacTeamsResourceWithRawResponse:
    """`AsyncClient.core.rbac.teams`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacTeamsResource) -> None:
        self._resource = resource

    @cached_property
    def access(self) -> AsyncCoreRbacTeamsAccessResourceWithRawResponse:
        from .access import AsyncCoreRbacTeamsAccessResourceWithRawResponse

        return AsyncCoreRbacTeamsAccessResourceWithRawResponse(self._resource.access)
