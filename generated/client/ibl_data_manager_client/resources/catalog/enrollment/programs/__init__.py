"""`Client.catalog.enrollment.programs`: 3 operations and 2 sub-resources."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import (
    catalog_enrollment_programs_create as _catalog_enrollment_programs_create,
)
from .....api.catalog import (
    catalog_enrollment_programs_destroy as _catalog_enrollment_programs_destroy,
)
from .....api.catalog import (
    catalog_enrollment_programs_retrieve as _catalog_enrollment_programs_retrieve,
)
from .....models.program_enrollment import ProgramEnrollment
from .....models.program_enrollment_plus import ProgramEnrollmentPlus
from .....models.program_enrollment_plus_program_metadata import (
    ProgramEnrollmentPlusProgramMetadata,
)
from .....models.program_enrollment_plus_request import ProgramEnrollmentPlusRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .search import (
        AsyncCatalogEnrollmentProgramsSearchResource,
        AsyncCatalogEnrollmentProgramsSearchResourceWithRawResponse,
        CatalogEnrollmentProgramsSearchResource,
        CatalogEnrollmentProgramsSearchResourceWithRawResponse,
    )
    from .self import (
        AsyncCatalogEnrollmentProgramsSelfResource,
        AsyncCatalogEnrollmentProgramsSelfResourceWithRawResponse,
        CatalogEnrollmentProgramsSelfResource,
        CatalogEnrollmentProgramsSelfResourceWithRawResponse,
    )

__all__ = [
    "CatalogEnrollmentProgramsResource",
    "CatalogEnrollmentProgramsResourceWithRawResponse",
    "AsyncCatalogEnrollmentProgramsResource",
    "AsyncCatalogEnrollmentProgramsResourceWithRawResponse",
]


class CatalogEnrollmentProgramsResource:
    """`Client.catalog.enrollment.programs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEnrollmentProgramsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEnrollmentProgramsResourceWithRawResponse(self)

    @cached_property
    def search(self) -> CatalogEnrollmentProgramsSearchResource:
        from .search import CatalogEnrollmentProgramsSearchResource

        return CatalogEnrollmentProgramsSearchResource(self._client)

    @cached_property
    def self(self) -> CatalogEnrollmentProgramsSelfResource:
        from .self import CatalogEnrollmentProgramsSelfResource

        return CatalogEnrollmentProgramsSelfResource(self._client)

    def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment:
        """Unenroll from a program. Deactivates enrollment.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            program_type (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            ProgramEnrollment
        """
        return self._client._send(
            _catalog_enrollment_programs_destroy.OPERATION,
            _catalog_enrollment_programs_destroy.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
                program_type=program_type,
                slug=slug,
                started=started,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollmentPlus:
        """Search program enrollments. Requires user_id or username and program_id or slug.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            program_type (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            ProgramEnrollmentPlus
        """
        return self._client._send(
            _catalog_enrollment_programs_retrieve.OPERATION,
            _catalog_enrollment_programs_retrieve.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
                program_type=program_type,
                slug=slug,
                started=started,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ProgramEnrollmentPlusRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment: ...

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        program_metadata: None | ProgramEnrollmentPlusProgramMetadata,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_program_id: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        body_started: datetime.datetime | None | Unset = UNSET,
        body_expired: datetime.datetime | None | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment: ...

    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ProgramEnrollmentPlusRequest | Unset = UNSET,
        program_metadata: None | ProgramEnrollmentPlusProgramMetadata | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_program_id: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        body_started: datetime.datetime | None | Unset = UNSET,
        body_expired: datetime.datetime | None | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment:
        """Log user enrollment with a program.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            program_type (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)
            body (ProgramEnrollmentPlusRequest | Unset, request body): Includes metadata+
            Or the body's fields as keywords instead of body=: program_metadata, body_user_id,
                body_username, body_program_id, body_program_key, body_platform_key, body_org,
                name, body_slug, created, body_started, body_expired, body_active, metadata

        Returns:
            ProgramEnrollment
        """
        body = optional_body_from_fields(
            "catalog.enrollment.programs.create",
            body,
            ProgramEnrollmentPlusRequest,
            ["program_metadata"],
            (
                ("program_metadata", "program_metadata", program_metadata),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("body_program_id", "program_id", body_program_id),
                ("body_program_key", "program_key", body_program_key),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_org", "org", body_org),
                ("name", "name", name),
                ("body_slug", "slug", body_slug),
                ("created", "created", created),
                ("body_started", "started", body_started),
                ("body_expired", "expired", body_expired),
                ("body_active", "active", body_active),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_enrollment_programs_create.OPERATION,
            _catalog_enrollment_programs_create.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
                program_type=program_type,
                slug=slug,
                started=started,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class CatalogEnrollmentProgramsResourceWithRawResponse:
    """`Client.catalog.enrollment.programs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEnrollmentProgramsResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def search(self) -> CatalogEnrollmentProgramsSearchResourceWithRawResponse:
        from .search import CatalogEnrollmentProgramsSearchResourceWithRawResponse

        return CatalogEnrollmentProgramsSearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def self(self) -> CatalogEnrollmentProgramsSelfResourceWithRawResponse:
        from .self import CatalogEnrollmentProgramsSelfResourceWithRawResponse

        return CatalogEnrollmentProgramsSelfResourceWithRawResponse(self._resource.self)


