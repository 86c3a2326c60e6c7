"""`Client.service`: 8 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .launch import (
        AsyncServiceLaunchResource,
        AsyncServiceLaunchResourceWithRawResponse,
        ServiceLaunchResource,
        ServiceLaunchResourceWithRawResponse,
    )
    from .manage import (
        AsyncServiceManageResource,
        AsyncServiceManageResourceWithRawResponse,
        ServiceManageResource,
        ServiceManageResourceWithRawResponse,
    )
    from .orgs import (
        AsyncServiceOrgsResource,
        AsyncServiceOrgsResourceWithRawResponse,
        ServiceOrgsResource,
        ServiceOrgsResourceWithRawResponse,
    )
    from .platforms import (
        AsyncServicePlatformsResource,
        AsyncServicePlatformsResourceWithRawResponse,
        ServicePlatformsResource,
        ServicePlatformsResourceWithRawResponse,
    )
    from .stripe import (
        AsyncServiceStripeResource,
        AsyncServiceStripeResourceWithRawResponse,
        ServiceStripeResource,
        ServiceStripeResourceWithRawResponse,
    )
    from .tenant import (
        AsyncServiceTenantResource,
        AsyncServiceTenantResourceWithRawResponse,
        ServiceTenantResource,
        ServiceTenantResourceWithRawResponse,
    )
    from .token import (
        AsyncServiceTokenResource,
        AsyncServiceTokenResourceWithRawResponse,
        ServiceTokenResource,
        ServiceTokenResourceWithRawResponse,
    )
    from .user import (
        AsyncServiceUserResource,
        AsyncServiceUserResourceWithRawResponse,
        ServiceUserResource,
        ServiceUserResourceWithRawResponse,
    )

__all__ = [
    "ServiceResource",
    "ServiceResourceWithRawResponse",
    "AsyncServiceResource",
    "AsyncServiceResourceWithRawResponse",
]


class ServiceResource:
    """`Client.service`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceResourceWithRawResponse(self)

    @cached_property
    def launch(self) -> ServiceLaunchResource:
        from .launch import ServiceLaunchResource

        return ServiceLaunchResource(self._client)

    @cached_property
    def manage(self) -> ServiceManageResource:
        from .manage import ServiceManageResource

        return ServiceManageResource(self._client)

    @cached_property
    def orgs(self) -> ServiceOrgsResource:
        from .orgs import ServiceOrgsResource

        return ServiceOrgsResource(self._client)

    @cached_property
    def platforms(self) -> ServicePlatformsResource:
        from .platforms import ServicePlatformsResource

        return ServicePlatformsResource(self._client)

    @cached_property
    def stripe(self) -> ServiceStripeResource:
        from .stripe import ServiceStripeResource

        return ServiceStripeResource(self._client)

    @cached_property
    def tenant(self) -> ServiceTenantResource:
        from .tenant import ServiceTenantResource

        return ServiceTenantResource(self._client)

    @cached_property
    def token(self) -> ServiceTokenResource:
        from .token import ServiceTokenResource

        return ServiceTokenResource(self._client)

    @cached_property
    def user(self) -> ServiceUserResource:
        from .user import ServiceUserResource

        return ServiceUserResource(self._client)


