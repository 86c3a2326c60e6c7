"""`Client.catalog.licenses.program.assignment.group`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_licenses_program_assignment_group_create as _catalog_licenses_program_assignment_group_create,
)
from .......api.catalog import (
    catalog_licenses_program_assignment_group_destroy as _catalog_licenses_program_assignment_group_destroy,
)
from .......api.catalog import (
    catalog_licenses_program_assignment_group_retrieve as _catalog_licenses_program_assignment_group_retrieve,
)
from .......models.paginated_program_license_group_assignment import (
    PaginatedProgramLicenseGroupAssignment,
)
from .......models.program_license_group_assignment_create import (
    ProgramLicenseGroupAssignmentCreate,
)
from .......models.program_license_group_assignment_create_metadata import (
    ProgramLicenseGroupAssignmentCreateMetadata,
)
from .......models.program_license_group_assignment_detail import (
    ProgramLicenseGroupAssignmentDetail,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogLicensesProgramAssignmentGroupResource",
    "CatalogLicensesProgramAssignmentGroupResourceWithRawResponse",
    "AsyncCatalogLicensesProgramAssignmentGroupResource",
    "AsyncCatalogLicensesProgramAssignmentGroupResourceWithRawResponse",
]


class CatalogLicensesProgramAssignmentGroupResource:
    """`Client.catalog.licenses.program.assignment.group`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesProgramAssignmentGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesProgramAssignmentGroupResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        remove_user_assignments: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a program license group assignment

        Args:
            assignment_id (int, query)
            license_id (int, query)
            active (bool | Unset, query)
            fulfilled (bool | Unset, query)
            group_id (int | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            remove_user_assignments (bool | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_licenses_program_assignment_group_destroy.OPERATION,
            _catalog_licenses_program_assignment_group_destroy.build_request(
                assignment_id=assignment_id,
                license_id=license_id,
                active=active,
                fulfilled=fulfilled,
                group_id=group_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                remove_user_assignments=remove_user_assignments,
                sort=sort,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProgramLicenseGroupAssignment:
        """Retrieve a paginated list of program license group assignments

        Args:
            license_id (int, query)
            active (bool | Unset, query)
            fulfilled (bool | Unset, query)
            group_id (int | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedProgramLicenseGroupAssignment
        """
        return self._client._send(
            _catalog_licenses_program_assignment_group_retrieve.OPERATION,
            _catalog_licenses_program_assignment_group_retrieve.build_request(
                license_id=license_id,
                active=active,
                fulfilled=fulfilled,
                group_id=group_id,
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
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: ProgramLicenseGroupAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseGroupAssignmentDetail: ...

    @overload
    def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_license_id: int,
        body_group_id: int,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_fulfilled: bool | Unset = UNSET,
        redirect_to: None | str | Unset = UNSET,
        metadata: ProgramLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseGroupAssignmentDetail: ...

    def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: ProgramLicenseGroupAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        body_group_id: int | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_fulfilled: bool | Unset = UNSET,
        redirect_to: None | str | Unset = UNSET,
        metadata: ProgramLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseGroupAssignmentDetail:
        """Create or update a program license group assignment

        Args:
            license_id (int, query)
            active (bool | Unset, query)
            fulfilled (bool | Unset, query)
            group_id (int | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (ProgramLicenseGroupAssignmentCreate, request body): Request serializer for
                ProgramLicenseGroupAssignmentView POST endpoint. This serializer validates the
                request data for creating or updating a program license group assignment. Group
                assignments will automatically create individual assignments for all users in
                the group. Fields: license_id: The ID of the program license to assign group_id:
                The ID of the user group to assign the license to platform_key: The unique
                identifier for the platform (for permission validation) platform_org: The
                organization identifier for the platform (for permission validation) active:
                Whether the group assignment should be active fulfilled: Whether the group
                assignment should be marked as fulfilled redirect_to: URL to redirect to after
                fulfillment metadata: Additional metadata for the group assignment Notes: - All
                users in the group will receive individual license assignments - The license
                must have enough available seats for all users in the group - If the license
                doesn't have enough seats, the operation will fail - Users who already have a
                direct assignment to this license will not be affected
            Or the body's fields as keywords instead of body=: body_license_id, body_group_id,
                body_platform_key, body_platform_org, body_active, body_fulfilled, redirect_to,
                metadata

        Returns:
            ProgramLicenseGroupAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.program.assignment.group.create",
            body,
            ProgramLicenseGroupAssignmentCreate,
            ["body_license_id", "body_group_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("body_group_id", "group_id", body_group_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("body_active", "active", body_active),
                ("body_fulfilled", "fulfilled", body_fulfilled),
                ("redirect_to", "redirect_to", redirect_to),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_licenses_program_assignment_group_create.OPERATION,
            _catalog_licenses_program_assignment_group_create.build_request(
                license_id=license_id,
                active=active,
                fulfilled=fulfilled,
                group_id=group_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                body=body,
            ),
            options,
        )


class CatalogLicensesProgramAssignmentGroupResourceWithRawResponse:
    """`Client.catalog.licenses.program.assignment.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesProgramAssignmentGroupResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesProgramAssignmentGroupResource:
    """`AsyncClient.catalog.licenses.program.assignment.group`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogLicensesProgramAssignmentGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesProgramAssignmentGroupResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        remove_user_assignments: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a program license group assignment

        Args:
            assignment_id (int, query)
            license_id (int, query)
            active (bool | Unset, query)
            fulfilled (bool | Unset, query)
            group_id (int | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            remove_user_assignments (bool | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_licenses_program_assignment_group_destroy.OPERATION,
            _catalog_licenses_program_assignment_group_destroy.build_request(
                assignment_id=assignment_id,
                license_id=license_id,
                active=active,
                fulfilled=fulfilled,
                group_id=group_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                remove_user_assignments=remove_user_assignments,
                sort=sort,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProgramLicenseGroupAssignment:
        """Retrieve a paginated list of program license group assignments

        Args:
            license_id (int, query)
            active (bool | Unset, query)
            fulfilled (bool | Unset, query)
            group_id (int | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedProgramLicenseGroupAssignment
        """
        return await self._client._send(
            _catalog_licenses_program_assignment_group_retrieve.OPERATION,
            _catalog_licenses_program_assignment_group_retrieve.build_request(
                license_id=license_id,
                active=active,
                fulfilled=fulfilled,
                group_id=group_id,
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
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: ProgramLicenseGroupAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseGroupAssignmentDetail: ...

    @overload
    async def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_license_id: int,
        body_group_id: int,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_fulfilled: bool | Unset = UNSET,
        redirect_to: None | str | Unset = UNSET,
        metadata: ProgramLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseGroupAssignmentDetail: ...

    async def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        group_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: ProgramLicenseGroupAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        body_group_id: int | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_fulfilled: bool | Unset = UNSET,
        redirect_to: None | str | Unset = UNSET,
        metadata: ProgramLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseGroupAssignmentDetail:
        """Create or update a program license group assignment

        Args:
            license_id (int, query)
            active (bool | Unset, query)
            fulfilled (bool | Unset, query)
            group_id (int | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (ProgramLicenseGroupAssignmentCreate, request body): Request serializer for
                ProgramLicenseGroupAssignmentView POST endpoint. This serializer validates the
                request data for creating or updating a program license group assignment. Group
                assignments will automatically create individual assignments for all users in
                the group. Fields: license_id: The ID of the program license to assign group_id:
                The ID of the user group to assign the license to platform_key: The unique
                identifier for the platform (for permission validation) platform_org: The
                organization identifier for the platform (for permission validation) active:
                Whether the group assignment should be active fulfilled: Whether the group
                assignment should be marked as fulfilled redirect_to: URL to redirect to after
                fulfillment metadata: Additional metadata for the group assignment Notes: - All
                users in the group will receive individual license assignments - The license
                must have enough available seats for all users in the group - If the license
                doesn't have enough seats, the operation will fail - Users who already have a
                direct assignment to this license will not be affected
            Or the body's fields as keywords instead of body=: body_license_id, body_group_id,
                body_platform_key, body_platform_org, body_active, body_fulfilled, redirect_to,
                metadata

        Returns:
            ProgramLicenseGroupAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.program.assignment.group.create",
            body,
            ProgramLicenseGroupAssignmentCreate,
            ["body_license_id", "body_group_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("body_group_id", "group_id", body_group_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("body_active", "active", body_active),
                ("body_fulfilled", "fulfilled", body_fulfilled),
                ("redirect_to", "redirect_to", redirect_to),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_licenses_program_assignment_group_create.OPERATION,
            _catalog_licenses_program_assignment_group_create.build_request(
                license_id=license_id,
                active=active,
                fulfilled=fulfilled,
                group_id=group_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                body=body,
            ),
            options,
        )


class AsyncCatalogLicensesProgramAssignmentGroupResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.program.assignment.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesProgramAssignmentGroupResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