class AsyncCatalogEnrollmentProgramsResource:
    """`AsyncClient.catalog.enrollment.programs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEnrollmentProgramsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEnrollmentProgramsResourceWithRawResponse(self)

    @cached_property
    def search(self) -> AsyncCatalogEnrollmentProgramsSearchResource:
        from .search import AsyncCatalogEnrollmentProgramsSearchResource

        return AsyncCatalogEnrollmentProgramsSearchResource(self._client)

    @cached_property
    def self(self) -> AsyncCatalogEnrollmentProgramsSelfResource:
        from .self import AsyncCatalogEnrollmentProgramsSelfResource

        return AsyncCatalogEnrollmentProgramsSelfResource(self._client)

    async def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment:
        """Unenroll from a program. Deactivates enrollment.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            program_type (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            ProgramEnrollment
        """
        return await self._client._send(
            _catalog_enrollment_programs_destroy.OPERATION,
            _catalog_enrollment_programs_destroy.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
                program_type=program_type,
                slug=slug,
                started=started,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollmentPlus:
        """Search program enrollments. Requires user_id or username and program_id or slug.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            program_type (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            ProgramEnrollmentPlus
        """
        return await self._client._send(
            _catalog_enrollment_programs_retrieve.OPERATION,
            _catalog_enrollment_programs_retrieve.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
                program_type=program_type,
                slug=slug,
                started=started,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ProgramEnrollmentPlusRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment: ...

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        program_metadata: None | ProgramEnrollmentPlusProgramMetadata,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_program_id: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        body_started: datetime.datetime | None | Unset = UNSET,
        body_expired: datetime.datetime | None | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment: ...

    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ProgramEnrollmentPlusRequest | Unset = UNSET,
        program_metadata: None | ProgramEnrollmentPlusProgramMetadata | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_program_id: str | Unset = UNSET,
        body_program_key: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        body_started: datetime.datetime | None | Unset = UNSET,
        body_expired: datetime.datetime | None | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment:
        """Log user enrollment with a program.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            program_type (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)
            body (ProgramEnrollmentPlusRequest | Unset, request body): Includes metadata+
            Or the body's fields as keywords instead of body=: program_metadata, body_user_id,
                body_username, body_program_id, body_program_key, body_platform_key, body_org,
                name, body_slug, created, body_started, body_expired, body_active, metadata

        Returns:
            ProgramEnrollment
        """
        body = optional_body_from_fields(
            "catalog.enrollment.programs.create",
            body,
            ProgramEnrollmentPlusRequest,
            ["program_metadata"],
            (
                ("program_metadata", "program_metadata", program_metadata),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("body_program_id", "program_id", body_program_id),
                ("body_program_key", "program_key", body_program_key),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_org", "org", body_org),
                ("name", "name", name),
                ("body_slug", "slug", body_slug),
                ("created", "created", created),
                ("body_started", "started", body_started),
                ("body_expired", "expired", body_expired),
                ("body_active", "active", body_active),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_enrollment_programs_create.OPERATION,
            _catalog_enrollment_programs_create.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
                program_type=program_type,
                slug=slug,
                started=started,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class AsyncCatalogEnrollmentProgramsResourceWithRawResponse:
    """`AsyncClient.catalog.enrollment.programs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEnrollmentProgramsResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def search(self) -> AsyncCatalogEnrollmentProgramsSearchResourceWithRawResponse:
        from .search import AsyncCatalogEnrollmentProgramsSearchResourceWithRawResponse

        return AsyncCatalogEnrollmentProgramsSearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def self(self) -> AsyncCatalogEnrollmentProgramsSelfResourceWithRawResponse:
        from .self import AsyncCatalogEnrollmentProgramsSelfResourceWithRawResponse

        return AsyncCatalogEnrollmentProgramsSelfResourceWithRawResponse(self._resource.self)
