"""`Client.core.orgs.redirect_tokens.delete`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_orgs_redirect_tokens_delete_destroy as _core_orgs_redirect_tokens_delete_destroy,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreOrgsRedirectTokensDeleteResource",
    "CoreOrgsRedirectTokensDeleteResourceWithRawResponse",
    "AsyncCoreOrgsRedirectTokensDeleteResource",
    "AsyncCoreOrgsRedirectTokensDeleteResourceWithRawResponse",
]


class CoreOrgsRedirectTokensDeleteResource:
    """`Client.core.orgs.redirect_tokens.delete`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsRedirectTokensDeleteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsRedirectTokensDeleteResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        redirect_token: str,
        mentor_unique_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete specific token

        Args:
            org (str, path)
            redirect_token (str, path)
            mentor_unique_id (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _core_orgs_redirect_tokens_delete_destroy.OPERATION,
            _core_orgs_redirect_tokens_delete_destroy.build_request(
                org=org, redirect_token=redirect_token, mentor_unique_id=mentor_unique_id
            ),
            options,
        )


class CoreOrgsRedirectTokensDeleteResourceWithRawResponse:
    """`Client.core.orgs.redirect_tokens.delete`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsRedirectTokensDeleteResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)


class AsyncCoreOrgsRedirectTokensDeleteResource:
    """`AsyncClient.core.orgs.redirect_tokens.delete`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsRedirectTokensDeleteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsRedirectTokensDeleteResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        redirect_token: str,
        mentor_unique_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete specific token

        Args:
            org (str, path)
            redirect_token (str, path)
            mentor_unique_id (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_orgs_redirect_tokens_delete_destroy.OPERATION,
            _core_orgs_redirect_tokens_delete_destroy.build_request(
                org=org, redirect_token=redirect_token, mentor_unique_id=mentor_unique_id
            ),
            options,
        )


class AsyncCoreOrgsRedirectTokensDeleteResourceWithRawResponse:
    """`AsyncClient.core.orgs.redirect_tokens.delete`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsRedirectTokensDeleteResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
