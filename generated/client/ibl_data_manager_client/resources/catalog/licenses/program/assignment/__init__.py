"""`Client.catalog.licenses.program.assignment`: 3 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_program_assignment_create as _catalog_licenses_program_assignment_create,
)
from ......api.catalog import (
    catalog_licenses_program_assignment_destroy as _catalog_licenses_program_assignment_destroy,
)
from ......api.catalog import (
    catalog_licenses_program_assignment_retrieve as _catalog_licenses_program_assignment_retrieve,
)
from ......models.paginated_program_license_assignment import PaginatedProgramLicenseAssignment
from ......models.program_license_assignment_create import ProgramLicenseAssignmentCreate
from ......models.program_license_assignment_create_metadata import (
    ProgramLicenseAssignmentCreateMetadata,
)
from ......models.program_license_assignment_detail import ProgramLicenseAssignmentDetail
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .group import (
        AsyncCatalogLicensesProgramAssignmentGroupResource,
        AsyncCatalogLicensesProgramAssignmentGroupResourceWithRawResponse,
        CatalogLicensesProgramAssignmentGroupResource,
        CatalogLicensesProgramAssignmentGroupResourceWithRawResponse,
    )

__all__ = [
    "CatalogLicensesProgramAssignmentResource",
    "CatalogLicensesProgramAssignmentResourceWithRawResponse",
    "AsyncCatalogLicensesProgramAssignmentResource",
    "AsyncCatalogLicensesProgramAssignmentResourceWithRawResponse",
]


class CatalogLicensesProgramAssignmentResource:
    """`Client.catalog.licenses.program.assignment`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesProgramAssignmentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesProgramAssignmentResourceWithRawResponse(self)

    @cached_property
    def group(self) -> CatalogLicensesProgramAssignmentGroupResource:
        from .group import CatalogLicensesProgramAssignmentGroupResource

        return CatalogLicensesProgramAssignmentGroupResource(self._client)

    def destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unassign single user from license

        Args:
            assignment_id (int, query)
            license_id (int, query)
            active (bool | Unset, query)
            email (str | Unset, query)
            fulfilled (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (int | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_licenses_program_assignment_destroy.OPERATION,
            _catalog_licenses_program_assignment_destroy.build_request(
                assignment_id=assignment_id,
                license_id=license_id,
                active=active,
                email=email,
                fulfilled=fulfilled,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProgramLicenseAssignment:
        """Retrieve a paginated list of program license assignments

        Args:
            license_id (int, query)
            active (bool | Unset, query)
            email (str | Unset, query)
            fulfilled (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (int | Unset, query)

        Returns:
            PaginatedProgramLicenseAssignment
        """
        return self._client._send(
            _catalog_licenses_program_assignment_retrieve.OPERATION,
            _catalog_licenses_program_assignment_retrieve.build_request(
                license_id=license_id,
                active=active,
                email=email,
                fulfilled=fulfilled,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        body: ProgramLicenseAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseAssignmentDetail: ...

    @overload
    def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        body_license_id: int,
        body_user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_fulfilled: bool | Unset = UNSET,
        direct: bool | Unset = UNSET,
        redirect_to: None | str | Unset = UNSET,
        metadata: ProgramLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseAssignmentDetail: ...

    def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        body: ProgramLicenseAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_fulfilled: bool | Unset = UNSET,
        direct: bool | Unset = UNSET,
        redirect_to: None | str | Unset = UNSET,
        metadata: ProgramLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseAssignmentDetail:
        """Create or update a program license assignment

        Args:
            license_id (int, query)
            active (bool | Unset, query)
            email (str | Unset, query)
            fulfilled (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (int | Unset, query)
            body (ProgramLicenseAssignmentCreate, request body): Request serializer for
                ProgramLicenseAssignmentView POST endpoint. This serializer validates the
                request data for creating or updating a program license assignment. Either
                user_id or email must be provided to identify the user to assign the license to.
                Fields: license_id: The ID of the program license to assign user_id: The user ID
                to assign the license to (required if email not provided) username: The username
                to assign the license to (alternative to user_id) email: The email to assign the
                license to (required if user_id not provided) platform_key: The unique
                identifier for the platform (for permission validation) platform_org: The
                organization identifier for the platform (for permission validation) active:
                Whether the assignment should be active fulfilled: Whether the assignment should
                be marked as fulfilled direct: Whether the assignment is being directly assigned
                to the user redirect_to: URL to redirect to after fulfillment metadata:
                Additional metadata for the assignment Notes: - If both user_id and email are
                provided, user_id takes precedence - If the user doesn't exist but email is
                provided, an email-only assignment will be created - The license must have
                available seats for the assignment to succeed
            Or the body's fields as keywords instead of body=: body_license_id, body_user_id,
                username, body_email, body_platform_key, body_platform_org, body_active,
                body_fulfilled, direct, redirect_to, metadata

        Returns:
            ProgramLicenseAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.program.assignment.create",
            body,
            ProgramLicenseAssignmentCreate,
            ["body_license_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("body_user_id", "user_id", body_user_id),
                ("username", "username", username),
                ("body_email", "email", body_email),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("body_active", "active", body_active),
                ("body_fulfilled", "fulfilled", body_fulfilled),
                ("direct", "direct", direct),
                ("redirect_to", "redirect_to", redirect_to),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_licenses_program_assignment_create.OPERATION,
            _catalog_licenses_program_assignment_create.build_request(
                license_id=license_id,
                active=active,
                email=email,
                fulfilled=fulfilled,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
                body=body,
            ),
            options,
        )


class CatalogLicensesProgramAssignmentResourceWithRawResponse:
    """`Client.catalog.licenses.program.assignment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesProgramAssignmentResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def group(self) -> CatalogLicensesProgramAssignmentGroupResourceWithRawResponse:
        from .group import CatalogLicensesProgramAssignmentGroupResourceWithRawResponse

        return CatalogLicensesProgramAssignmentGroupResourceWithRawResponse(self._resource.group)


class AsyncCatalogLicensesProgramAssignmentResource:
    """`AsyncClient.catalog.licenses.program.assignment`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesProgramAssignmentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesProgramAssignmentResourceWithRawResponse(self)

    @cached_property
    def group(self) -> AsyncCatalogLicensesProgramAssignmentGroupResource:
        from .group import AsyncCatalogLicensesProgramAssignmentGroupResource

        return AsyncCatalogLicensesProgramAssignmentGroupResource(self._client)

    async def destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unassign single user from license

        Args:
            assignment_id (int, query)
            license_id (int, query)
            active (bool | Unset, query)
            email (str | Unset, query)
            fulfilled (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (int | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_licenses_program_assignment_destroy.OPERATION,
            _catalog_licenses_program_assignment_destroy.build_request(
                assignment_id=assignment_id,
                license_id=license_id,
                active=active,
                email=email,
                fulfilled=fulfilled,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProgramLicenseAssignment:
        """Retrieve a paginated list of program license assignments

        Args:
            license_id (int, query)
            active (bool | Unset, query)
            email (str | Unset, query)
            fulfilled (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (int | Unset, query)

        Returns:
            PaginatedProgramLicenseAssignment
        """
        return await self._client._send(
            _catalog_licenses_program_assignment_retrieve.OPERATION,
            _catalog_licenses_program_assignment_retrieve.build_request(
                license_id=license_id,
                active=active,
                email=email,
                fulfilled=fulfilled,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        body: ProgramLicenseAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseAssignmentDetail: ...

    @overload
    async def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        body_license_id: int,
        body_user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_fulfilled: bool | Unset = UNSET,
        direct: bool | Unset = UNSET,
        redirect_to: None | str | Unset = UNSET,
        metadata: ProgramLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseAssignmentDetail: ...

    async def create(
        self,
        *,
        license_id: int,
        active: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        body: ProgramLicenseAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_fulfilled: bool | Unset = UNSET,
        direct: bool | Unset = UNSET,
        redirect_to: None | str | Unset = UNSET,
        metadata: ProgramLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramLicenseAssignmentDetail:
        """Create or update a program license assignment

        Args:
            license_id (int, query)
            active (bool | Unset, query)
            email (str | Unset, query)
            fulfilled (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (int | Unset, query)
            body (ProgramLicenseAssignmentCreate, request body): Request serializer for
                ProgramLicenseAssignmentView POST endpoint. This serializer validates the
                request data for creating or updating a program license assignment. Either
                user_id or email must be provided to identify the user to assign the license to.
                Fields: license_id: The ID of the program license to assign user_id: The user ID
                to assign the license to (required if email not provided) username: The username
                to assign the license to (alternative to user_id) email: The email to assign the
                license to (required if user_id not provided) platform_key: The unique
                identifier for the platform (for permission validation) platform_org: The
                organization identifier for the platform (for permission validation) active:
                Whether the assignment should be active fulfilled: Whether the assignment should
                be marked as fulfilled direct: Whether the assignment is being directly assigned
                to the user redirect_to: URL to redirect to after fulfillment metadata:
                Additional metadata for the assignment Notes: - If both user_id and email are
                provided, user_id takes precedence - If the user doesn't exist but email is
                provided, an email-only assignment will be created - The license must have
                available seats for the assignment to succeed
            Or the body's fields as keywords instead of body=: body_license_id, body_user_id,
                username, body_email, body_platform_key, body_platform_org, body_active,
                body_fulfilled, direct, redirect_to, metadata

        Returns:
            ProgramLicenseAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.program.assignment.create",
            body,
            ProgramLicenseAssignmentCreate,
            ["body_license_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("body_user_id", "user_id", body_user_id),
                ("username", "username", username),
                ("body_email", "email", body_email),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("body_active", "active", body_active),
                ("body_fulfilled", "fulfilled", body_fulfilled),
                ("direct", "direct", direct),
                ("redirect_to", "redirect_to", redirect_to),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_licenses_program_assignment_create.OPERATION,
            _catalog_licenses_program_assignment_create.build_request(
                license_id=license_id,
                active=active,
                email=email,
                fulfilled=fulfilled,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
                body=body,
            ),
            options,
        )


class AsyncCatalogLicensesProgramAssignmentResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.program.assignment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesProgramAssignmentResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def group(self) -> AsyncCatalogLicensesProgramAssignmentGroupResourceWithRawResponse:
        from .group import AsyncCatalogLicensesProgramAssignmentGroupResourceWithRawResponse

        return AsyncCatalogLicensesProgramAssignmentGroupResourceWithRawResponse(
            self._resource.group
        )
