"""`Client.career.orgs.experience.users`: 4 operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.career import (
    career_orgs_experience_users_create as _career_orgs_experience_users_create,
)
from ......api.career import (
    career_orgs_experience_users_destroy as _career_orgs_experience_users_destroy,
)
from ......api.career import (
    career_orgs_experience_users_retrieve as _career_orgs_experience_users_retrieve,
)
from ......api.career import (
    career_orgs_experience_users_update as _career_orgs_experience_users_update,
)
from ......models.experience import Experience
from ......models.experience_request import ExperienceRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CareerOrgsExperienceUsersResource",
    "CareerOrgsExperienceUsersResourceWithRawResponse",
    "AsyncCareerOrgsExperienceUsersResource",
    "AsyncCareerOrgsExperienceUsersResourceWithRawResponse",
]


class CareerOrgsExperienceUsersResource:
    """`Client.career.orgs.experience.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsExperienceUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsExperienceUsersResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_orgs_experience_users_destroy.OPERATION,
            _career_orgs_experience_users_destroy.build_request(org=org, username=username),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """GET /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Experience
        """
        return self._client._send(
            _career_orgs_experience_users_retrieve.OPERATION,
            _career_orgs_experience_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest,
        **options: Unpack[RequestOptions],
    ) -> Experience: ...

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        company_id: int,
        title: str,
        start_date: datetime.date,
        employment_type: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        is_current: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Experience: ...

    def create(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest | Unset = UNSET,
        company_id: int | Unset = UNSET,
        title: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        employment_type: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        is_current: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """POST /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ExperienceRequest, request body)
            Or the body's fields as keywords instead of body=: company_id, title, start_date,
                employment_type, location, end_date, is_current, description, data, metadata,
                created_at

        Returns:
            Experience
        """
        body = body_from_fields(
            "career.orgs.experience.users.create",
            body,
            ExperienceRequest,
            ["company_id", "title", "start_date"],
            (
                ("company_id", "company_id", company_id),
                ("title", "title", title),
                ("start_date", "start_date", start_date),
                ("employment_type", "employment_type", employment_type),
                ("location", "location", location),
                ("end_date", "end_date", end_date),
                ("is_current", "is_current", is_current),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return self._client._send(
            _career_orgs_experience_users_create.OPERATION,
            _career_orgs_experience_users_create.build_request(
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
        body: ExperienceRequest,
        **options: Unpack[RequestOptions],
    ) -> Experience: ...

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        company_id: int,
        title: str,
        start_date: datetime.date,
        employment_type: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        is_current: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Experience: ...

    def update(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest | Unset = UNSET,
        company_id: int | Unset = UNSET,
        title: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        employment_type: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        is_current: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """PUT /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ExperienceRequest, request body)
            Or the body's fields as keywords instead of body=: company_id, title, start_date,
                employment_type, location, end_date, is_current, description, data, metadata,
                created_at

        Returns:
            Experience
        """
        body = body_from_fields(
            "career.orgs.experience.users.update",
            body,
            ExperienceRequest,
            ["company_id", "title", "start_date"],
            (
                ("company_id", "company_id", company_id),
                ("title", "title", title),
                ("start_date", "start_date", start_date),
                ("employment_type", "employment_type", employment_type),
                ("location", "location", location),
                ("end_date", "end_date", end_date),
                ("is_current", "is_current", is_current),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return self._client._send(
            _career_orgs_experience_users_update.OPERATION,
            _career_orgs_experience_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class CareerOrgsExperienceUsersResourceWithRawResponse:
    """`Client.career.orgs.experience.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsExperienceUsersResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncCareerOrgsExperienceUsersResource:
    """`AsyncClient.career.orgs.experience.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsExperienceUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsExperienceUsersResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_orgs_experience_users_destroy.OPERATION,
            _career_orgs_experience_users_destroy.build_request(org=org, username=username),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """GET /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Experience
        """
        return await self._client._send(
            _career_orgs_experience_users_retrieve.OPERATION,
            _career_orgs_experience_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest,
        **options: Unpack[RequestOptions],
    ) -> Experience: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        company_id: int,
        title: str,
        start_date: datetime.date,
        employment_type: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        is_current: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Experience: ...

    async def create(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest | Unset = UNSET,
        company_id: int | Unset = UNSET,
        title: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        employment_type: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        is_current: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """POST /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ExperienceRequest, request body)
            Or the body's fields as keywords instead of body=: company_id, title, start_date,
                employment_type, location, end_date, is_current, description, data, metadata,
                created_at

        Returns:
            Experience
        """
        body = body_from_fields(
            "career.orgs.experience.users.create",
            body,
            ExperienceRequest,
            ["company_id", "title", "start_date"],
            (
                ("company_id", "company_id", company_id),
                ("title", "title", title),
                ("start_date", "start_date", start_date),
                ("employment_type", "employment_type", employment_type),
                ("location", "location", location),
                ("end_date", "end_date", end_date),
                ("is_current", "is_current", is_current),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return await self._client._send(
            _career_orgs_experience_users_create.OPERATION,
            _career_orgs_experience_users_create.build_request(
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
        body: ExperienceRequest,
        **options: Unpack[RequestOptions],
    ) -> Experience: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        company_id: int,
        title: str,
        start_date: datetime.date,
        employment_type: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        is_current: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Experience: ...

    async def update(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest | Unset = UNSET,
        company_id: int | Unset = UNSET,
        title: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        employment_type: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        is_current: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """PUT /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ExperienceRequest, request body)
            Or the body's fields as keywords instead of body=: company_id, title, start_date,
                employment_type, location, end_date, is_current, description, data, metadata,
                created_at

        Returns:
            Experience
        """
        body = body_from_fields(
            "career.orgs.experience.users.update",
            body,
            ExperienceRequest,
            ["company_id", "title", "start_date"],
            (
                ("company_id", "company_id", company_id),
                ("title", "title", title),
                ("start_date", "start_date", start_date),
                ("employment_type", "employment_type", employment_type),
                ("location", "location", location),
                ("end_date", "end_date", end_date),
                ("is_current", "is_current", is_current),
                ("description", "description", description),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return await self._client._send(
            _career_orgs_experience_users_update.OPERATION,
            _career_orgs_experience_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class AsyncCareerOrgsExperienceUsersResourceWithRawResponse:
    """`AsyncClient.career.orgs.experience.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsExperienceUsersResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
