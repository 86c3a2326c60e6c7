"""`Client.providers.gcp.validate_signup_token`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_gcp_validate_signup_token_create as _providers_gcp_validate_signup_token_create,
)
from .....models.verify_gcp_market_place_request import VerifyGCPMarketPlaceRequest
from .....models.verify_gcp_market_place_response import VerifyGCPMarketPlaceResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersGcpValidateSignupTokenResource",
    "ProvidersGcpValidateSignupTokenResourceWithRawResponse",
    "AsyncProvidersGcpValidateSignupTokenResource",
    "AsyncProvidersGcpValidateSignupTokenResourceWithRawResponse",
]


class ProvidersGcpValidateSignupTokenResource:
    """`Client.providers.gcp.validate_signup_token`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGcpValidateSignupTokenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGcpValidateSignupTokenResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: VerifyGCPMarketPlaceRequest,
        **options: Unpack[RequestOptions],
    ) -> VerifyGCPMarketPlaceResponse: ...

    @overload
    def create(
        self,
        *,
        token: str,
        **options: Unpack[RequestOptions],
    ) -> VerifyGCPMarketPlaceResponse: ...

    def create(
        self,
        *,
        body: VerifyGCPMarketPlaceRequest | Unset = UNSET,
        token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VerifyGCPMarketPlaceResponse:
        """POST /api/providers/gcp/validate-signup-token/

        Args:
            body (VerifyGCPMarketPlaceRequest, request body)
            Or the body's fields as keywords instead of body=: token

        Returns:
            VerifyGCPMarketPlaceResponse
        """
        body = body_from_fields(
            "providers.gcp.validate_signup_token.create",
            body,
            VerifyGCPMarketPlaceRequest,
            ["token"],
            (("token", "token", token),),
        )
        return self._client._send(
            _providers_gcp_validate_signup_token_create.OPERATION,
            _providers_gcp_validate_signup_token_create.build_request(body=body),
            options,
        )


class ProvidersGcpValidateSignupTokenResourceWithRawResponse:
    """`Client.providers.gcp.validate_signup_token`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGcpValidateSignupTokenResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersGcpValidateSignupTokenResource:
    """`AsyncClient.providers.gcp.validate_signup_token`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersGcpValidateSignupTokenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGcpValidateSignupTokenResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: VerifyGCPMarketPlaceRequest,
        **options: Unpack[RequestOptions],
    ) -> VerifyGCPMarketPlaceResponse: ...

    @overload
    async def create(
        self,
        *,
        token: str,
        **options: Unpack[RequestOptions],
    ) -> VerifyGCPMarketPlaceResponse: ...

    async def create(
        self,
        *,
        body: VerifyGCPMarketPlaceRequest | Unset = UNSET,
        token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VerifyGCPMarketPlaceResponse:
        """POST /api/providers/gcp/validate-signup-token/

        Args:
            body (VerifyGCPMarketPlaceRequest, request body)
            Or the body's fields as keywords instead of body=: token

        Returns:
            VerifyGCPMarketPlaceResponse
        """
        body = body_from_fields(
            "providers.gcp.validate_signup_token.create",
            body,
            VerifyGCPMarketPlaceRequest,
            ["token"],
            (("token", "token", token),),
        )
        return await self._client._send(
            _providers_gcp_validate_signup_token_create.OPERATION,
            _providers_gcp_validate_signup_token_create.build_request(body=body),
            options,
        )


class AsyncProvidersGcpValidateSignupTokenResourceWithRawResponse:
    """`AsyncClient.providers.gcp.validate_signup_token`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGcpValidateSignupTokenResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
