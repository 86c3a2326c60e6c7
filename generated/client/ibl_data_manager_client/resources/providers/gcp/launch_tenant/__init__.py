"""`Client.providers.gcp.launch_tenant`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_gcp_launch_tenant_create as _providers_gcp_launch_tenant_create,
)
from .....models.gcp_tenant_launch_request import GCPTenantLaunchRequest
from .....models.tenant_launch_response import TenantLaunchResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersGcpLaunchTenantResource",
    "ProvidersGcpLaunchTenantResourceWithRawResponse",
    "AsyncProvidersGcpLaunchTenantResource",
    "AsyncProvidersGcpLaunchTenantResourceWithRawResponse",
]


class ProvidersGcpLaunchTenantResource:
    """`Client.providers.gcp.launch_tenant`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGcpLaunchTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGcpLaunchTenantResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: GCPTenantLaunchRequest,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    @overload
    def create(
        self,
        *,
        username: str,
        email: str,
        name: str,
        key: str,
        x_gcp_marketplace_token: str,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        product_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    def create(
        self,
        *,
        body: GCPTenantLaunchRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        key: str | Unset = UNSET,
        x_gcp_marketplace_token: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        product_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an authorized
        user hence the need for the API  The API validates the x_gcp_marketplace_token and then
        proxies the request to the Platform Launc API

        Args:
            body (GCPTenantLaunchRequest, request body)
            Or the body's fields as keywords instead of body=: username, email, name, key,
                x_gcp_marketplace_token, firstname, lastname, password, ignore_user_exists,
                is_advertising, product_id

        Returns:
            TenantLaunchResponse
        """
        body = body_from_fields(
            "providers.gcp.launch_tenant.create",
            body,
            GCPTenantLaunchRequest,
            ["username", "email", "name", "key", "x_gcp_marketplace_token"],
            (
                ("username", "username", username),
                ("email", "email", email),
                ("name", "name", name),
                ("key", "key", key),
                ("x_gcp_marketplace_token", "x_gcp_marketplace_token", x_gcp_marketplace_token),
                ("firstname", "firstname", firstname),
                ("lastname", "lastname", lastname),
                ("password", "password", password),
                ("ignore_user_exists", "ignore_user_exists", ignore_user_exists),
                ("is_advertising", "is_advertising", is_advertising),
                ("product_id", "product_id", product_id),
            ),
        )
        return self._client._send(
            _providers_gcp_launch_tenant_create.OPERATION,
            _providers_gcp_launch_tenant_create.build_request(body=body),
            options,
        )


class ProvidersGcpLaunchTenantResourceWithRawResponse:
    """`Client.providers.gcp.launch_tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGcpLaunchTenantResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersGcpLaunchTenantResource:
    """`AsyncClient.providers.gcp.launch_tenant`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersGcpLaunchTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGcpLaunchTenantResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: GCPTenantLaunchRequest,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    @overload
    async def create(
        self,
        *,
        username: str,
        email: str,
        name: str,
        key: str,
        x_gcp_marketplace_token: str,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        product_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    async def create(
        self,
        *,
        body: GCPTenantLaunchRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        key: str | Unset = UNSET,
        x_gcp_marketplace_token: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        product_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an authorized
        user hence the need for the API  The API validates the x_gcp_marketplace_token and then
        proxies the request to the Platform Launc API

        Args:
            body (GCPTenantLaunchRequest, request body)
            Or the body's fields as keywords instead of body=: username, email, name, key,
                x_gcp_marketplace_token, firstname, lastname, password, ignore_user_exists,
                is_advertising, product_id

        Returns:
            TenantLaunchResponse
        """
        body = body_from_fields(
            "providers.gcp.launch_tenant.create",
            body,
            GCPTenantLaunchRequest,
            ["username", "email", "name", "key", "x_gcp_marketplace_token"],
            (
                ("username", "username", username),
                ("email", "email", email),
                ("name", "name", name),
                ("key", "key", key),
                ("x_gcp_marketplace_token", "x_gcp_marketplace_token", x_gcp_marketplace_token),
                ("firstname", "firstname", firstname),
                ("lastname", "lastname", lastname),
                ("password", "password", password),
                ("ignore_user_exists", "ignore_user_exists", ignore_user_exists),
                ("is_advertising", "is_advertising", is_advertising),
                ("product_id", "product_id", product_id),
            ),
        )
        return await self._client._send(
            _providers_gcp_launch_tenant_create.OPERATION,
            _providers_gcp_launch_tenant_create.build_request(body=body),
            options,
        )


class AsyncProvidersGcpLaunchTenantResourceWithRawResponse:
    """`AsyncClient.providers.gcp.launch_tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGcpLaunchTenantResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
