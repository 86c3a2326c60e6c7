"""`Client.service.orgs.users.stripe.products`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.commerce import (
    service_orgs_users_stripe_products_retrieve as _service_orgs_users_stripe_products_retrieve,
)
from .......models.stripe_local_product import StripeLocalProduct

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .manage import (
        AsyncServiceOrgsUsersStripeProductsManageResource,
        AsyncServiceOrgsUsersStripeProductsManageResourceWithRawResponse,
        ServiceOrgsUsersStripeProductsManageResource,
        ServiceOrgsUsersStripeProductsManageResourceWithRawResponse,
    )

__all__ = [
    "ServiceOrgsUsersStripeProductsResource",
    "ServiceOrgsUsersStripeProductsResourceWithRawResponse",
    "AsyncServiceOrgsUsersStripeProductsResource",
    "AsyncServiceOrgsUsersStripeProductsResourceWithRawResponse",
]


class ServiceOrgsUsersStripeProductsResource:
    """`Client.service.orgs.users.stripe.products`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsUsersStripeProductsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsUsersStripeProductsResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> ServiceOrgsUsersStripeProductsManageResource:
        from .manage import ServiceOrgsUsersStripeProductsManageResource

        return ServiceOrgsUsersStripeProductsManageResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> StripeLocalProduct:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            StripeLocalProduct
        """
        return self._client._send(
            _service_orgs_users_stripe_products_retrieve.OPERATION,
            _service_orgs_users_stripe_products_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class ServiceOrgsUsersStripeProductsResourceWithRawResponse:
    """`Client.service.orgs.users.stripe.products`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsUsersStripeProductsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def manage(self) -> ServiceOrgsUsersStripeProductsManageResourceWithRawResponse:
        from .manage import ServiceOrgsUsersStripeProductsManageResourceWithRawResponse

        return ServiceOrgsUsersStripeProductsManageResourceWithRawResponse(self._resource.manage)


class AsyncServiceOrgsUsersStripeProductsResource:
    """`AsyncClient.service.orgs.users.stripe.products`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceOrgsUsersStripeProductsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsUsersStripeProductsResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> AsyncServiceOrgsUsersStripeProductsManageResource:
        from .manage import AsyncServiceOrgsUsersStripeProductsManageResource

        return AsyncServiceOrgsUsersStripeProductsManageResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> StripeLocalProduct:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            StripeLocalProduct
        """
        return await self._client._send(
            _service_orgs_users_stripe_products_retrieve.OPERATION,
            _service_orgs_users_stripe_products_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncServiceOrgsUsersStripeProductsResourceWithRawResponse:
    """`AsyncClient.service.orgs.users.stripe.products`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsUsersStripeProductsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def manage(self) -> AsyncServiceOrgsUsersStripeProductsManageResourceWithRawResponse:
        from .manage import AsyncServiceOrgsUsersStripeProductsManageResourceWithRawResponse

        return AsyncServiceOrgsUsersStripeProductsManageResourceWithRawResponse(
            self._resource.manage
        )
