"""`Client.career.location.orgs.users`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.career import career_location_orgs_users_create as _career_location_orgs_users_create
from ......api.career import (
    career_location_orgs_users_retrieve as _career_location_orgs_users_retrieve,
)
from ......api.career import career_location_orgs_users_update as _career_location_orgs_users_update

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CareerLocationOrgsUsersResource",
    "CareerLocationOrgsUsersResourceWithRawResponse",
    "AsyncCareerLocationOrgsUsersResource",
    "AsyncCareerLocationOrgsUsersResourceWithRawResponse",
]


class CareerLocationOrgsUsersResource:
    """`Client.career.location.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerLocationOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerLocationOrgsUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint for managing user base locations

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_location_orgs_users_retrieve.OPERATION,
            _career_location_orgs_users_retrieve.build_request(org=org, username=username),
            options,
        )

    def create(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint for managing user base locations

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_location_orgs_users_create.OPERATION,
            _career_location_orgs_users_create.build_request(org=org, username=username),
            options,
        )

    def update(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint for managing user base locations

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_location_orgs_users_update.OPERATION,
            _career_location_orgs_users_update.build_request(org=org, username=username),
            options,
        )


class CareerLocationOrgsUsersResourceWithRawResponse:
    """`Client.career.location.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerLocationOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncCareerLocationOrgsUsersResource:
    """`AsyncClient.career.location.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerLocationOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerLocationOrgsUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint for managing user base locations

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_location_orgs_users_retrieve.OPERATION,
            _career_location_orgs_users_retrieve.build_request(org=org, username=username),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint for managing user base locations

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_location_orgs_users_create.OPERATION,
            _career_location_orgs_users_create.build_request(org=org, username=username),
            options,
        )

    async def update(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint for managing user base locations

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_location_orgs_users_update.OPERATION,
            _career_location_orgs_users_update.build_request(org=org, username=username),
            options,
        )


class AsyncCareerLocationOrgsUsersResourceWithRawResponse:
    """`AsyncClient.career.location.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerLocationOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
