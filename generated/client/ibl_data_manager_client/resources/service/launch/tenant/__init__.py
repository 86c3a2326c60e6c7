"""`Client.service.launch.tenant`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import service_launch_tenant_create as _service_launch_tenant_create
from .....models.tenant_launch_request import TenantLaunchRequest
from .....models.tenant_launch_response import TenantLaunchResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ServiceLaunchTenantResource",
    "ServiceLaunchTenantResourceWithRawResponse",
    "AsyncServiceLaunchTenantResource",
    "AsyncServiceLaunchTenantResourceWithRawResponse",
]


class ServiceLaunchTenantResource:
    """`Client.service.launch.tenant`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceLaunchTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceLaunchTenantResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: TenantLaunchRequest,
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
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    def create(
        self,
        *,
        body: TenantLaunchRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        key: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """User/tenant creation API  To create using any payment provider, ensure you use the
        StudentToken Authentication Mechanism  and also include the correct `provider_key` in
        the request body:  ```     apple_transaction_id: str     stripe_checkout_id: str
        x_gcp_marketplace_token: str     aws_transaction_id: str     google_pay_transaction_id:
        str ```  To create a tenant without a payment provider, call the API without ny of the
        above provider keys in the request body

        Args:
            body (TenantLaunchRequest, request body)
            Or the body's fields as keywords instead of body=: username, email, name, key,
                firstname, lastname, password, ignore_user_exists, is_advertising

        Returns:
            TenantLaunchResponse
        """
        body = body_from_fields(
            "service.launch.tenant.create",
            body,
            TenantLaunchRequest,
            ["username", "email", "name", "key"],
            (
                ("username", "username", username),
                ("email", "email", email),
                ("name", "name", name),
                ("key", "key", key),
                ("firstname", "firstname", firstname),
                ("lastname", "lastname", lastname),
                ("password", "password", password),
                ("ignore_user_exists", "ignore_user_exists", ignore_user_exists),
                ("is_advertising", "is_advertising", is_advertising),
            ),
        )
        return self._client._send(
            _service_launch_tenant_create.OPERATION,
            _service_launch_tenant_create.build_request(body=body),
            options,
        )


class ServiceLaunchTenantResourceWithRawResponse:
    """`Client.service.launch.tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceLaunchTenantResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceLaunchTenantResource:
    """`AsyncClient.service.launch.tenant`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceLaunchTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceLaunchTenantResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: TenantLaunchRequest,
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
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse: ...

    async def create(
        self,
        *,
        body: TenantLaunchRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        key: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """User/tenant creation API  To create using any payment provider, ensure you use the
        StudentToken Authentication Mechanism  and also include the correct `provider_key` in
        the request body:  ```     apple_transaction_id: str     stripe_checkout_id: str
        x_gcp_marketplace_token: str     aws_transaction_id: str     google_pay_transaction_id:
        str ```  To create a tenant without a payment provider, call the API without ny of the
        above provider keys in the request body

        Args:
            body (TenantLaunchRequest, request body)
            Or the body's fields as keywords instead of body=: username, email, name, key,
                firstname, lastname, password, ignore_user_exists, is_advertising

        Returns:
            TenantLaunchResponse
        """
        body = body_from_fields(
            "service.launch.tenant.create",
            body,
            TenantLaunchRequest,
            ["username", "email", "name", "key"],
            (
                ("username", "username", username),
                ("email", "email", email),
                ("name", "name", name),
                ("key", "key", key),
                ("firstname", "firstname", firstname),
                ("lastname", "lastname", lastname),
                ("password", "password", password),
                ("ignore_user_exists", "ignore_user_exists", ignore_user_exists),
                ("is_advertising", "is_advertising", is_advertising),
            ),
        )
        return await self._client._send(
            _service_launch_tenant_create.OPERATION,
            _service_launch_tenant_create.build_request(body=body),
            options,
        )


class AsyncServiceLaunchTenantResourceWithRawResponse:
    """`AsyncClient.service.launch.tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceLaunchTenantResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
