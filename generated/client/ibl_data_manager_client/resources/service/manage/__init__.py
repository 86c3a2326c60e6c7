"""`Client.service.manage`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .user import (
        AsyncServiceManageUserResource,
        AsyncServiceManageUserResourceWithRawResponse,
        ServiceManageUserResource,
        ServiceManageUserResourceWithRawResponse,
    )

__all__ = [
    "ServiceManageResource",
    "ServiceManageResourceWithRawResponse",
    "AsyncServiceManageResource",
    "AsyncServiceManageResourceWithRawResponse",
]


class ServiceManageResource:
    """`Client.service.manage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceManageResourceWithRawResponse(self)

    @cached_property
    def user(self) -> ServiceManageUserResource:
        from .user import ServiceManageUserResource

        return ServiceManageUserResource(self._client)


class ServiceManageResourceWithRawResponse:
    """`Client.service.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceManageResource) -> None:
        self._resource = resource

    @cached_property
    def user(self) -> ServiceManageUserResourceWithRawResponse:
        from .user import ServiceManageUserResourceWithRawResponse

        return ServiceManageUserResourceWithRawResponse(self._resource.user)


class AsyncServiceManageResource:
    """`AsyncClient.service.manage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceManageResourceWithRawResponse(self)

    @cached_property
    def user(self) -> AsyncServiceManageUserResource:
        from .user import AsyncServiceManageUserResource

        return AsyncServiceManageUserResource(self._client)


class AsyncServiceManageResourceWithRawResponse:
    """`AsyncClient.service.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceManageResource) -> None:
        self._resource = resource

    @cached_property
    def user(self) -> AsyncServiceManageUserResourceWithRawResponse:
        from .user import AsyncServiceManageUserResourceWithRawResponse

        return AsyncServiceManageUserResourceWithRawResponse(self._resource.user)
