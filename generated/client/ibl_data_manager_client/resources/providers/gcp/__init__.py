"""`Client.providers.gcp`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .create_organization import (
        AsyncProvidersGcpCreateOrganizationResource,
        AsyncProvidersGcpCreateOrganizationResourceWithRawResponse,
        ProvidersGcpCreateOrganizationResource,
        ProvidersGcpCreateOrganizationResourceWithRawResponse,
    )
    from .hook import (
        AsyncProvidersGcpHookResource,
        AsyncProvidersGcpHookResourceWithRawResponse,
        ProvidersGcpHookResource,
        ProvidersGcpHookResourceWithRawResponse,
    )
    from .launch_tenant import (
        AsyncProvidersGcpLaunchTenantResource,
        AsyncProvidersGcpLaunchTenantResourceWithRawResponse,
        ProvidersGcpLaunchTenantResource,
        ProvidersGcpLaunchTenantResourceWithRawResponse,
    )
    from .validate_signup_token import (
        AsyncProvidersGcpValidateSignupTokenResource,
        AsyncProvidersGcpValidateSignupTokenResourceWithRawResponse,
        ProvidersGcpValidateSignupTokenResource,
        ProvidersGcpValidateSignupTokenResourceWithRawResponse,
    )

__all__ = [
    "ProvidersGcpResource",
    "ProvidersGcpResourceWithRawResponse",
    "AsyncProvidersGcpResource",
    "AsyncProvidersGcpResourceWithRawResponse",
]


class ProvidersGcpResource:
    """`Client.providers.gcp`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGcpResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGcpResourceWithRawResponse(self)

    @cached_property
    def create_organization(self) -> ProvidersGcpCreateOrganizationResource:
        from .create_organization import ProvidersGcpCreateOrganizationResource

        return ProvidersGcpCreateOrganizationResource(self._client)

    @cached_property
    def hook(self) -> ProvidersGcpHookResource:
        from .hook import ProvidersGcpHookResource

        return ProvidersGcpHookResource(self._client)

    @cached_property
    def launch_tenant(self) -> ProvidersGcpLaunchTenantResource:
        from .launch_tenant import ProvidersGcpLaunchTenantResource

        return ProvidersGcpLaunchTenantResource(self._client)

    @cached_property
    def validate_signup_token(self) -> ProvidersGcpValidateSignupTokenResource:
        from .validate_signup_token import ProvidersGcpValidateSignupTokenResource

        return ProvidersGcpValidateSignupTokenResource(self._client)


class ProvidersGcpResourceWithRawResponse:
    """`Client.providers.gcp`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGcpResource) -> None:
        self._resource = resource

    @cached_property
    def create_organization(self) -> ProvidersGcpCreateOrganizationResourceWithRawResponse:
        from .create_organization import ProvidersGcpCreateOrganizationResourceWithRawResponse

        return ProvidersGcpCreateOrganizationResourceWithRawResponse(
            self._resource.create_organization
        )

    @cached_property
    def hook(self) -> ProvidersGcpHookResourceWithRawResponse:
        from .hook import ProvidersGcpHookResourceWithRawResponse

        return ProvidersGcpHookResourceWithRawResponse(self._resource.hook)

    @cached_property
    def launch_tenant(self) -> ProvidersGcpLaunchTenantResourceWithRawResponse:
        from .launch_tenant import ProvidersGcpLaunchTenantResourceWithRawResponse

        return ProvidersGcpLaunchTenantResourceWithRawResponse(self._resource.launch_tenant)

    @cached_property
    def validate_signup_token(self) -> ProvidersGcpValidateSignupTokenResourceWithRawResponse:
        from .validate_signup_token import ProvidersGcpValidateSignupTokenResourceWithRawResponse

        return ProvidersGcpValidateSignupTokenResourceWithRawResponse(
            self._resource.validate_signup_token
        )


class AsyncProvidersGcpResource:
    """`AsyncClient.providers.gcp`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersGcpResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGcpResourceWithRawResponse(self)

    @cached_property
    def create_organization(self) -> AsyncProvidersGcpCreateOrganizationResource:
        from .create_organization import AsyncProvidersGcpCreateOrganizationResource

        return AsyncProvidersGcpCreateOrganizationResource(self._client)

    @cached_property
    def hook(self) -> AsyncProvidersGcpHookResource:
        from .hook import AsyncProvidersGcpHookResource

        return AsyncProvidersGcpHookResource(self._client)

    @cached_property
    def launch_tenant(self) -> AsyncProvidersGcpLaunchTenantResource:
        from .launch_tenant import AsyncProvidersGcpLaunchTenantResource

        return AsyncProvidersGcpLaunchTenantResource(self._client)

    @cached_property
    def validate_signup_token(self) -> AsyncProvidersGcpValidateSignupTokenResource:
        from .validate_signup_token import AsyncProvidersGcpValidateSignupTokenResource

        return AsyncProvidersGcpValidateSignupTokenResource(self._client)


class AsyncProvidersGcpResourceWithRawResponse:
    """`AsyncClient.providers.gcp`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGcpResource) -> None:
        self._resource = resource

    @cached_property
    def create_organization(self) -> AsyncProvidersGcpCreateOrganizationResourceWithRawResponse:
        from .create_organization import AsyncProvidersGcpCreateOrganizationResourceWithRawResponse

        return AsyncProvidersGcpCreateOrganizationResourceWithRawResponse(
            self._resource.create_organization
        )

    @cached_property
    def hook(self) -> AsyncProvidersGcpHookResourceWithRawResponse:
        from .hook import AsyncProvidersGcpHookResourceWithRawResponse

        return AsyncProvidersGcpHookResourceWithRawResponse(self._resource.hook)

    @cached_property
    def launch_tenant(self) -> AsyncProvidersGcpLaunchTenantResourceWithRawResponse:
        from .launch_tenant import AsyncProvidersGcpLaunchTenantResourceWithRawResponse

        return AsyncProvidersGcpLaunchTenantResourceWithRawResponse(self._resource.launch_tenant)

    @cached_property
    def validate_signup_token(self) -> AsyncProvidersGcpValidateSignupTokenResourceWithRawResponse:
        from .validate_signup_token import (
            AsyncProvidersGcpValidateSignupTokenResourceWithRawResponse,
        )

        return AsyncProvidersGcpValidateSignupTokenResourceWithRawResponse(
            self._resource.validate_signup_token
        )
