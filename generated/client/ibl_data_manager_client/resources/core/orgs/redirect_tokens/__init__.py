"""`Client.core.orgs.redirect_tokens`: 2 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_orgs_redirect_tokens_create as _core_orgs_redirect_tokens_create
from .....api.core import core_orgs_redirect_tokens_retrieve as _core_orgs_redirect_tokens_retrieve
from .....models.redirect_token_request import RedirectTokenRequest
from .....models.redirect_token_response import RedirectTokenResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .delete import (
        AsyncCoreOrgsRedirectTokensDeleteResource,
        AsyncCoreOrgsRedirectTokensDeleteResourceWithRawResponse,
        CoreOrgsRedirectTokensDeleteResource,
        CoreOrgsRedirectTokensDeleteResourceWithRawResponse,
    )

__all__ = [
    "CoreOrgsRedirectTokensResource",
    "CoreOrgsRedirectTokensResourceWithRawResponse",
    "AsyncCoreOrgsRedirectTokensResource",
    "AsyncCoreOrgsRedirectTokensResourceWithRawResponse",
]


class CoreOrgsRedirectTokensResource:
    """`Client.core.orgs.redirect_tokens`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsRedirectTokensResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsRedirectTokensResourceWithRawResponse(self)

    @cached_property
    def delete(self) -> CoreOrgsRedirectTokensDeleteResource:
        from .delete import CoreOrgsRedirectTokensDeleteResource

        return CoreOrgsRedirectTokensDeleteResource(self._client)

    @overload
    def create(
        self,
        *,
        org: str,
        body: RedirectTokenRequest,
        **options: Unpack[RequestOptions],
    ) -> RedirectTokenResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        url: str,
        mentor_unique_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RedirectTokenResponse: ...

    def create(
        self,
        *,
        org: str,
        body: RedirectTokenRequest | Unset = UNSET,
        url: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RedirectTokenResponse:
        """Creates redirect tokens for a URL specified by for a platform

        Args:
            org (str, path)
            body (RedirectTokenRequest, request body)
            Or the body's fields as keywords instead of body=: url, mentor_unique_id

        Returns:
            RedirectTokenResponse
        """
        body = body_from_fields(
            "core.orgs.redirect_tokens.create",
            body,
            RedirectTokenRequest,
            ["url"],
            (
                ("url", "url", url),
                ("mentor_unique_id", "mentor_unique_id", mentor_unique_id),
            ),
        )
        return self._client._send(
            _core_orgs_redirect_tokens_create.OPERATION,
            _core_orgs_redirect_tokens_create.build_request(org=org, body=body),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        redirect_token: str,
        **options: Unpack[RequestOptions],
    ) -> RedirectTokenResponse:
        """Returns Redirect URL for the token specified.  ``` Requires user to be a member of the
        platform with the token passed ```

        Args:
            org (str, path)
            redirect_token (str, path)

        Returns:
            RedirectTokenResponse
        """
        return self._client._send(
            _core_orgs_redirect_tokens_retrieve.OPERATION,
            _core_orgs_redirect_tokens_retrieve.build_request(
                org=org, redirect_token=redirect_token
            ),
            options,
        )


class CoreOrgsRedirectTokensResourceWithRawResponse:
    """`Client.core.orgs.redirect_tokens`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsRedirectTokensResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def delete(self) -> CoreOrgsRedirectTokensDeleteResourceWithRawResponse:
        from .delete import CoreOrgsRedirectTokensDeleteResourceWithRawResponse

        return CoreOrgsRedirectTokensDeleteResourceWithRawResponse(self._resource.delete)


class AsyncCoreOrgsRedirectTokensResource:
    """`AsyncClient.core.orgs.redirect_tokens`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsRedirectTokensResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsRedirectTokensResourceWithRawResponse(self)

    @cached_property
    def delete(self) -> AsyncCoreOrgsRedirectTokensDeleteResource:
        from .delete import AsyncCoreOrgsRedirectTokensDeleteResource

        return AsyncCoreOrgsRedirectTokensDeleteResource(self._client)

    @overload
    async def create(
        self,
        *,
        org: str,
        body: RedirectTokenRequest,
        **options: Unpack[RequestOptions],
    ) -> RedirectTokenResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        url: str,
        mentor_unique_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RedirectTokenResponse: ...

    async def create(
        self,
        *,
        org: str,
        body: RedirectTokenRequest | Unset = UNSET,
        url: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RedirectTokenResponse:
        """Creates redirect tokens for a URL specified by for a platform

        Args:
            org (str, path)
            body (RedirectTokenRequest, request body)
            Or the body's fields as keywords instead of body=: url, mentor_unique_id

        Returns:
            RedirectTokenResponse
        """
        body = body_from_fields(
            "core.orgs.redirect_tokens.create",
            body,
            RedirectTokenRequest,
            ["url"],
            (
                ("url", "url", url),
                ("mentor_unique_id", "mentor_unique_id", mentor_unique_id),
            ),
        )
        return await self._client._send(
            _core_orgs_redirect_tokens_create.OPERATION,
            _core_orgs_redirect_tokens_create.build_request(org=org, body=body),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        redirect_token: str,
        **options: Unpack[RequestOptions],
    ) -> RedirectTokenResponse:
        """Returns Redirect URL for the token specified.  ``` Requires user to be a member of the
        platform with the token passed ```

        Args:
            org (str, path)
            redirect_token (str, path)

        Returns:
            RedirectTokenResponse
        """
        return await self._client._send(
            _core_orgs_redirect_tokens_retrieve.OPERATION,
            _core_orgs_redirect_tokens_retrieve.build_request(
                org=org, redirect_token=redirect_token
            ),
            options,
        )


class AsyncCoreOrgsRedirectTokensResourceWithRawResponse:
    """`AsyncClient.core.orgs.redirect_tokens`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsRedirectTokensResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def delete(self) -> AsyncCoreOrgsRedirectTokensDeleteResourceWithRawResponse:
        from .delete import AsyncCoreOrgsRedirectTokensDeleteResourceWithRawResponse

        return AsyncCoreOrgsRedirectTokensDeleteResourceWithRawResponse(self._resource.delete)
