"""`Client.custom_domains`: 1 operation and 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ..._operation import RequestOptions
from ..._response import async_to_raw_response, to_raw_response
from ...api.custom_domains import custom_domains_retrieve as _custom_domains_retrieve

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .by_name import (
        AsyncCustomDomainsByNameResource,
        AsyncCustomDomainsByNameResourceWithRawResponse,
        CustomDomainsByNameResource,
        CustomDomainsByNameResourceWithRawResponse,
    )
    from .create import (
        AsyncCustomDomainsCreateResource,
        AsyncCustomDomainsCreateResourceWithRawResponse,
        CustomDomainsCreateResource,
        CustomDomainsCreateResourceWithRawResponse,
    )
    from .delete import (
        AsyncCustomDomainsDeleteResource,
        AsyncCustomDomainsDeleteResourceWithRawResponse,
        CustomDomainsDeleteResource,
        CustomDomainsDeleteResourceWithRawResponse,
    )
    from .deleted_status import (
        AsyncCustomDomainsDeletedStatusResource,
        AsyncCustomDomainsDeletedStatusResourceWithRawResponse,
        CustomDomainsDeletedStatusResource,
        CustomDomainsDeletedStatusResourceWithRawResponse,
    )
    from .status import (
        AsyncCustomDomainsStatusResource,
        AsyncCustomDomainsStatusResourceWithRawResponse,
        CustomDomainsStatusResource,
        CustomDomainsStatusResourceWithRawResponse,
    )

__all__ = [
    "CustomDomainsResource",
    "CustomDomainsResourceWithRawResponse",
    "AsyncCustomDomainsResource",
    "AsyncCustomDomainsResourceWithRawResponse",
]


class CustomDomainsResource:
    """`Client.custom_domains`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomDomainsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CustomDomainsResourceWithRawResponse(self)

    @cached_property
    def by_name(self) -> CustomDomainsByNameResource:
        from .by_name import CustomDomainsByNameResource

        return CustomDomainsByNameResource(self._client)

    @cached_property
    def create(self) -> CustomDomainsCreateResource:
        from .create import CustomDomainsCreateResource

        return CustomDomainsCreateResource(self._client)

    @cached_property
    def delete(self) -> CustomDomainsDeleteResource:
        from .delete import CustomDomainsDeleteResource

        return CustomDomainsDeleteResource(self._client)

    @cached_property
    def deleted_status(self) -> CustomDomainsDeletedStatusResource:
        from .deleted_status import CustomDomainsDeletedStatusResource

        return CustomDomainsDeletedStatusResource(self._client)

    @cached_property
    def status(self) -> CustomDomainsStatusResource:
        from .status import CustomDomainsStatusResource

        return CustomDomainsStatusResource(self._client)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to get custom domains (public, no authentication or permission checks)

        Returns:
            None
        """
        return self._client._send(
            _custom_domains_retrieve.OPERATION, _custom_domains_retrieve.build_request(), options
        )


class CustomDomainsResourceWithRawResponse:
    """`Client.custom_domains`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CustomDomainsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def by_name(self) -> CustomDomainsByNameResourceWithRawResponse:
        from .by_name import CustomDomainsByNameResourceWithRawResponse

        return CustomDomainsByNameResourceWithRawResponse(self._resource.by_name)

    @cached_property
    def create(self) -> CustomDomainsCreateResourceWithRawResponse:
        from .create import CustomDomainsCreateResourceWithRawResponse

        return CustomDomainsCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def delete(self) -> CustomDomainsDeleteResourceWithRawResponse:
        from .delete import CustomDomainsDeleteResourceWithRawResponse

        return CustomDomainsDeleteResourceWithRawResponse(self._resource.delete)

    @cached_property
    def deleted_status(self) -> CustomDomainsDeletedStatusResourceWithRawResponse:
        from .deleted_status import CustomDomainsDeletedStatusResourceWithRawResponse

        return CustomDomainsDeletedStatusResourceWithRawResponse(self._resource.deleted_status)

    @cached_property
    def status(self) -> CustomDomainsStatusResourceWithRawResponse:
        from .status import CustomDomainsStatusResourceWithRawResponse

        return CustomDomainsStatusResourceWithRawResponse(self._resource.status)


class AsyncCustomDomainsResource:
    """`AsyncClient.custom_domains`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCustomDomainsResourceWithRawResponse(self)

    @cached_property
    def by_name(self) -> AsyncCustomDomainsByNameResource:
        from .by_name import AsyncCustomDomainsByNameResource

        return AsyncCustomDomainsByNameResource(self._client)

    @cached_property
    def create(self) -> AsyncCustomDomainsCreateResource:
        from .create import AsyncCustomDomainsCreateResource

        return AsyncCustomDomainsCreateResource(self._client)

    @cached_property
    def delete(self) -> AsyncCustomDomainsDeleteResource:
        from .delete import AsyncCustomDomainsDeleteResource

        return AsyncCustomDomainsDeleteResource(self._client)

    @cached_property
    def deleted_status(self) -> AsyncCustomDomainsDeletedStatusResource:
        from .deleted_status import AsyncCustomDomainsDeletedStatusResource

        return AsyncCustomDomainsDeletedStatusResource(self._client)

    @cached_property
    def status(self) -> AsyncCustomDomainsStatusResource:
        from .status import AsyncCustomDomainsStatusResource

        return AsyncCustomDomainsStatusResource(self._client)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to get custom domains (public, no authentication or permission checks)

        Returns:
            None
        """
        return await self._client._send(
            _custom_domains_retrieve.OPERATION, _custom_domains_retrieve.build_request(), options
        )


class AsyncCustomDomainsResourceWithRawResponse:
    """`AsyncClient.custom_domains`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCustomDomainsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def by_name(self) -> AsyncCustomDomainsByNameResourceWithRawResponse:
        from .by_name import AsyncCustomDomainsByNameResourceWithRawResponse

        return AsyncCustomDomainsByNameResourceWithRawResponse(self._resource.by_name)

    @cached_property
    def create(self) -> AsyncCustomDomainsCreateResourceWithRawResponse:
        from .create import AsyncCustomDomainsCreateResourceWithRawResponse

        return AsyncCustomDomainsCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def delete(self) -> AsyncCustomDomainsDeleteResourceWithRawResponse:
        from .delete import AsyncCustomDomainsDeleteResourceWithRawResponse

        return AsyncCustomDomainsDeleteResourceWithRawResponse(self._resource.delete)

    @cached_property
    def deleted_status(self) -> AsyncCustomDomainsDeletedStatusResourceWithRawResponse:
        from .deleted_status import AsyncCustomDomainsDeletedStatusResourceWithRawResponse

        return AsyncCustomDomainsDeletedStatusResourceWithRawResponse(self._resource.deleted_status)

    @cached_property
    def status(self) -> AsyncCustomDomainsStatusResourceWithRawResponse:
        from .status import AsyncCustomDomainsStatusResourceWithRawResponse

        return AsyncCustomDomainsStatusResourceWithRawResponse(self._resource.status)
