"""`Client.career.orgs.companies.users`: 4 operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.career import (
    career_orgs_companies_users_create as _career_orgs_companies_users_create,
)
from ......api.career import (
    career_orgs_companies_users_destroy as _career_orgs_companies_users_destroy,
)
from ......api.career import (
    career_orgs_companies_users_retrieve as _career_orgs_companies_users_retrieve,
)
from ......api.career import (
    career_orgs_companies_users_update as _career_orgs_companies_users_update,
)
from ......models.company import Company
from ......models.company_request import CompanyRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CareerOrgsCompaniesUsersResource",
    "CareerOrgsCompaniesUsersResourceWithRawResponse",
    "AsyncCareerOrgsCompaniesUsersResource",
    "AsyncCareerOrgsCompaniesUsersResourceWithRawResponse",
]


class CareerOrgsCompaniesUsersResource:
    """`Client.career.orgs.companies.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsCompaniesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsCompaniesUsersResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/companies/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_orgs_companies_users_destroy.OPERATION,
            _career_orgs_companies_users_destroy.build_request(org=org, username=username),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Company:
        """GET /api/career/orgs/{org}/companies/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Company
        """
        return self._client._send(
            _career_orgs_companies_users_retrieve.OPERATION,
            _career_orgs_companies_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        body: CompanyRequest,
        **options: Unpack[RequestOptions],
    ) -> Company: ...

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        name: str,
        industry: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Company: ...

    def create(
        self,
        *,
        org: str,
        username: str,
        body: CompanyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        industry: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Company:
        """POST /api/career/orgs/{org}/companies/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (CompanyRequest, request body)
            Or the body's fields as keywords instead of body=: name, industry, website,
                logo_url, data, metadata, created_at

        Returns:
            Company
        """
        body = body_from_fields(
            "career.orgs.companies.users.create",
            body,
            CompanyRequest,
            ["name"],
            (
                ("name", "name", name),
                ("industry", "industry", industry),
                ("website", "website", website),
                ("logo_url", "logo_url", logo_url),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return self._client._send(
            _career_orgs_companies_users_create.OPERATION,
            _career_orgs_companies_users_create.build_request(
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
        body: CompanyRequest,
        **options: Unpack[RequestOptions],
    ) -> Company: ...

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        name: str,
        industry: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Company: ...

    def update(
        self,
        *,
        org: str,
        username: str,
        body: CompanyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        industry: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Company:
        """PUT /api/career/orgs/{org}/companies/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (CompanyRequest, request body)
            Or the body's fields as keywords instead of body=: name, industry, website,
                logo_url, data, metadata, created_at

        Returns:
            Company
        """
        body = body_from_fields(
            "career.orgs.companies.users.update",
            body,
            CompanyRequest,
            ["name"],
            (
                ("name", "name", name),
                ("industry", "industry", industry),
                ("website", "website", website),
                ("logo_url", "logo_url", logo_url),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return self._client._send(
            _career_orgs_companies_users_update.OPERATION,
            _career_orgs_companies_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class CareerOrgsCompaniesUsersResourceWithRawResponse:
    """`Client.career.orgs.companies.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsCompaniesUsersResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncCareerOrgsCompaniesUsersResource:
    """`AsyncClient.career.orgs.companies.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsCompaniesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsCompaniesUsersResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/companies/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_orgs_companies_users_destroy.OPERATION,
            _career_orgs_companies_users_destroy.build_request(org=org, username=username),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Company:
        """GET /api/career/orgs/{org}/companies/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Company
        """
        return await self._client._send(
            _career_orgs_companies_users_retrieve.OPERATION,
            _career_orgs_companies_users_retrieve.build_request(org=org, username=username),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        body: CompanyRequest,
        **options: Unpack[RequestOptions],
    ) -> Company: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        name: str,
        industry: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Company: ...

    async def create(
        self,
        *,
        org: str,
        username: str,
        body: CompanyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        industry: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Company:
        """POST /api/career/orgs/{org}/companies/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (CompanyRequest, request body)
            Or the body's fields as keywords instead of body=: name, industry, website,
                logo_url, data, metadata, created_at

        Returns:
            Company
        """
        body = body_from_fields(
            "career.orgs.companies.users.create",
            body,
            CompanyRequest,
            ["name"],
            (
                ("name", "name", name),
                ("industry", "industry", industry),
                ("website", "website", website),
                ("logo_url", "logo_url", logo_url),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return await self._client._send(
            _career_orgs_companies_users_create.OPERATION,
            _career_orgs_companies_users_create.build_request(
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
        body: CompanyRequest,
        **options: Unpack[RequestOptions],
    ) -> Company: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        name: str,
        industry: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Company: ...

    async def update(
        self,
        *,
        org: str,
        username: str,
        body: CompanyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        industry: None | str | Unset = UNSET,
        website: None | str | Unset = UNSET,
        logo_url: None | str | Unset = UNSET,
        data: Any | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Company:
        """PUT /api/career/orgs/{org}/companies/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (CompanyRequest, request body)
            Or the body's fields as keywords instead of body=: name, industry, website,
                logo_url, data, metadata, created_at

        Returns:
            Company
        """
        body = body_from_fields(
            "career.orgs.companies.users.update",
            body,
            CompanyRequest,
            ["name"],
            (
                ("name", "name", name),
                ("industry", "industry", industry),
                ("website", "website", website),
                ("logo_url", "logo_url", logo_url),
                ("data", "data", data),
                ("metadata", "metadata", metadata),
                ("created_at", "created_at", created_at),
            ),
        )
        return await self._client._send(
            _career_orgs_companies_users_update.OPERATION,
            _career_orgs_companies_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class AsyncCareerOrgsCompaniesUsersResourceWithRawResponse:
    """`AsyncClient.career.orgs.companies.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsCompaniesUsersResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
