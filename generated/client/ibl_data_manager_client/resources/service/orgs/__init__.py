"""`Client.service.orgs`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .stripe import (
        AsyncServiceOrgsStripeResource,
        AsyncServiceOrgsStripeResourceWithRawResponse,
        ServiceOrgsStripeResource,
        ServiceOrgsStripeResourceWithRawResponse,
    )
    from .users import (
        AsyncServiceOrgsUsersResource,
        AsyncServiceOrgsUsersResourceWithRawResponse,
        ServiceOrgsUsersResource,
        ServiceOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "ServiceOrgsResource",
    "ServiceOrgsResourceWithRawResponse",
    "AsyncServiceOrgsResource",
    "AsyncServiceOrgsResourceWithRawResponse",
]


class ServiceOrgsResource:
    """`Client.service.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsResourceWithRawResponse(self)

    @cached_property
    def stripe(self) -> ServiceOrgsStripeResource:
        from .stripe import ServiceOrgsStripeResource

        return ServiceOrgsStripeResource(self._client)

    @cached_property
    def users(self) -> ServiceOrgsUsersResource:
        from .users import ServiceOrgsUsersResource

        return ServiceOrgsUsersResource(self._client)


class ServiceOrgsResourceWithRawResponse:
    """`Client.service.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def stripe(self) -> ServiceOrgsStripeResourceWithRawResponse:
        from .stripe import ServiceOrgsStripeResourceWithRawResponse

        return ServiceOrgsStripeResourceWithRawResponse(self._resource.stripe)

    @cached_property
    def users(self) -> ServiceOrgsUsersResourceWithRawResponse:
        from .users import ServiceOrgsUsersResourceWithRawResponse

        return ServiceOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncServiceOrgsResource:
    """`AsyncClient.service.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsResourceWithRawResponse(self)

    @cached_property
    def stripe(self) -> AsyncServiceOrgsStripeResource:
        from .stripe import AsyncServiceOrgsStripeResource

        return AsyncServiceOrgsStripeResource(self._client)

    @cached_property
    def users(self) -> AsyncServiceOrgsUsersResource:
        from .users import AsyncServiceOrgsUsersResource

        return AsyncServiceOrgsUsersResource(self._client)


class AsyncServiceOrgsResourceWithRawResponse:
    """`AsyncClient.service.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def stripe(self) -> AsyncServiceOrgsStripeResourceWithRawResponse:
        from .stripe import AsyncServiceOrgsStripeResourceWithRawResponse

        return AsyncServiceOrgsStripeResourceWithRawResponse(self._resource.stripe)

    @cached_property
    def users(self) -> AsyncServiceOrgsUsersResourceWithRawResponse:
        from .users import AsyncServiceOrgsUsersResourceWithRawResponse

        return AsyncServiceOrgsUsersResourceWithRawResponse(self._resource.users)
