"""`Client.career.orgs.institutions.users`: 4 operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.career import (
    career_orgs_institutions_users_create as _career_orgs_institutions_users_create,
)
from ......api.career import (
    career_orgs_institutions_users_destroy as _career_orgs_institutions_users_destroy,
)
from ......api.career import (
    career_orgs_institutions_users_retrieve as _career_orgs_institutions_users_retrieve,
)
from ......api.career import (
    career_orgs_institutions_users_update as _career_orgs_institutions_users_update,
)
from ......models.institution import Institution
from ......models.institution_request import InstitutionRequest
from ......models.institution_type_enum import InstitutionTypeEnum
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CareerOrgsInstitutionsUsersResource",
    "CareerOrgsInstitutionsUsersResourceWithRawResponse",
    "AsyncCareerOrgsInstitutionsUsersResource",
    "AsyncCareerOrgsInstitutionsUsersResourceWithRawResponse",
]


class CareerOrgsInstitutionsUsersResource:
    """`Client.career.orgs.institutions.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsInstitutionsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsInstitutionsUsersResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/institutions/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_orgs_institutions_users_destroy.OPERATION,
            _career_orgs_institutions_users_destroy.build_request(org=org, username=username),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Institution:
        """GET /api/career/orgs/{org}/institutions/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Institution
        """
        return self._client._send(
            _career_orgs_institutions_users_retrieve.OPERATION,
            _career_orgs_institutions_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        body: InstitutionRequest,
        **options: Unpack[RequestOptions],
    ) -> Institution: ...

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        name: str,
        institution_type: InstitutionTypeEnum | Unset = UNSET,
        location: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        accreditation: None | str | Unset = UNSET,
        established_year: int | None | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Institution: ...

    def create(
        self,
        *,
        org: str,
        username: str,
        body: InstitutionRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        institution_type: InstitutionTypeEnum | Unset = UNSET,
        location: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        accreditation: None | str | Unset = UNSET,
        established_year: int | None | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Institution:
        """POST /api/career/orgs/{org}/institutions/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (InstitutionRequest, request body)
            Or the body's fields as keywords instead of body=: name, institution_type, location,
                website, accreditation, established_year, data, metadata, created_at

        Returns:
            Institution
        """
        body = body_from_fields(
            "career.orgs.institutions.users.create",
            body,
            InstitutionRequest,
            ["name"],
            (
                ("name", "name", name),
                ("institution_type", "institution_type", institution_type),
                ("location", "location", location),
                ("website", "website", website),
                ("accreditation", "accreditation", accreditation),
                ("established_year", "established_year", established_year),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return self._client._send(
            _career_orgs_institutions_users_create.OPERATION,
            _career_orgs_institutions_users_create.build_request(
                org=org, username=username, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        body: InstitutionRequest,
        **options: Unpack[RequestOptions],
    ) -> Institution: ...

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        name: str,
        institution_type: InstitutionTypeEnum | Unset = UNSET,
        location: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        accreditation: None | str | Unset = UNSET,
        established_year: int | None | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Institution: ...

    def update(
        self,
        *,
        org: str,
        username: str,
        body: InstitutionRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        institution_type: InstitutionTypeEnum | Unset = UNSET,
        location: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        accreditation: None | str | Unset = UNSET,
        established_year: int | None | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Institution:
        """PUT /api/career/orgs/{org}/institutions/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (InstitutionRequest, request body)
            Or the body's fields as keywords instead of body=: name, institution_type, location,
                website, accreditation, established_year, data, metadata, created_at

        Returns:
            Institution
        """
        body = body_from_fields(
            "career.orgs.institutions.users.update",
            body,
            InstitutionRequest,
            ["name"],
            (
                ("name", "name", name),
                ("institution_type", "institution_type", institution_type),
                ("location", "location", location),
                ("website", "website", website),
                ("accreditation", "accreditation", accreditation),
                ("established_year", "established_year", established_year),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return self._client._send(
            _career_orgs_institutions_users_update.OPERATION,
            _career_orgs_institutions_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class CareerOrgsInstitutionsUsersResourceWithRawResponse:
    """`Client.career.orgs.institutions.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsInstitutionsUsersResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncCareerOrgsInstitutionsUsersResource:
    """`AsyncClient.career.orgs.institutions.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsInstitutionsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsInstitutionsUsersResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/institutions/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_orgs_institutions_users_destroy.OPERATION,
            _career_orgs_institutions_users_destroy.build_request(org=org, username=username),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Institution:
        """GET /api/career/orgs/{org}/institutions/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Institution
        """
        return await self._client._send(
            _career_orgs_institutions_users_retrieve.OPERATION,
            _career_orgs_institutions_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        body: InstitutionRequest,
        **options: Unpack[RequestOptions],
    ) -> Institution: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        name: str,
        institution_type: InstitutionTypeEnum | Unset = UNSET,
        location: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        accreditation: None | str | Unset = UNSET,
        established_year: int | None | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Institution: ...

    async def create(
        self,
        *,
        org: str,
        username: str,
        body: InstitutionRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        institution_type: InstitutionTypeEnum | Unset = UNSET,
        location: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        accreditation: None | str | Unset = UNSET,
        established_year: int | None | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Institution:
        """POST /api/career/orgs/{org}/institutions/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (InstitutionRequest, request body)
            Or the body's fields as keywords instead of body=: name, institution_type, location,
                website, accreditation, established_year, data, metadata, created_at

        Returns:
            Institution
        """
        body = body_from_fields(
            "career.orgs.institutions.users.create",
            body,
            InstitutionRequest,
            ["name"],
            (
                ("name", "name", name),
                ("institution_type", "institution_type", institution_type),
                ("location", "location", location),
                ("website", "website", website),
                ("accreditation", "accreditation", accreditation),
                ("established_year", "established_year", established_year),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return await self._client._send(
            _career_orgs_institutions_users_create.OPERATION,
            _career_orgs_institutions_users_create.build_request(
                org=org, username=username, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        body: InstitutionRequest,
        **options: Unpack[RequestOptions],
    ) -> Institution: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        name: str,
        institution_type: InstitutionTypeEnum | Unset = UNSET,
        location: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        accreditation: None | str | Unset = UNSET,
        established_year: int | None | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Institution: ...

    async def update(
        self,
        *,
        org: str,
        username: str,
        body: InstitutionRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        institution_type: InstitutionTypeEnum | Unset = UNSET,
        location: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        accreditation: None | str | Unset = UNSET,
        established_year: int | None | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Institution:
        """PUT /api/career/orgs/{org}/institutions/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (InstitutionRequest, request body)
            Or the body's fields as keywords instead of body=: name, institution_type, location,
                website, accreditation, established_year, data, metadata, created_at

        Returns:
            Institution
        """
        body = body_from_fields(
            "career.orgs.institutions.users.update",
            body,
            InstitutionRequest,
            ["name"],
            (
                ("name", "name", name),
                ("institution_type", "institution_type", institution_type),
                ("location", "location", location),
                ("website", "website", website),
                ("accreditation", "accreditation", accreditation),
                ("established_year", "established_year", established_year),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return await self._client._send(
            _career_orgs_institutions_users_update.OPERATION,
            _career_orgs_institutions_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class AsyncCareerOrgsInstitutionsUsersResourceWithRawResponse:
    """`AsyncClient.career.orgs.institutions.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsInstitutionsUsersResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
