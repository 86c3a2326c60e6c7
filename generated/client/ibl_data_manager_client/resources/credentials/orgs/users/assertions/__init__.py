"""`Client.credentials.orgs.users.assertions`: 10 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.credentials import (
    credentials_orgs_users_assertions_create as _credentials_orgs_users_assertions_create,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_create_2 as _credentials_orgs_users_assertions_create_2,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_retrieve as _credentials_orgs_users_assertions_retrieve,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_retrieve_2 as _credentials_orgs_users_assertions_retrieve_2,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_retrieve_3 as _credentials_orgs_users_assertions_retrieve_3,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_retrieve_4 as _credentials_orgs_users_assertions_retrieve_4,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_retrieve_5 as _credentials_orgs_users_assertions_retrieve_5,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_retrieve_6 as _credentials_orgs_users_assertions_retrieve_6,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_update as _credentials_orgs_users_assertions_update,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_update_2 as _credentials_orgs_users_assertions_update_2,
)
from ......models.acceptance_enum import AcceptanceEnum
from ......models.assertion import Assertion
from ......models.assertion_credential_details import AssertionCredentialDetails
from ......models.assertion_request import AssertionRequest
from ......models.paginated_assertions_response import PaginatedAssertionsResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .bulk import (
        AsyncCredentialsOrgsUsersAssertionsBulkResource,
        AsyncCredentialsOrgsUsersAssertionsBulkResourceWithRawResponse,
        CredentialsOrgsUsersAssertionsBulkResource,
        CredentialsOrgsUsersAssertionsBulkResourceWithRawResponse,
    )

__all__ = [
    "CredentialsOrgsUsersAssertionsResource",
    "CredentialsOrgsUsersAssertionsResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersAssertionsResource",
    "AsyncCredentialsOrgsUsersAssertionsResourceWithRawResponse",
]


class CredentialsOrgsUsersAssertionsResource:
    """`Client.credentials.orgs.users.assertions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersAssertionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersAssertionsResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> CredentialsOrgsUsersAssertionsBulkResource:
        from .bulk import CredentialsOrgsUsersAssertionsBulkResource

        return CredentialsOrgsUsersAssertionsBulkResource(self._client)

    def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAssertionsResponse:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            user_id (int, path)
            course (str | Unset, query)
            exclude_main_tenant_assertions (bool | Unset, query)
            include_expired (bool | Unset, query)
            include_revoked (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedAssertionsResponse
        """
        return self._client._send(
            _credentials_orgs_users_assertions_retrieve.OPERATION,
            _credentials_orgs_users_assertions_retrieve.build_request(
                platform_key=platform_key,
                user_id=user_id,
                course=course,
                exclude_main_tenant_assertions=exclude_main_tenant_assertions,
                include_expired=include_expired,
                include_revoked=include_revoked,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            Assertion
        """
        return self._client._send(
            _credentials_orgs_users_assertions_retrieve_2.OPERATION,
            _credentials_orgs_users_assertions_retrieve_2.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: AssertionRequest,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    @overload
    def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body_entity_id: str,
        issued_on: str,
        credential_details: AssertionCredentialDetails,
        revocation_reason: str,
        expires: str,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: AssertionRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        issued_on: str | Unset = UNSET,
        credential_details: AssertionCredentialDetails | Unset = UNSET,
        revocation_reason: str | Unset = UNSET,
        expires: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """PUT /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (AssertionRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, issued_on,
                credential_details, revocation_reason, expires, metadata, narrative, revoked,
                acceptance

        Returns:
            Assertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.update",
            body,
            AssertionRequest,
            ["body_entity_id", "issued_on", "credential_details", "revocation_reason", "expires"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("issued_on", "issued_on", issued_on),
                ("credential_details", "credential_details", credential_details),
                ("revocation_reason", "revocation_reason", revocation_reason),
                ("expires", "expires", expires),
                ("metadata", "metadata", metadata),
                ("narrative", "narrative", narrative),
                ("revoked", "revoked", revoked),
                ("acceptance", "acceptance", acceptance),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_assertions_update.OPERATION,
            _credentials_orgs_users_assertions_update.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    def retrieve_3(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAssertionsResponse:
        """GET /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            PaginatedAssertionsResponse
        """
        return self._client._send(
            _credentials_orgs_users_assertions_retrieve_3.OPERATION,
            _credentials_orgs_users_assertions_retrieve_3.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: AssertionRequest,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body_entity_id: str,
        issued_on: str,
        credential_details: AssertionCredentialDetails,
        revocation_reason: str,
        expires: str,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: AssertionRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        issued_on: str | Unset = UNSET,
        credential_details: AssertionCredentialDetails | Unset = UNSET,
        revocation_reason: str | Unset = UNSET,
        expires: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """POST /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (AssertionRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, issued_on,
                credential_details, revocation_reason, expires, metadata, narrative, revoked,
                acceptance

        Returns:
            Assertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.create",
            body,
            AssertionRequest,
            ["body_entity_id", "issued_on", "credential_details", "revocation_reason", "expires"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("issued_on", "issued_on", issued_on),
                ("credential_details", "credential_details", credential_details),
                ("revocation_reason", "revocation_reason", revocation_reason),
                ("expires", "expires", expires),
                ("metadata", "metadata", metadata),
                ("narrative", "narrative", narrative),
                ("revoked", "revoked", revoked),
                ("acceptance", "acceptance", acceptance),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_assertions_create.OPERATION,
            _credentials_orgs_users_assertions_create.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    def retrieve_4(
        self,
        *,
        platform_key: str,
        username: str,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAssertionsResponse:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            username (str, path)
            course (str | Unset, query)
            exclude_main_tenant_assertions (bool | Unset, query)
            include_expired (bool | Unset, query)
            include_revoked (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedAssertionsResponse
        """
        return self._client._send(
            _credentials_orgs_users_assertions_retrieve_4.OPERATION,
            _credentials_orgs_users_assertions_retrieve_4.build_request(
                platform_key=platform_key,
                username=username,
                course=course,
                exclude_main_tenant_assertions=exclude_main_tenant_assertions,
                include_expired=include_expired,
                include_revoked=include_revoked,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    def retrieve_5(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """GET /api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            Assertion
        """
        return self._client._send(
            _credentials_orgs_users_assertions_retrieve_5.OPERATION,
            _credentials_orgs_users_assertions_retrieve_5.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    @overload
    def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: AssertionRequest,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    @overload
    def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body_entity_id: str,
        issued_on: str,
        credential_details: AssertionCredentialDetails,
        revocation_reason: str,
        expires: str,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: AssertionRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        issued_on: str | Unset = UNSET,
        credential_details: AssertionCredentialDetails | Unset = UNSET,
        revocation_reason: str | Unset = UNSET,
        expires: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """PUT /api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (AssertionRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, issued_on,
                credential_details, revocation_reason, expires, metadata, narrative, revoked,
                acceptance

        Returns:
            Assertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.update_2",
            body,
            AssertionRequest,
            ["body_entity_id", "issued_on", "credential_details", "revocation_reason", "expires"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("issued_on", "issued_on", issued_on),
                ("credential_details", "credential_details", credential_details),
                ("revocation_reason", "revocation_reason", revocation_reason),
                ("expires", "expires", expires),
                ("metadata", "metadata", metadata),
                ("narrative", "narrative", narrative),
                ("revoked", "revoked", revoked),
                ("acceptance", "acceptance", acceptance),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_assertions_update_2.OPERATION,
            _credentials_orgs_users_assertions_update_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )

    def retrieve_6(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAssertionsResponse:
        """GET /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            PaginatedAssertionsResponse
        """
        return self._client._send(
            _credentials_orgs_users_assertions_retrieve_6.OPERATION,
            _credentials_orgs_users_assertions_retrieve_6.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
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
        body: AssertionRequest,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body_entity_id: str,
        issued_on: str,
        credential_details: AssertionCredentialDetails,
        revocation_reason: str,
        expires: str,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: AssertionRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        issued_on: str | Unset = UNSET,
        credential_details: AssertionCredentialDetails | Unset = UNSET,
        revocation_reason: str | Unset = UNSET,
        expires: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (AssertionRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, issued_on,
                credential_details, revocation_reason, expires, metadata, narrative, revoked,
                acceptance

        Returns:
            Assertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.create_2",
            body,
            AssertionRequest,
            ["body_entity_id", "issued_on", "credential_details", "revocation_reason", "expires"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("issued_on", "issued_on", issued_on),
                ("credential_details", "credential_details", credential_details),
                ("revocation_reason", "revocation_reason", revocation_reason),
                ("expires", "expires", expires),
                ("metadata", "metadata", metadata),
                ("narrative", "narrative", narrative),
                ("revoked", "revoked", revoked),
                ("acceptance", "acceptance", acceptance),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_assertions_create_2.OPERATION,
            _credentials_orgs_users_assertions_create_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )


class CredentialsOrgsUsersAssertionsResourceWithRawResponse:
    """`Client.credentials.orgs.users.assertions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersAssertionsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.update = to_raw_response(resource.update)
        self.retrieve_3 = to_raw_response(resource.retrieve_3)
        self.create = to_raw_response(resource.create)
        self.retrieve_4 = to_raw_response(resource.retrieve_4)
        self.retrieve_5 = to_raw_response(resource.retrieve_5)
        self.update_2 = to_raw_response(resource.update_2)
        self.retrieve_6 = to_raw_response(resource.retrieve_6)
        self.create_2 = to_raw_response(resource.create_2)

    @cached_property
    def bulk(self) -> CredentialsOrgsUsersAssertionsBulkResourceWithRawResponse:
        from .bulk import CredentialsOrgsUsersAssertionsBulkResourceWithRawResponse

        return CredentialsOrgsUsersAssertionsBulkResourceWithRawResponse(self._resource.bulk)


