"""`Client.credentials.orgs.users.assertions.bulk`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.credentials import (
    credentials_orgs_users_assertions_bulk_create as _credentials_orgs_users_assertions_bulk_create,
)
from .......api.credentials import (
    credentials_orgs_users_assertions_bulk_create_2 as _credentials_orgs_users_assertions_bulk_create_2,
)
from .......models.bulk_create_assertion import BulkCreateAssertion
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CredentialsOrgsUsersAssertionsBulkResource",
    "CredentialsOrgsUsersAssertionsBulkResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersAssertionsBulkResource",
    "AsyncCredentialsOrgsUsersAssertionsBulkResourceWithRawResponse",
]


class CredentialsOrgsUsersAssertionsBulkResource:
    """`Client.credentials.orgs.users.assertions.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersAssertionsBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersAssertionsBulkResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: BulkCreateAssertion,
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        skipped: list[Any],
        issued: list[Any],
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion: ...

    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: BulkCreateAssertion | Unset = UNSET,
        skipped: list[Any] | Unset = UNSET,
        issued: list[Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion:
        """POST /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/bulk/

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (BulkCreateAssertion, request body)
            Or the body's fields as keywords instead of body=: skipped, issued

        Returns:
            BulkCreateAssertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.bulk.create",
            body,
            BulkCreateAssertion,
            ["skipped", "issued"],
            (
                ("skipped", "skipped", skipped),
                ("issued", "issued", issued),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_assertions_bulk_create.OPERATION,
            _credentials_orgs_users_assertions_bulk_create.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: BulkCreateAssertion,
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion: ...

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        skipped: list[Any],
        issued: list[Any],
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion: ...

    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: BulkCreateAssertion | Unset = UNSET,
        skipped: list[Any] | Unset = UNSET,
        issued: list[Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion:
        """POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/bulk/

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (BulkCreateAssertion, request body)
            Or the body's fields as keywords instead of body=: skipped, issued

        Returns:
            BulkCreateAssertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.bulk.create_2",
            body,
            BulkCreateAssertion,
            ["skipped", "issued"],
            (
                ("skipped", "skipped", skipped),
                ("issued", "issued", issued),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_assertions_bulk_create_2.OPERATION,
            _credentials_orgs_users_assertions_bulk_create_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )


class CredentialsOrgsUsersAssertionsBulkResourceWithRawResponse:
    """`Client.credentials.orgs.users.assertions.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersAssertionsBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncCredentialsOrgsUsersAssertionsBulkResource:
    """`AsyncClient.credentials.orgs.users.assertions.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersAssertionsBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersAssertionsBulkResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: BulkCreateAssertion,
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        skipped: list[Any],
        issued: list[Any],
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion: ...

    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: BulkCreateAssertion | Unset = UNSET,
        skipped: list[Any] | Unset = UNSET,
        issued: list[Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion:
        """POST /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/bulk/

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (BulkCreateAssertion, request body)
            Or the body's fields as keywords instead of body=: skipped, issued

        Returns:
            BulkCreateAssertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.bulk.create",
            body,
            BulkCreateAssertion,
            ["skipped", "issued"],
            (
                ("skipped", "skipped", skipped),
                ("issued", "issued", issued),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_assertions_bulk_create.OPERATION,
            _credentials_orgs_users_assertions_bulk_create.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: BulkCreateAssertion,
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion: ...

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        skipped: list[Any],
        issued: list[Any],
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion: ...

    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: BulkCreateAssertion | Unset = UNSET,
        skipped: list[Any] | Unset = UNSET,
        issued: list[Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCreateAssertion:
        """POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/bulk/

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (BulkCreateAssertion, request body)
            Or the body's fields as keywords instead of body=: skipped, issued

        Returns:
            BulkCreateAssertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.bulk.create_2",
            body,
            BulkCreateAssertion,
            ["skipped", "issued"],
            (
                ("skipped", "skipped", skipped),
                ("issued", "issued", issued),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_assertions_bulk_create_2.OPERATION,
            _credentials_orgs_users_assertions_bulk_create_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )


class AsyncCredentialsOrgsUsersAssertionsBulkResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.assertions.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersAssertionsBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.create_2 = async_to_raw_response(resource.create_2)
