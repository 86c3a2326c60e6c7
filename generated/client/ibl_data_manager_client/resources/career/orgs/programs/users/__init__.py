"""`Client.career.orgs.programs.users`: 4 operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.career import career_orgs_programs_users_create as _career_orgs_programs_users_create
from ......api.career import (
    career_orgs_programs_users_destroy as _career_orgs_programs_users_destroy,
)
from ......api.career import (
    career_orgs_programs_users_retrieve as _career_orgs_programs_users_retrieve,
)
from ......api.career import career_orgs_programs_users_update as _career_orgs_programs_users_update
from ......models.program import Program
from ......models.program_request import ProgramRequest
from ......models.program_type_enum import ProgramTypeEnum
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CareerOrgsProgramsUsersResource",
    "CareerOrgsProgramsUsersResourceWithRawResponse",
    "AsyncCareerOrgsProgramsUsersResource",
    "AsyncCareerOrgsProgramsUsersResourceWithRawResponse",
]


class CareerOrgsProgramsUsersResource:
    """`Client.career.orgs.programs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsProgramsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsProgramsUsersResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/programs/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_orgs_programs_users_destroy.OPERATION,
            _career_orgs_programs_users_destroy.build_request(org=org, username=username),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Program:
        """GET /api/career/orgs/{org}/programs/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Program
        """
        return self._client._send(
            _career_orgs_programs_users_retrieve.OPERATION,
            _career_orgs_programs_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        body: ProgramRequest,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        institution_id: int,
        name: str,
        program_type: ProgramTypeEnum,
        duration: int,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    def create(
        self,
        *,
        org: str,
        username: str,
        body: ProgramRequest | Unset = UNSET,
        institution_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        program_type: ProgramTypeEnum | Unset = UNSET,
        duration: int | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program:
        """POST /api/career/orgs/{org}/programs/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ProgramRequest, request body)
            Or the body's fields as keywords instead of body=: institution_id, name,
                program_type, duration, description, data, metadata, created_at

        Returns:
            Program
        """
        body = body_from_fields(
            "career.orgs.programs.users.create",
            body,
            ProgramRequest,
            ["institution_id", "name", "program_type", "duration"],
            (
                ("institution_id", "institution_id", institution_id),
                ("name", "name", name),
                ("program_type", "program_type", program_type),
                ("duration", "duration", duration),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return self._client._send(
            _career_orgs_programs_users_create.OPERATION,
            _career_orgs_programs_users_create.build_request(org=org, username=username, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        body: ProgramRequest,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        institution_id: int,
        name: str,
        program_type: ProgramTypeEnum,
        duration: int,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    def update(
        self,
        *,
        org: str,
        username: str,
        body: ProgramRequest | Unset = UNSET,
        institution_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        program_type: ProgramTypeEnum | Unset = UNSET,
        duration: int | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program:
        """PUT /api/career/orgs/{org}/programs/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ProgramRequest, request body)
            Or the body's fields as keywords instead of body=: institution_id, name,
                program_type, duration, description, data, metadata, created_at

        Returns:
            Program
        """
        body = body_from_fields(
            "career.orgs.programs.users.update",
            body,
            ProgramRequest,
            ["institution_id", "name", "program_type", "duration"],
            (
                ("institution_id", "institution_id", institution_id),
                ("name", "name", name),
                ("program_type", "program_type", program_type),
                ("duration", "duration", duration),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return self._client._send(
            _career_orgs_programs_users_update.OPERATION,
            _career_orgs_programs_users_update.build_request(org=org, username=username, body=body),
            options,
        )


class CareerOrgsProgramsUsersResourceWithRawResponse:
    """`Client.career.orgs.programs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsProgramsUsersResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncCareerOrgsProgramsUsersResource:
    """`AsyncClient.career.orgs.programs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsProgramsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsProgramsUsersResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/programs/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_orgs_programs_users_destroy.OPERATION,
            _career_orgs_programs_users_destroy.build_request(org=org, username=username),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Program:
        """GET /api/career/orgs/{org}/programs/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Program
        """
        return await self._client._send(
            _career_orgs_programs_users_retrieve.OPERATION,
            _career_orgs_programs_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        body: ProgramRequest,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        institution_id: int,
        name: str,
        program_type: ProgramTypeEnum,
        duration: int,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    async def create(
        self,
        *,
        org: str,
        username: str,
        body: ProgramRequest | Unset = UNSET,
        institution_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        program_type: ProgramTypeEnum | Unset = UNSET,
        duration: int | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program:
        """POST /api/career/orgs/{org}/programs/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ProgramRequest, request body)
            Or the body's fields as keywords instead of body=: institution_id, name,
                program_type, duration, description, data, metadata, created_at

        Returns:
            Program
        """
        body = body_from_fields(
            "career.orgs.programs.users.create",
            body,
            ProgramRequest,
            ["institution_id", "name", "program_type", "duration"],
            (
                ("institution_id", "institution_id", institution_id),
                ("name", "name", name),
                ("program_type", "program_type", program_type),
                ("duration", "duration", duration),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return await self._client._send(
            _career_orgs_programs_users_create.OPERATION,
            _career_orgs_programs_users_create.build_request(org=org, username=username, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        body: ProgramRequest,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        institution_id: int,
        name: str,
        program_type: ProgramTypeEnum,
        duration: int,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    async def update(
        self,
        *,
        org: str,
        username: str,
        body: ProgramRequest | Unset = UNSET,
        institution_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        program_type: ProgramTypeEnum | Unset = UNSET,
        duration: int | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program:
        """PUT /api/career/orgs/{org}/programs/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ProgramRequest, request body)
            Or the body's fields as keywords instead of body=: institution_id, name,
                program_type, duration, description, data, metadata, created_at

        Returns:
            Program
        """
        body = body_from_fields(
            "career.orgs.programs.users.update",
            body,
            ProgramRequest,
            ["institution_id", "name", "program_type", "duration"],
            (
                ("institution_id", "institution_id", institution_id),
                ("name", "name", name),
                ("program_type", "program_type", program_type),
                ("duration", "duration", duration),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return await self._client._send(
            _career_orgs_programs_users_update.OPERATION,
            _career_orgs_programs_users_update.build_request(org=org, username=username, body=body),
            options,
        )


class AsyncCareerOrgsProgramsUsersResourceWithRawResponse:
    """`AsyncClient.career.orgs.programs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsProgramsUsersResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
