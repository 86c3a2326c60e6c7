"""`Client.catalog.licenses.user.assignment`: 3 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_user_assignment_create as _catalog_licenses_user_assignment_create,
)
from ......api.catalog import (
    catalog_licenses_user_assignment_destroy as _catalog_licenses_user_assignment_destroy,
)
from ......api.catalog import (
    catalog_licenses_user_assignment_retrieve as _catalog_licenses_user_assignment_retrieve,
)
from ......models.paginated_user_license_assignment import PaginatedUserLicenseAssignment
from ......models.user_license_assignment_create import UserLicenseAssignmentCreate
from ......models.user_license_assignment_create_metadata import UserLicenseAssignmentCreateMetadata
from ......models.user_license_assignment_detail import UserLicenseAssignmentDetail
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .check import (
        AsyncCatalogLicensesUserAssignmentCheckResource,
        AsyncCatalogLicensesUserAssignmentCheckResourceWithRawResponse,
        CatalogLicensesUserAssignmentCheckResource,
        CatalogLicensesUserAssignmentCheckResourceWithRawResponse,
    )
    from .group import (
        AsyncCatalogLicensesUserAssignmentGroupResource,
        AsyncCatalogLicensesUserAssignmentGroupResourceWithRawResponse,
        CatalogLicensesUserAssignmentGroupResource,
        CatalogLicensesUserAssignmentGroupResourceWithRawResponse,
    )

__all__ = [
    "CatalogLicensesUserAssignmentResource",
    "CatalogLicensesUserAssignmentResourceWithRawResponse",
    "AsyncCatalogLicensesUserAssignmentResource",
    "AsyncCatalogLicensesUserAssignmentResourceWithRawResponse",
]


class CatalogLicensesUserAssignmentResource:
    """`Client.catalog.licenses.user.assignment`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesUserAssignmentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesUserAssignmentResourceWithRawResponse(self)

    @cached_property
    def check(self) -> CatalogLicensesUserAssignmentCheckResource:
        from .check import CatalogLicensesUserAssignmentCheckResource

        return CatalogLicensesUserAssignmentCheckResource(self._client)

    @cached_property
    def group(self) -> CatalogLicensesUserAssignmentGroupResource:
        from .group import CatalogLicensesUserAssignmentGroupResource

        return CatalogLicensesUserAssignmentGroupResource(self._client)

    def destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a user license assignment

        Args:
            assignment_id (int, query)
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_licenses_user_assignment_destroy.OPERATION,
            _catalog_licenses_user_assignment_destroy.build_request(
                assignment_id=assignment_id,
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserLicenseAssignment:
        """Retrieve a paginated list of user license assignments

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedUserLicenseAssignment
        """
        return self._client._send(
            _catalog_licenses_user_assignment_retrieve.OPERATION,
            _catalog_licenses_user_assignment_retrieve.build_request(
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: UserLicenseAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseAssignmentDetail: ...

    @overload
    def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_license_id: int,
        user_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: UserLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseAssignmentDetail: ...

    def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: UserLicenseAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: UserLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseAssignmentDetail:
        """Create or update a user license assignment

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (UserLicenseAssignmentCreate, request body): Request serializer for
                UserLicenseAssignmentView POST endpoint
            Or the body's fields as keywords instead of body=: body_license_id, user_id, email,
                body_platform_key, body_platform_org, active, fulfilled, metadata

        Returns:
            UserLicenseAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.user.assignment.create",
            body,
            UserLicenseAssignmentCreate,
            ["body_license_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("user_id", "user_id", user_id),
                ("email", "email", email),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("active", "active", active),
                ("fulfilled", "fulfilled", fulfilled),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_licenses_user_assignment_create.OPERATION,
            _catalog_licenses_user_assignment_create.build_request(
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                body=body,
            ),
            options,
        )


class CatalogLicensesUserAssignmentResourceWithRawResponse:
    """`Client.catalog.licenses.user.assignment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesUserAssignmentResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def check(self) -> CatalogLicensesUserAssignmentCheckResourceWithRawResponse:
        from .check import CatalogLicensesUserAssignmentCheckResourceWithRawResponse

        return CatalogLicensesUserAssignmentCheckResourceWithRawResponse(self._resource.check)

    @cached_property
    def group(self) -> CatalogLicensesUserAssignmentGroupResourceWithRawResponse:
        from .group import CatalogLicensesUserAssignmentGroupResourceWithRawResponse

        return CatalogLicensesUserAssignmentGroupResourceWithRawResponse(self._resource.group)


class AsyncCatalogLicensesUserAssignmentResource:
    """`AsyncClient.catalog.licenses.user.assignment`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesUserAssignmentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesUserAssignmentResourceWithRawResponse(self)

    @cached_property
    def check(self) -> AsyncCatalogLicensesUserAssignmentCheckResource:
        from .check import AsyncCatalogLicensesUserAssignmentCheckResource

        return AsyncCatalogLicensesUserAssignmentCheckResource(self._client)

    @cached_property
    def group(self) -> AsyncCatalogLicensesUserAssignmentGroupResource:
        from .group import AsyncCatalogLicensesUserAssignmentGroupResource

        return AsyncCatalogLicensesUserAssignmentGroupResource(self._client)

    async def destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a user license assignment

        Args:
            assignment_id (int, query)
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_licenses_user_assignment_destroy.OPERATION,
            _catalog_licenses_user_assignment_destroy.build_request(
                assignment_id=assignment_id,
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserLicenseAssignment:
        """Retrieve a paginated list of user license assignments

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedUserLicenseAssignment
        """
        return await self._client._send(
            _catalog_licenses_user_assignment_retrieve.OPERATION,
            _catalog_licenses_user_assignment_retrieve.build_request(
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: UserLicenseAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseAssignmentDetail: ...

    @overload
    async def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_license_id: int,
        user_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: UserLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseAssignmentDetail: ...

    async def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: UserLicenseAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: UserLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseAssignmentDetail:
        """Create or update a user license assignment

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (UserLicenseAssignmentCreate, request body): Request serializer for
                UserLicenseAssignmentView POST endpoint
            Or the body's fields as keywords instead of body=: body_license_id, user_id, email,
                body_platform_key, body_platform_org, active, fulfilled, metadata

        Returns:
            UserLicenseAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.user.assignment.create",
            body,
            UserLicenseAssignmentCreate,
            ["body_license_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("user_id", "user_id", user_id),
                ("email", "email", email),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("active", "active", active),
                ("fulfilled", "fulfilled", fulfilled),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_licenses_user_assignment_create.OPERATION,
            _catalog_licenses_user_assignment_create.build_request(
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                body=body,
            ),
            options,
        )


class AsyncCatalogLicensesUserAssignmentResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.user.assignment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesUserAssignmentResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def check(self) -> AsyncCatalogLicensesUserAssignmentCheckResourceWithRawResponse:
        from .check import AsyncCatalogLicensesUserAssignmentCheckResourceWithRawResponse

        return AsyncCatalogLicensesUserAssignmentCheckResourceWithRawResponse(self._resource.check)

    @cached_property
    def group(self) -> AsyncCatalogLicensesUserAssignmentGroupResourceWithRawResponse:
        from .group import AsyncCatalogLicensesUserAssignmentGroupResourceWithRawResponse

        return AsyncCatalogLicensesUserAssignmentGroupResourceWithRawResponse(self._resource.group)
