"""`Client.core.domains.whitelist`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_domains_whitelist_create as _core_domains_whitelist_create
from .....api.core import core_domains_whitelist_retrieve as _core_domains_whitelist_retrieve
from .....models.whitelisted_domain import WhitelistedDomain
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreDomainsWhitelistResource",
    "CoreDomainsWhitelistResourceWithRawResponse",
    "AsyncCoreDomainsWhitelistResource",
    "AsyncCoreDomainsWhitelistResourceWithRawResponse",
]


class CoreDomainsWhitelistResource:
    """`Client.core.domains.whitelist`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreDomainsWhitelistResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreDomainsWhitelistResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        url_query: str,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if a domain is whitelisted

        Args:
            url_query (str, query)
            is_active (bool | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _core_domains_whitelist_retrieve.OPERATION,
            _core_domains_whitelist_retrieve.build_request(
                url_query=url_query, is_active=is_active
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: WhitelistedDomain,
        **options: Unpack[RequestOptions],
    ) -> WhitelistedDomain: ...

    @overload
    def create(
        self,
        *,
        url: str,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhitelistedDomain: ...

    def create(
        self,
        *,
        body: WhitelistedDomain | Unset = UNSET,
        url: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhitelistedDomain:
        """Add a new domain to whitelist

        Args:
            body (WhitelistedDomain, request body)
            Or the body's fields as keywords instead of body=: url, is_active

        Returns:
            WhitelistedDomain
        """
        body = body_from_fields(
            "core.domains.whitelist.create",
            body,
            WhitelistedDomain,
            ["url"],
            (
                ("url", "url", url),
                ("is_active", "is_active", is_active),
            ),
        )
        return self._client._send(
            _core_domains_whitelist_create.OPERATION,
            _core_domains_whitelist_create.build_request(body=body),
            options,
        )


class CoreDomainsWhitelistResourceWithRawResponse:
    """`Client.core.domains.whitelist`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreDomainsWhitelistResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCoreDomainsWhitelistResource:
    """`AsyncClient.core.domains.whitelist`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreDomainsWhitelistResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreDomainsWhitelistResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        url_query: str,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if a domain is whitelisted

        Args:
            url_query (str, query)
            is_active (bool | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_domains_whitelist_retrieve.OPERATION,
            _core_domains_whitelist_retrieve.build_request(
                url_query=url_query, is_active=is_active
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: WhitelistedDomain,
        **options: Unpack[RequestOptions],
    ) -> WhitelistedDomain: ...

    @overload
    async def create(
        self,
        *,
        url: str,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhitelistedDomain: ...

    async def create(
        self,
        *,
        body: WhitelistedDomain | Unset = UNSET,
        url: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhitelistedDomain:
        """Add a new domain to whitelist

        Args:
            body (WhitelistedDomain, request body)
            Or the body's fields as keywords instead of body=: url, is_active

        Returns:
            WhitelistedDomain
        """
        body = body_from_fields(
            "core.domains.whitelist.create",
            body,
            WhitelistedDomain,
            ["url"],
            (
                ("url", "url", url),
                ("is_active", "is_active", is_active),
            ),
        )
        return await self._client._send(
            _core_domains_whitelist_create.OPERATION,
            _core_domains_whitelist_create.build_request(body=body),
            options,
        )


class AsyncCoreDomainsWhitelistResourceWithRawResponse:
    """`AsyncClient.core.domains.whitelist`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreDomainsWhitelistResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
