"""`Client.career.orgs.education.users`: 4 operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.career import (
    career_orgs_education_users_create as _career_orgs_education_users_create,
)
from ......api.career import (
    career_orgs_education_users_destroy as _career_orgs_education_users_destroy,
)
from ......api.career import (
    career_orgs_education_users_retrieve as _career_orgs_education_users_retrieve,
)
from ......api.career import (
    career_orgs_education_users_update as _career_orgs_education_users_update,
)
from ......models.education import Education
from ......models.education_request import EducationRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CareerOrgsEducationUsersResource",
    "CareerOrgsEducationUsersResourceWithRawResponse",
    "AsyncCareerOrgsEducationUsersResource",
    "AsyncCareerOrgsEducationUsersResourceWithRawResponse",
]


class CareerOrgsEducationUsersResource:
    """`Client.career.orgs.education.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsEducationUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsEducationUsersResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/education/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_orgs_education_users_destroy.OPERATION,
            _career_orgs_education_users_destroy.build_request(org=org, username=username),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Education:
        """GET /api/career/orgs/{org}/education/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Education
        """
        return self._client._send(
            _career_orgs_education_users_retrieve.OPERATION,
            _career_orgs_education_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        body: EducationRequest,
        **options: Unpack[RequestOptions],
    ) -> Education: ...

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        institution_id: int,
        start_date: datetime.date,
        degree: None | str | Unset = UNSET,
        field_of_study: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        grade: None | str | Unset = UNSET,
        activities: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        is_current: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Education: ...

    def create(
        self,
        *,
        org: str,
        username: str,
        body: EducationRequest | Unset = UNSET,
        institution_id: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        degree: None | str | Unset = UNSET,
        field_of_study: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        grade: None | str | Unset = UNSET,
        activities: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        is_current: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Education:
        """POST /api/career/orgs/{org}/education/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (EducationRequest, request body)
            Or the body's fields as keywords instead of body=: institution_id, start_date,
                degree, field_of_study, end_date, grade, activities, description, data,
                metadata, created_at, is_current

        Returns:
            Education
        """
        body = body_from_fields(
            "career.orgs.education.users.create",
            body,
            EducationRequest,
            ["institution_id", "start_date"],
            (
                ("institution_id", "institution_id", institution_id),
                ("start_date", "start_date", start_date),
                ("degree", "degree", degree),
                ("field_of_study", "field_of_study", field_of_study),
                ("end_date", "end_date", end_date),
                ("grade", "grade", grade),
                ("activities", "activities", activities),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
                ("is_current", "is_current", is_current),
            ),
        )
        return self._client._send(
            _career_orgs_education_users_create.OPERATION,
            _career_orgs_education_users_create.build_request(
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
        body: EducationRequest,
        **options: Unpack[RequestOptions],
    ) -> Education: ...

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        institution_id: int,
        start_date: datetime.date,
        degree: None | str | Unset = UNSET,
        field_of_study: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        grade: None | str | Unset = UNSET,
        activities: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        is_current: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Education: ...

    def update(
        self,
        *,
        org: str,
        username: str,
        body: EducationRequest | Unset = UNSET,
        institution_id: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        degree: None | str | Unset = UNSET,
        field_of_study: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        grade: None | str | Unset = UNSET,
        activities: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        is_current: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Education:
        """PUT /api/career/orgs/{org}/education/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (EducationRequest, request body)
            Or the body's fields as keywords instead of body=: institution_id, start_date,
                degree, field_of_study, end_date, grade, activities, description, data,
                metadata, created_at, is_current

        Returns:
            Education
        """
        body = body_from_fields(
            "career.orgs.education.users.update",
            body,
            EducationRequest,
            ["institution_id", "start_date"],
            (
                ("institution_id", "institution_id", institution_id),
                ("start_date", "start_date", start_date),
                ("degree", "degree", degree),
                ("field_of_study", "field_of_study", field_of_study),
                ("end_date", "end_date", end_date),
                ("grade", "grade", grade),
                ("activities", "activities", activities),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
                ("is_current", "is_current", is_current),
            ),
        )
        return self._client._send(
            _career_orgs_education_users_update.OPERATION,
            _career_orgs_education_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class CareerOrgsEducationUsersResourceWithRawResponse:
    """`Client.career.orgs.education.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsEducationUsersResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncCareerOrgsEducationUsersResource:
    """`AsyncClient.career.orgs.education.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsEducationUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsEducationUsersResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/education/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_orgs_education_users_destroy.OPERATION,
            _career_orgs_education_users_destroy.build_request(org=org, username=username),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Education:
        """GET /api/career/orgs/{org}/education/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Education
        """
        return await self._client._send(
            _career_orgs_education_users_retrieve.OPERATION,
            _career_orgs_education_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        body: EducationRequest,
        **options: Unpack[RequestOptions],
    ) -> Education: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        institution_id: int,
        start_date: datetime.date,
        degree: None | str | Unset = UNSET,
        field_of_study: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        grade: None | str | Unset = UNSET,
        activities: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        is_current: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Education: ...

    async def create(
        self,
        *,
        org: str,
        username: str,
        body: EducationRequest | Unset = UNSET,
        institution_id: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        degree: None | str | Unset = UNSET,
        field_of_study: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        grade: None | str | Unset = UNSET,
        activities: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        is_current: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Education:
        """POST /api/career/orgs/{org}/education/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (EducationRequest, request body)
            Or the body's fields as keywords instead of body=: institution_id, start_date,
                degree, field_of_study, end_date, grade, activities, description, data,
                metadata, created_at, is_current

        Returns:
            Education
        """
        body = body_from_fields(
            "career.orgs.education.users.create",
            body,
            EducationRequest,
            ["institution_id", "start_date"],
            (
                ("institution_id", "institution_id", institution_id),
                ("start_date", "start_date", start_date),
                ("degree", "degree", degree),
                ("field_of_study", "field_of_study", field_of_study),
                ("end_date", "end_date", end_date),
                ("grade", "grade", grade),
                ("activities", "activities", activities),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
                ("is_current", "is_current", is_current),
            ),
        )
        return await self._client._send(
            _career_orgs_education_users_create.OPERATION,
            _career_orgs_education_users_create.build_request(
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
        body: EducationRequest,
        **options: Unpack[RequestOptions],
    ) -> Education: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        institution_id: int,
        start_date: datetime.date,
        degree: None | str | Unset = UNSET,
        field_of_study: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        grade: None | str | Unset = UNSET,
        activities: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        is_current: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Education: ...

    async def update(
        self,
        *,
        org: str,
        username: str,
        body: EducationRequest | Unset = UNSET,
        institution_id: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        degree: None | str | Unset = UNSET,
        field_of_study: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        grade: None | str | Unset = UNSET,
        activities: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        is_current: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Education:
        """PUT /api/career/orgs/{org}/education/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (EducationRequest, request body)
            Or the body's fields as keywords instead of body=: institution_id, start_date,
                degree, field_of_study, end_date, grade, activities, description, data,
                metadata, created_at, is_current

        Returns:
            Education
        """
        body = body_from_fields(
            "career.orgs.education.users.update",
            body,
            EducationRequest,
            ["institution_id", "start_date"],
            (
                ("institution_id", "institution_id", institution_id),
                ("start_date", "start_date", start_date),
                ("degree", "degree", degree),
                ("field_of_study", "field_of_study", field_of_study),
                ("end_date", "end_date", end_date),
                ("grade", "grade", grade),
                ("activities", "activities", activities),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
                ("is_current", "is_current", is_current),
            ),
        )
        return await self._client._send(
            _career_orgs_education_users_update.OPERATION,
            _career_orgs_education_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class AsyncCareerOrgsEducationUsersResourceWithRawResponse:
    """`AsyncClient.career.orgs.education.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsEducationUsersResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
