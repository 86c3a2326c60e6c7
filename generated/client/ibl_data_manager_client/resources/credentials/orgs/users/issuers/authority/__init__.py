"""`Client.credentials.orgs.users.issuers.authority`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.credentials import (
    credentials_orgs_users_issuers_authority_create as _credentials_orgs_users_issuers_authority_create,
)
from .......api.credentials import (
    credentials_orgs_users_issuers_authority_create_2 as _credentials_orgs_users_issuers_authority_create_2,
)
from .......models.issuer_authority import IssuerAuthority
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CredentialsOrgsUsersIssuersAuthorityResource",
    "CredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersIssuersAuthorityResource",
    "AsyncCredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse",
]


class CredentialsOrgsUsersIssuersAuthorityResource:
    """`Client.credentials.orgs.users.issuers.authority`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: IssuerAuthority,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        name: str,
        title: str,
        signature: str,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority: ...

    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: IssuerAuthority | Unset = UNSET,
        name: str | Unset = UNSET,
        title: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority:
        """POST /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/authority/

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (IssuerAuthority, request body)
            Or the body's fields as keywords instead of body=: name, title, signature

        Returns:
            IssuerAuthority
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.authority.create",
            body,
            IssuerAuthority,
            ["name", "title", "signature"],
            (
                ("name", "name", name),
                ("title", "title", title),
                ("signature", "signature", signature),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_issuers_authority_create.OPERATION,
            _credentials_orgs_users_issuers_authority_create.build_request(
                platform_key=platform_key, user_id=user_id, body=body
            ),
            options,
        )

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: IssuerAuthority,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority: ...

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        name: str,
        title: str,
        signature: str,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority: ...

    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: IssuerAuthority | Unset = UNSET,
        name: str | Unset = UNSET,
        title: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority:
        """POST /api/credentials/orgs/{platform_key}/users/{username}/issuers/authority/

        Args:
            platform_key (str, path)
            username (str, path)
            body (IssuerAuthority, request body)
            Or the body's fields as keywords instead of body=: name, title, signature

        Returns:
            IssuerAuthority
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.authority.create_2",
            body,
            IssuerAuthority,
            ["name", "title", "signature"],
            (
                ("name", "name", name),
                ("title", "title", title),
                ("signature", "signature", signature),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_issuers_authority_create_2.OPERATION,
            _credentials_orgs_users_issuers_authority_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )


class CredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse:
    """`Client.credentials.orgs.users.issuers.authority`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersIssuersAuthorityResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncCredentialsOrgsUsersIssuersAuthorityResource:
    """`AsyncClient.credentials.orgs.users.issuers.authority`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: IssuerAuthority,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        name: str,
        title: str,
        signature: str,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority: ...

    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: IssuerAuthority | Unset = UNSET,
        name: str | Unset = UNSET,
        title: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority:
        """POST /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/authority/

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (IssuerAuthority, request body)
            Or the body's fields as keywords instead of body=: name, title, signature

        Returns:
            IssuerAuthority
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.authority.create",
            body,
            IssuerAuthority,
            ["name", "title", "signature"],
            (
                ("name", "name", name),
                ("title", "title", title),
                ("signature", "signature", signature),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_issuers_authority_create.OPERATION,
            _credentials_orgs_users_issuers_authority_create.build_request(
                platform_key=platform_key, user_id=user_id, body=body
            ),
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: IssuerAuthority,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority: ...

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        name: str,
        title: str,
        signature: str,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority: ...

    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: IssuerAuthority | Unset = UNSET,
        name: str | Unset = UNSET,
        title: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IssuerAuthority:
        """POST /api/credentials/orgs/{platform_key}/users/{username}/issuers/authority/

        Args:
            platform_key (str, path)
            username (str, path)
            body (IssuerAuthority, request body)
            Or the body's fields as keywords instead of body=: name, title, signature

        Returns:
            IssuerAuthority
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.authority.create_2",
            body,
            IssuerAuthority,
            ["name", "title", "signature"],
            (
                ("name", "name", name),
                ("title", "title", title),
                ("signature", "signature", signature),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_issuers_authority_create_2.OPERATION,
            _credentials_orgs_users_issuers_authority_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )


class AsyncCredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.issuers.authority`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersIssuersAuthorityResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.create_2 = async_to_raw_response(resource.create_2)
