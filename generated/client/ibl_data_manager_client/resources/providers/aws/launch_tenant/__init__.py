"""`Client.providers.aws.launch_tenant`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_aws_launch_tenant_create as _providers_aws_launch_tenant_create,
)
from .....models.aws_tenant_launch_request import AWSTenantLaunchRequest
from .....models.tenant_launch_response import TenantLaunchResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersAwsLaunchTenantResource",
    "ProvidersAwsLaunchTenantResourceWithRawResponse",
    "AsyncProvidersAwsLaunchTenantResource",
    "AsyncProvidersAwsLaunchTenantResourceWithRawResponse",
]


class ProvidersAwsLaunchTenantResource:
    """`Client.providers.aws.launch_tenant`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAwsLaunchTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAwsLaunchTenantResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: AWSTenantLaunchRequest,
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
        aws_transaction_id: str,
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
        body: AWSTenantLaunchRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        key: str | Unset = UNSET,
        aws_transaction_id: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an authorized
        user hence the need for the API  The API validates the x_amzn_marketplace_token and then
        proxies the request to the Platform Launch API

        Args:
            body (AWSTenantLaunchRequest, request body)
            Or the body's fields as keywords instead of body=: username, email, name, key,
                aws_transaction_id, firstname, lastname, password, ignore_user_exists,
                is_advertising

        Returns:
            TenantLaunchResponse
        """
        body = body_from_fields(
            "providers.aws.launch_tenant.create",
            body,
            AWSTenantLaunchRequest,
            ["username", "email", "name", "key", "aws_transaction_id"],
            (
                ("username", "username", username),
                ("email", "email", email),
                ("name", "name", name),
                ("key", "key", key),
                ("aws_transaction_id", "aws_transaction_id", aws_transaction_id),
                ("firstname", "firstname", firstname),
                ("lastname", "lastname", lastname),
                ("password", "password", password),
                ("ignore_user_exists", "ignore_user_exists", ignore_user_exists),
                ("is_advertising", "is_advertising", is_advertising),
            ),
        )
        return self._client._send(
            _providers_aws_launch_tenant_create.OPERATION,
            _providers_aws_launch_tenant_create.build_request(body=body),
            options,
        )


class ProvidersAwsLaunchTenantResourceWithRawResponse:
    """`Client.providers.aws.launch_tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAwsLaunchTenantResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersAwsLaunchTenantResource:
    """`AsyncClient.providers.aws.launch_tenant`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAwsLaunchTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAwsLaunchTenantResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: AWSTenantLaunchRequest,
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
        aws_transaction_id: str,
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
        body: AWSTenantLaunchRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        key: str | Unset = UNSET,
        aws_transaction_id: str | Unset = UNSET,
        firstname: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        password: str | Unset = UNSET,
        ignore_user_exists: bool | Unset = UNSET,
        is_advertising: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an authorized
        user hence the need for the API  The API validates the x_amzn_marketplace_token and then
        proxies the request to the Platform Launch API

        Args:
            body (AWSTenantLaunchRequest, request body)
            Or the body's fields as keywords instead of body=: username, email, name, key,
                aws_transaction_id, firstname, lastname, password, ignore_user_exists,
                is_advertising

        Returns:
            TenantLaunchResponse
        """
        body = body_from_fields(
            "providers.aws.launch_tenant.create",
            body,
            AWSTenantLaunchRequest,
            ["username", "email", "name", "key", "aws_transaction_id"],
            (
                ("username", "username", username),
                ("email", "email", email),
                ("name", "name", name),
                ("key", "key", key),
                ("aws_transaction_id", "aws_transaction_id", aws_transaction_id),
                ("firstname", "firstname", firstname),
                ("lastname", "lastname", lastname),
                ("password", "password", password),
                ("ignore_user_exists", "ignore_user_exists", ignore_user_exists),
                ("is_advertising", "is_advertising", is_advertising),
            ),
        )
        return await self._client._send(
            _providers_aws_launch_tenant_create.OPERATION,
            _providers_aws_launch_tenant_create.build_request(body=body),
            options,
        )


class AsyncProvidersAwsLaunchTenantResourceWithRawResponse:
    """`AsyncClient.providers.aws.launch_tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAwsLaunchTenantResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
