"""`Client.service.orgs.users`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .stripe import (
        AsyncServiceOrgsUsersStripeResource,
        AsyncServiceOrgsUsersStripeResourceWithRawResponse,
        ServiceOrgsUsersStripeResource,
        ServiceOrgsUsersStripeResourceWithRawResponse,
    )

__all__ = [
    "ServiceOrgsUsersResource",
    "ServiceOrgsUsersResourceWithRawResponse",
    "AsyncServiceOrgsUsersResource",
    "AsyncServiceOrgsUsersResourceWithRawResponse",
]


class ServiceOrgsUsersResource:
    """`Client.service.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def stripe(self) -> ServiceOrgsUsersStripeResource:
        from .stripe import ServiceOrgsUsersStripeResource

        return ServiceOrgsUsersStripeResource(self._client)


class ServiceOrgsUsersResourceWithRawResponse:
    """`Client.service.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def stripe(self) -> ServiceOrgsUsersStripeResourceWithRawResponse:
        from .stripe import ServiceOrgsUsersStripeResourceWithRawResponse

        return ServiceOrgsUsersStripeResourceWithRawResponse(self._resource.stripe)


class AsyncServiceOrgsUsersResource:
    """`AsyncClient.service.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def stripe(self) -> AsyncServiceOrgsUsersStripeResource:
        from .stripe import AsyncServiceOrgsUsersStripeResource

        return AsyncServiceOrgsUsersStripeResource(self._client)


class AsyncServiceOrgsUsersResourceWithRawResponse:
    """`AsyncClient.service.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def stripe(self) -> AsyncServiceOrgsUsersStripeResourceWithRawResponse:
        from .stripe import AsyncServiceOrgsUsersStripeResourceWithRawResponse

        return AsyncServiceOrgsUsersStripeResourceWithRawResponse(self._resource.stripe)
