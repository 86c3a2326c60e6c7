"""`Client.catalog.licenses.user.assignment.group`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_licenses_user_assignment_group_create as _catalog_licenses_user_assignment_group_create,
)
from .......api.catalog import (
    catalog_licenses_user_assignment_group_destroy as _catalog_licenses_user_assignment_group_destroy,
)
from .......api.catalog import (
    catalog_licenses_user_assignment_group_retrieve as _catalog_licenses_user_assignment_group_retrieve,
)
from .......models.paginated_user_license_group_assignment import (
    PaginatedUserLicenseGroupAssignment,
)
from .......models.user_license_group_assignment_create import UserLicenseGroupAssignmentCreate
from .......models.user_license_group_assignment_create_metadata import (
    UserLicenseGroupAssignmentCreateMetadata,
)
from .......models.user_license_group_assignment_detail import UserLicenseGroupAssignmentDetail
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogLicensesUserAssignmentGroupResource",
    "CatalogLicensesUserAssignmentGroupResourceWithRawResponse",
    "AsyncCatalogLicensesUserAssignmentGroupResource",
    "AsyncCatalogLicensesUserAssignmentGroupResourceWithRawResponse",
]


class CatalogLicensesUserAssignmentGroupResource:
    """`Client.catalog.licenses.user.assignment.group`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesUserAssignmentGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesUserAssignmentGroupResourceWithRawResponse(self)

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
        """Remove a user license group assignment

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
            _catalog_licenses_user_assignment_group_destroy.OPERATION,
            _catalog_licenses_user_assignment_group_destroy.build_request(
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
    ) -> PaginatedUserLicenseGroupAssignment:
        """Retrieve a paginated list of user license group assignments

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedUserLicenseGroupAssignment
        """
        return self._client._send(
            _catalog_licenses_user_assignment_group_retrieve.OPERATION,
            _catalog_licenses_user_assignment_group_retrieve.build_request(
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
        body: UserLicenseGroupAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseGroupAssignmentDetail: ...

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
        group_id: int,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: UserLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseGroupAssignmentDetail: ...

    def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: UserLicenseGroupAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        group_id: int | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: UserLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseGroupAssignmentDetail:
        """Create or update a user license group assignment

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (UserLicenseGroupAssignmentCreate, request body): Request serializer for
                UserLicenseGroupAssignmentView POST endpoint
            Or the body's fields as keywords instead of body=: body_license_id, group_id,
                body_platform_key, body_platform_org, active, fulfilled, metadata

        Returns:
            UserLicenseGroupAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.user.assignment.group.create",
            body,
            UserLicenseGroupAssignmentCreate,
            ["body_license_id", "group_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("group_id", "group_id", group_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("active", "active", active),
                ("fulfilled", "fulfilled", fulfilled),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_licenses_user_assignment_group_create.OPERATION,
            _catalog_licenses_user_assignment_group_create.build_request(
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


class CatalogLicensesUserAssignmentGroupResourceWithRawResponse:
    """`Client.catalog.licenses.user.assignment.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesUserAssignmentGroupResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesUserAssignmentGroupResource:
    """`AsyncClient.catalog.licenses.user.assignment.group`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesUserAssignmentGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesUserAssignmentGroupResourceWithRawResponse(self)

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
        """Remove a user license group assignment

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
            _catalog_licenses_user_assignment_group_destroy.OPERATION,
            _catalog_licenses_user_assignment_group_destroy.build_request(
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
    ) -> PaginatedUserLicenseGroupAssignment:
        """Retrieve a paginated list of user license group assignments

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedUserLicenseGroupAssignment
        """
        return await self._client._send(
            _catalog_licenses_user_assignment_group_retrieve.OPERATION,
            _catalog_licenses_user_assignment_group_retrieve.build_request(
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
        body: UserLicenseGroupAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseGroupAssignmentDetail: ...

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
        group_id: int,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: UserLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseGroupAssignmentDetail: ...

    async def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: UserLicenseGroupAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        group_id: int | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: UserLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserLicenseGroupAssignmentDetail:
        """Create or update a user license group assignment

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (UserLicenseGroupAssignmentCreate, request body): Request serializer for
                UserLicenseGroupAssignmentView POST endpoint
            Or the body's fields as keywords instead of body=: body_license_id, group_id,
                body_platform_key, body_platform_org, active, fulfilled, metadata

        Returns:
            UserLicenseGroupAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.user.assignment.group.create",
            body,
            UserLicenseGroupAssignmentCreate,
            ["body_license_id", "group_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("group_id", "group_id", group_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("active", "active", active),
                ("fulfilled", "fulfilled", fulfilled),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_licenses_user_assignment_group_create.OPERATION,
            _catalog_licenses_user_assignment_group_create.build_request(
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


class AsyncCatalogLicensesUserAssignmentGroupResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.user.assignment.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesUserAssignmentGroupResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
