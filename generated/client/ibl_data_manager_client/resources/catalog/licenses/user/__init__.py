"""`Client.catalog.licenses.user`: 1 operation and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_licenses_user_retrieve as _catalog_licenses_user_retrieve
from .....models.paginated_user_license import PaginatedUserLicense
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .assignment import (
        AsyncCatalogLicensesUserAssignmentResource,
        AsyncCatalogLicensesUserAssignmentResourceWithRawResponse,
        CatalogLicensesUserAssignmentResource,
        CatalogLicensesUserAssignmentResourceWithRawResponse,
    )
    from .create import (
        AsyncCatalogLicensesUserCreateResource,
        AsyncCatalogLicensesUserCreateResourceWithRawResponse,
        CatalogLicensesUserCreateResource,
        CatalogLicensesUserCreateResourceWithRawResponse,
    )
    from .update import (
        AsyncCatalogLicensesUserUpdateResource,
        AsyncCatalogLicensesUserUpdateResourceWithRawResponse,
        CatalogLicensesUserUpdateResource,
        CatalogLicensesUserUpdateResourceWithRawResponse,
    )

__all__ = [
    "CatalogLicensesUserResource",
    "CatalogLicensesUserResourceWithRawResponse",
    "AsyncCatalogLicensesUserResource",
    "AsyncCatalogLicensesUserResourceWithRawResponse",
]


class CatalogLicensesUserResource:
    """`Client.catalog.licenses.user`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesUserResourceWithRawResponse(self)

    @cached_property
    def assignment(self) -> CatalogLicensesUserAssignmentResource:
        from .assignment import CatalogLicensesUserAssignmentResource

        return CatalogLicensesUserAssignmentResource(self._client)

    @cached_property
    def create(self) -> CatalogLicensesUserCreateResource:
        from .create import CatalogLicensesUserCreateResource

        return CatalogLicensesUserCreateResource(self._client)

    @cached_property
    def update(self) -> CatalogLicensesUserUpdateResource:
        from .update import CatalogLicensesUserUpdateResource

        return CatalogLicensesUserUpdateResource(self._client)

    def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserLicense:
        """Retrieve a paginated list of user licenses

        Args:
            active (bool | Unset, query)
            external_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedUserLicense
        """
        return self._client._send(
            _catalog_licenses_user_retrieve.OPERATION,
            _catalog_licenses_user_retrieve.build_request(
                active=active,
                external_id=external_id,
                key=key,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                query=query,
                sort=sort,
                source=source,
                verbose=verbose,
            ),
            options,
        )


class CatalogLicensesUserResourceWithRawResponse:
    """`Client.catalog.licenses.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesUserResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def assignment(self) -> CatalogLicensesUserAssignmentResourceWithRawResponse:
        from .assignment import CatalogLicensesUserAssignmentResourceWithRawResponse

        return CatalogLicensesUserAssignmentResourceWithRawResponse(self._resource.assignment)

    @cached_property
    def create(self) -> CatalogLicensesUserCreateResourceWithRawResponse:
        from .create import CatalogLicensesUserCreateResourceWithRawResponse

        return CatalogLicensesUserCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def update(self) -> CatalogLicensesUserUpdateResourceWithRawResponse:
        from .update import CatalogLicensesUserUpdateResourceWithRawResponse

        return CatalogLicensesUserUpdateResourceWithRawResponse(self._resource.update)


class AsyncCatalogLicensesUserResource:
    """`AsyncClient.catalog.licenses.user`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesUserResourceWithRawResponse(self)

    @cached_property
    def assignment(self) -> AsyncCatalogLicensesUserAssignmentResource:
        from .assignment import AsyncCatalogLicensesUserAssignmentResource

        return AsyncCatalogLicensesUserAssignmentResource(self._client)

    @cached_property
    def create(self) -> AsyncCatalogLicensesUserCreateResource:
        from .create import AsyncCatalogLicensesUserCreateResource

        return AsyncCatalogLicensesUserCreateResource(self._client)

    @cached_property
    def update(self) -> AsyncCatalogLicensesUserUpdateResource:
        from .update import AsyncCatalogLicensesUserUpdateResource

        return AsyncCatalogLicensesUserUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserLicense:
        """Retrieve a paginated list of user licenses

        Args:
            active (bool | Unset, query)
            external_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedUserLicense
        """
        return await self._client._send(
            _catalog_licenses_user_retrieve.OPERATION,
            _catalog_licenses_user_retrieve.build_request(
                active=active,
                external_id=external_id,
                key=key,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                query=query,
                sort=sort,
                source=source,
                verbose=verbose,
            ),
            options,
        )


class AsyncCatalogLicensesUserResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesUserResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def assignment(self) -> AsyncCatalogLicensesUserAssignmentResourceWithRawResponse:
        from .assignment import AsyncCatalogLicensesUserAssignmentResourceWithRawResponse

        return AsyncCatalogLicensesUserAssignmentResourceWithRawResponse(self._resource.assignment)

    @cached_property
    def create(self) -> AsyncCatalogLicensesUserCreateResourceWithRawResponse:
        from .create import AsyncCatalogLicensesUserCreateResourceWithRawResponse

        return AsyncCatalogLicensesUserCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def update(self) -> AsyncCatalogLicensesUserUpdateResourceWithRawResponse:
        from .update import AsyncCatalogLicensesUserUpdateResourceWithRawResponse

        return AsyncCatalogLicensesUserUpdateResourceWithRawResponse(self._resource.update)
