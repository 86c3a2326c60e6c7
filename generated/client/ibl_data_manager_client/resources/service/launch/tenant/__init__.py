"""`Client.service.launch.tenant`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import service_launch_tenant_create as _service_launch_tenant_create
from .....models.tenant_launch_request import TenantLaunchRequest
from .....models.tenant_launch_response import TenantLaunchResponse

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

    def create(
        self,
        *,
        body: TenantLaunchRequest,
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

        Returns:
            TenantLaunchResponse
        """
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

    async def create(
        self,
        *,
        body: TenantLaunchRequest,
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

        Returns:
            TenantLaunchResponse
        """
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