class ServiceResourceWithRawResponse:
    """`Client.service`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceResource) -> None:
        self._resource = resource

    @cached_property
    def launch(self) -> ServiceLaunchResourceWithRawResponse:
        from .launch import ServiceLaunchResourceWithRawResponse

        return ServiceLaunchResourceWithRawResponse(self._resource.launch)

    @cached_property
    def manage(self) -> ServiceManageResourceWithRawResponse:
        from .manage import ServiceManageResourceWithRawResponse

        return ServiceManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def orgs(self) -> ServiceOrgsResourceWithRawResponse:
        from .orgs import ServiceOrgsResourceWithRawResponse

        return ServiceOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def platforms(self) -> ServicePlatformsResourceWithRawResponse:
        from .platforms import ServicePlatformsResourceWithRawResponse

        return ServicePlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def stripe(self) -> ServiceStripeResourceWithRawResponse:
        from .stripe import ServiceStripeResourceWithRawResponse

        return ServiceStripeResourceWithRawResponse(self._resource.stripe)

    @cached_property
    def tenant(self) -> ServiceTenantResourceWithRawResponse:
        from .tenant import ServiceTenantResourceWithRawResponse

        return ServiceTenantResourceWithRawResponse(self._resource.tenant)

    @cached_property
    def token(self) -> ServiceTokenResourceWithRawResponse:
        from .token import ServiceTokenResourceWithRawResponse

        return ServiceTokenResourceWithRawResponse(self._resource.token)

    @cached_property
    def user(self) -> ServiceUserResourceWithRawResponse:
        from .user import ServiceUserResourceWithRawResponse

        return ServiceUserResourceWithRawResponse(self._resource.user)


class AsyncServiceResource:
    """`AsyncClient.service`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceResourceWithRawResponse(self)

    @cached_property
    def launch(self) -> AsyncServiceLaunchResource:
        from .launch import AsyncServiceLaunchResource

        return AsyncServiceLaunchResource(self._client)

    @cached_property
    def manage(self) -> AsyncServiceManageResource:
        from .manage import AsyncServiceManageResource

        return AsyncServiceManageResource(self._client)

    @cached_property
    def orgs(self) -> AsyncServiceOrgsResource:
        from .orgs import AsyncServiceOrgsResource

        return AsyncServiceOrgsResource(self._client)

    @cached_property
    def platforms(self) -> AsyncServicePlatformsResource:
        from .platforms import AsyncServicePlatformsResource

        return AsyncServicePlatformsResource(self._client)

    @cached_property
    def stripe(self) -> AsyncServiceStripeResource:
        from .stripe import AsyncServiceStripeResource

        return AsyncServiceStripeResource(self._client)

    @cached_property
    def tenant(self) -> AsyncServiceTenantResource:
        from .tenant import AsyncServiceTenantResource

        return AsyncServiceTenantResource(self._client)

    @cached_property
    def token(self) -> AsyncServiceTokenResource:
        from .token import AsyncServiceTokenResource

        return AsyncServiceTokenResource(self._client)

    @cached_property
    def user(self) -> AsyncServiceUserResource:
        from .user import AsyncServiceUserResource

        return AsyncServiceUserResource(self._client)


class AsyncServiceResourceWithRawResponse:
    """`AsyncClient.service`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceResource) -> None:
        self._resource = resource

    @cached_property
    def launch(self) -> AsyncServiceLaunchResourceWithRawResponse:
        from .launch import AsyncServiceLaunchResourceWithRawResponse

        return AsyncServiceLaunchResourceWithRawResponse(self._resource.launch)

    @cached_property
    def manage(self) -> AsyncServiceManageResourceWithRawResponse:
        from .manage import AsyncServiceManageResourceWithRawResponse

        return AsyncServiceManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def orgs(self) -> AsyncServiceOrgsResourceWithRawResponse:
        from .orgs import AsyncServiceOrgsResourceWithRawResponse

        return AsyncServiceOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def platforms(self) -> AsyncServicePlatformsResourceWithRawResponse:
        from .platforms import AsyncServicePlatformsResourceWithRawResponse

        return AsyncServicePlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def stripe(self) -> AsyncServiceStripeResourceWithRawResponse:
        from .stripe import AsyncServiceStripeResourceWithRawResponse

        return AsyncServiceStripeResourceWithRawResponse(self._resource.stripe)

    @cached_property
    def tenant(self) -> AsyncServiceTenantResourceWithRawResponse:
        from .tenant import AsyncServiceTenantResourceWithRawResponse

        return AsyncServiceTenantResourceWithRawResponse(self._resource.tenant)

    @cached_property
    def token(self) -> AsyncServiceTokenResourceWithRawResponse:
        from .token import AsyncServiceTokenResourceWithRawResponse

        return AsyncServiceTokenResourceWithRawResponse(self._resource.token)

    @cached_property
    def user(self) -> AsyncServiceUserResourceWithRawResponse:
        from .user import AsyncServiceUserResourceWithRawResponse

        return AsyncServiceUserResourceWithRawResponse(self._resource.user)
