"""`Client.catalog.enrollment.programs.self`: 2 operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_enrollment_programs_self_create as _catalog_enrollment_programs_self_create,
)
from ......api.catalog import (
    catalog_enrollment_programs_self_destroy as _catalog_enrollment_programs_self_destroy,
)
from ......models.program_enrollment import ProgramEnrollment
from ......models.program_enrollment_request import ProgramEnrollmentRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogEnrollmentProgramsSelfResource",
    "CatalogEnrollmentProgramsSelfResourceWithRawResponse",
    "AsyncCatalogEnrollmentProgramsSelfResource",
    "AsyncCatalogEnrollmentProgramsSelfResourceWithRawResponse",
]


class CatalogEnrollmentProgramsSelfResource:
    """`Client.catalog.enrollment.programs.self`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEnrollmentProgramsSelfResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEnrollmentProgramsSelfResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unenroll from a program. Deactivates enrollment.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_enrollment_programs_self_destroy.OPERATION,
            _catalog_enrollment_programs_self_destroy.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
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
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ProgramEnrollmentRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment: ...

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
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
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment: ...

    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ProgramEnrollmentRequest | Unset = UNSET,
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
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment:
        """Log user enrollment with a program.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)
            body (ProgramEnrollmentRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: body_user_id, body_username,
                body_program_id, body_program_key, body_platform_key, body_org, name, body_slug,
                created, body_started, body_expired, body_active

        Returns:
            ProgramEnrollment
        """
        body = optional_body_from_fields(
            "catalog.enrollment.programs.self.create",
            body,
            ProgramEnrollmentRequest,
            [],
            (
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
            ),
        )
        return self._client._send(
            _catalog_enrollment_programs_self_create.OPERATION,
            _catalog_enrollment_programs_self_create.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
                slug=slug,
                started=started,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class CatalogEnrollmentProgramsSelfResourceWithRawResponse:
    """`Client.catalog.enrollment.programs.self`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEnrollmentProgramsSelfResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.create = to_raw_response(resource.create)


class AsyncCatalogEnrollmentProgramsSelfResource:
    """`AsyncClient.catalog.enrollment.programs.self`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEnrollmentProgramsSelfResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEnrollmentProgramsSelfResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unenroll from a program. Deactivates enrollment.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_enrollment_programs_self_destroy.OPERATION,
            _catalog_enrollment_programs_self_destroy.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
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
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ProgramEnrollmentRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment: ...

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
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
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment: ...

    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        ignore_expiration: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        started: datetime.datetime | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ProgramEnrollmentRequest | Unset = UNSET,
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
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollment:
        """Log user enrollment with a program.

        Args:
            active (bool | Unset, query)
            expired (datetime.datetime | Unset, query)
            ignore_expiration (bool | Unset, query)
            org (str | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_key (str | Unset, query)
            slug (str | Unset, query)
            started (datetime.datetime | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)
            body (ProgramEnrollmentRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: body_user_id, body_username,
                body_program_id, body_program_key, body_platform_key, body_org, name, body_slug,
                created, body_started, body_expired, body_active

        Returns:
            ProgramEnrollment
        """
        body = optional_body_from_fields(
            "catalog.enrollment.programs.self.create",
            body,
            ProgramEnrollmentRequest,
            [],
            (
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
            ),
        )
        return await self._client._send(
            _catalog_enrollment_programs_self_create.OPERATION,
            _catalog_enrollment_programs_self_create.build_request(
                active=active,
                expired=expired,
                ignore_expiration=ignore_expiration,
                org=org,
                platform_key=platform_key,
                program_id=program_id,
                program_key=program_key,
                slug=slug,
                started=started,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class AsyncCatalogEnrollmentProgramsSelfResourceWithRawResponse:
    """`AsyncClient.catalog.enrollment.programs.self`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEnrollmentProgramsSelfResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.create = async_to_raw_response(resource.create)