class AsyncCredentialsOrgsUsersAssertionsResource:
    """`AsyncClient.credentials.orgs.users.assertions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersAssertionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersAssertionsResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> AsyncCredentialsOrgsUsersAssertionsBulkResource:
        from .bulk import AsyncCredentialsOrgsUsersAssertionsBulkResource

        return AsyncCredentialsOrgsUsersAssertionsBulkResource(self._client)

    async def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAssertionsResponse:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            user_id (int, path)
            course (str | Unset, query)
            exclude_main_tenant_assertions (bool | Unset, query)
            include_expired (bool | Unset, query)
            include_revoked (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedAssertionsResponse
        """
        return await self._client._send(
            _credentials_orgs_users_assertions_retrieve.OPERATION,
            _credentials_orgs_users_assertions_retrieve.build_request(
                platform_key=platform_key,
                user_id=user_id,
                course=course,
                exclude_main_tenant_assertions=exclude_main_tenant_assertions,
                include_expired=include_expired,
                include_revoked=include_revoked,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            Assertion
        """
        return await self._client._send(
            _credentials_orgs_users_assertions_retrieve_2.OPERATION,
            _credentials_orgs_users_assertions_retrieve_2.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: AssertionRequest,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body_entity_id: str,
        issued_on: str,
        credential_details: AssertionCredentialDetails,
        revocation_reason: str,
        expires: str,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    async def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: AssertionRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        issued_on: str | Unset = UNSET,
        credential_details: AssertionCredentialDetails | Unset = UNSET,
        revocation_reason: str | Unset = UNSET,
        expires: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """PUT /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (AssertionRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, issued_on,
                credential_details, revocation_reason, expires, metadata, narrative, revoked,
                acceptance

        Returns:
            Assertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.update",
            body,
            AssertionRequest,
            ["body_entity_id", "issued_on", "credential_details", "revocation_reason", "expires"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("issued_on", "issued_on", issued_on),
                ("credential_details", "credential_details", credential_details),
                ("revocation_reason", "revocation_reason", revocation_reason),
                ("expires", "expires", expires),
                ("metadata", "metadata", metadata),
                ("narrative", "narrative", narrative),
                ("revoked", "revoked", revoked),
                ("acceptance", "acceptance", acceptance),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_assertions_update.OPERATION,
            _credentials_orgs_users_assertions_update.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    async def retrieve_3(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAssertionsResponse:
        """GET /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            PaginatedAssertionsResponse
        """
        return await self._client._send(
            _credentials_orgs_users_assertions_retrieve_3.OPERATION,
            _credentials_orgs_users_assertions_retrieve_3.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: AssertionRequest,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body_entity_id: str,
        issued_on: str,
        credential_details: AssertionCredentialDetails,
        revocation_reason: str,
        expires: str,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: AssertionRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        issued_on: str | Unset = UNSET,
        credential_details: AssertionCredentialDetails | Unset = UNSET,
        revocation_reason: str | Unset = UNSET,
        expires: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """POST /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (AssertionRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, issued_on,
                credential_details, revocation_reason, expires, metadata, narrative, revoked,
                acceptance

        Returns:
            Assertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.create",
            body,
            AssertionRequest,
            ["body_entity_id", "issued_on", "credential_details", "revocation_reason", "expires"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("issued_on", "issued_on", issued_on),
                ("credential_details", "credential_details", credential_details),
                ("revocation_reason", "revocation_reason", revocation_reason),
                ("expires", "expires", expires),
                ("metadata", "metadata", metadata),
                ("narrative", "narrative", narrative),
                ("revoked", "revoked", revoked),
                ("acceptance", "acceptance", acceptance),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_assertions_create.OPERATION,
            _credentials_orgs_users_assertions_create.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    async def retrieve_4(
        self,
        *,
        platform_key: str,
        username: str,
        course: str | Unset = UNSET,
        exclude_main_tenant_assertions: bool | Unset = UNSET,
        include_expired: bool | Unset = UNSET,
        include_revoked: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAssertionsResponse:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            username (str, path)
            course (str | Unset, query)
            exclude_main_tenant_assertions (bool | Unset, query)
            include_expired (bool | Unset, query)
            include_revoked (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedAssertionsResponse
        """
        return await self._client._send(
            _credentials_orgs_users_assertions_retrieve_4.OPERATION,
            _credentials_orgs_users_assertions_retrieve_4.build_request(
                platform_key=platform_key,
                username=username,
                course=course,
                exclude_main_tenant_assertions=exclude_main_tenant_assertions,
                include_expired=include_expired,
                include_revoked=include_revoked,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    async def retrieve_5(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """GET /api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            Assertion
        """
        return await self._client._send(
            _credentials_orgs_users_assertions_retrieve_5.OPERATION,
            _credentials_orgs_users_assertions_retrieve_5.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    @overload
    async def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: AssertionRequest,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    @overload
    async def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body_entity_id: str,
        issued_on: str,
        credential_details: AssertionCredentialDetails,
        revocation_reason: str,
        expires: str,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    async def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: AssertionRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        issued_on: str | Unset = UNSET,
        credential_details: AssertionCredentialDetails | Unset = UNSET,
        revocation_reason: str | Unset = UNSET,
        expires: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """PUT /api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (AssertionRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, issued_on,
                credential_details, revocation_reason, expires, metadata, narrative, revoked,
                acceptance

        Returns:
            Assertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.update_2",
            body,
            AssertionRequest,
            ["body_entity_id", "issued_on", "credential_details", "revocation_reason", "expires"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("issued_on", "issued_on", issued_on),
                ("credential_details", "credential_details", credential_details),
                ("revocation_reason", "revocation_reason", revocation_reason),
                ("expires", "expires", expires),
                ("metadata", "metadata", metadata),
                ("narrative", "narrative", narrative),
                ("revoked", "revoked", revoked),
                ("acceptance", "acceptance", acceptance),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_assertions_update_2.OPERATION,
            _credentials_orgs_users_assertions_update_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )

    async def retrieve_6(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAssertionsResponse:
        """GET /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            PaginatedAssertionsResponse
        """
        return await self._client._send(
            _credentials_orgs_users_assertions_retrieve_6.OPERATION,
            _credentials_orgs_users_assertions_retrieve_6.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
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
        body: AssertionRequest,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body_entity_id: str,
        issued_on: str,
        credential_details: AssertionCredentialDetails,
        revocation_reason: str,
        expires: str,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion: ...

    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: AssertionRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        issued_on: str | Unset = UNSET,
        credential_details: AssertionCredentialDetails | Unset = UNSET,
        revocation_reason: str | Unset = UNSET,
        expires: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        narrative: None | str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        acceptance: AcceptanceEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (AssertionRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, issued_on,
                credential_details, revocation_reason, expires, metadata, narrative, revoked,
                acceptance

        Returns:
            Assertion
        """
        body = body_from_fields(
            "credentials.orgs.users.assertions.create_2",
            body,
            AssertionRequest,
            ["body_entity_id", "issued_on", "credential_details", "revocation_reason", "expires"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("issued_on", "issued_on", issued_on),
                ("credential_details", "credential_details", credential_details),
                ("revocation_reason", "revocation_reason", revocation_reason),
                ("expires", "expires", expires),
                ("metadata", "metadata", metadata),
                ("narrative", "narrative", narrative),
                ("revoked", "revoked", revoked),
                ("acceptance", "acceptance", acceptance),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_assertions_create_2.OPERATION,
            _credentials_orgs_users_assertions_create_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )


class AsyncCredentialsOrgsUsersAssertionsResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.assertions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersAssertionsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.update = async_to_raw_response(resource.update)
        self.retrieve_3 = async_to_raw_response(resource.retrieve_3)
        self.create = async_to_raw_response(resource.create)
        self.retrieve_4 = async_to_raw_response(resource.retrieve_4)
        self.retrieve_5 = async_to_raw_response(resource.retrieve_5)
        self.update_2 = async_to_raw_response(resource.update_2)
        self.retrieve_6 = async_to_raw_response(resource.retrieve_6)
        self.create_2 = async_to_raw_response(resource.create_2)

    @cached_property
    def bulk(self) -> AsyncCredentialsOrgsUsersAssertionsBulkResourceWithRawResponse:
        from .bulk import AsyncCredentialsOrgsUsersAssertionsBulkResourceWithRawResponse

        return AsyncCredentialsOrgsUsersAssertionsBulkResourceWithRawResponse(self._resource.bulk)
