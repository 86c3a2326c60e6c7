"""`Client.core.rbac`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .groups import (
        AsyncCoreRbacGroupsResource,
        AsyncCoreRbacGroupsResourceWithRawResponse,
        CoreRbacGroupsResource,
        CoreRbacGroupsResourceWithRawResponse,
    )
    from .mentor_access import (
        AsyncCoreRbacMentorAccessResource,
        AsyncCoreRbacMentorAccessResourceWithRawResponse,
        CoreRbacMentorAccessResource,
        CoreRbacMentorAccessResourceWithRawResponse,
    )

__all__ = [
    "CoreRbacResource",
    "CoreRbacResourceWithRawResponse",
    "AsyncCoreRbacResource",
    "AsyncCoreRbacResourceWithRawResponse",
]


class CoreRbacResource:
    """`Client.core.rbac`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacResourceWithRawResponse(self)

    @cached_property
    def groups(self) -> CoreRbacGroupsResource:
        from .groups import CoreRbacGroupsResource

        return CoreRbacGroupsResource(self._client)

    @cached_property
    def mentor_access(self) -> CoreRbacMentorAccessResource:
        from .mentor_access import CoreRbacMentorAccessResource

        return CoreRbacMentorAccessResource(self._client)


class CoreRbacResourceWithRawResponse:
    """`Client.core.rbac`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacResource) -> None:
        self._resource = resource

    @cached_property
    def groups(self) -> CoreRbacGroupsResourceWithRawResponse:
        from .groups import CoreRbacGroupsResourceWithRawResponse

        return CoreRbacGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def mentor_access(self) -> CoreRbacMentorAccessResourceWithRawResponse:
        from .mentor_access import CoreRbacMentorAccessResourceWithRawResponse

        return CoreRbacMentorAccessResourceWithRawResponse(self._resource.mentor_access)


class AsyncCoreRbacResource:
    """`AsyncClient.core.rbac`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacResourceWithRawResponse(self)

    @cached_property
    def groups(self) -> AsyncCoreRbacGroupsResource:
        from .groups import AsyncCoreRbacGroupsResource

        return AsyncCoreRbacGroupsResource(self._client)

    @cached_property
    def mentor_access(self) -> AsyncCoreRbacMentorAccessResource:
        from .mentor_access import AsyncCoreRbacMentorAccessResource

        return AsyncCoreRbacMentorAccessResource(self._client)


class AsyncCoreRbacResourceWithRawResponse:
    """`AsyncClient.core.rbac`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacResource) -> None:
        self._resource = resource

    @cached_property
    def groups(self) -> AsyncCoreRbacGroupsResourceWithRawResponse:
        from .groups import AsyncCoreRbacGroupsResourceWithRawResponse

        return AsyncCoreRbacGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def mentor_access(self) -> AsyncCoreRbacMentorAccessResourceWithRawResponse:
        from .mentor_access import AsyncCoreRbacMentorAccessResourceWithRawResponse

        return AsyncCoreRbacMentorAccessResourceWithRawResponse(self._resource.mentor_access)
