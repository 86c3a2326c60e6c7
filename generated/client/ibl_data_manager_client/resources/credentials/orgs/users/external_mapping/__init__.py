"""`Client.credentials.orgs.users.external_mapping`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.credentials import (
    credentials_orgs_users_external_mapping_create as _credentials_orgs_users_external_mapping_create,
)
from ......api.credentials import (
    credentials_orgs_users_external_mapping_create_2 as _credentials_orgs_users_external_mapping_create_2,
)
from ......api.credentials import (
    credentials_orgs_users_external_mapping_destroy as _credentials_orgs_users_external_mapping_destroy,
)
from ......api.credentials import (
    credentials_orgs_users_external_mapping_destroy_2 as _credentials_orgs_users_external_mapping_destroy_2,
)
from ......api.credentials import (
    credentials_orgs_users_external_mapping_retrieve as _credentials_orgs_users_external_mapping_retrieve,
)
from ......api.credentials import (
    credentials_orgs_users_external_mapping_retrieve_2 as _credentials_orgs_users_external_mapping_retrieve_2,
)
from ......models.external_credential_mapping import ExternalCredentialMapping
from ......models.external_credential_mapping_request import ExternalCredentialMappingRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CredentialsOrgsUsersExternalMappingResource",
    "CredentialsOrgsUsersExternalMappingResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersExternalMappingResource",
    "AsyncCredentialsOrgsUsersExternalMappingResourceWithRawResponse",
]


class CredentialsOrgsUsersExternalMappingResource:
    """`Client.credentials.orgs.users.external_mapping`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersExternalMappingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersExternalMappingResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an external credential mapping.  Request Body:     {         \"credential_id\":
        \"credential-entity-id\",  // Required         \"provider_name\": \"accredible\"
        // Required     }  Returns:     A JSON response confirming deletion

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_external_mapping_destroy.OPERATION,
            _credentials_orgs_users_external_mapping_destroy.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping:
        """Retrieve external credential mappings for the platform.  Query Parameters:
        credential_id (str, optional): Filter by credential entity_id     provider_name (str,
        optional): Filter by provider name     page (int, optional): Page number     page_size
        (int, optional): Items per page  Returns all mappings for the platform if the user is an
        admin.

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            ExternalCredentialMapping
        """
        return self._client._send(
            _credentials_orgs_users_external_mapping_retrieve.OPERATION,
            _credentials_orgs_users_external_mapping_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: ExternalCredentialMappingRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        provider_name: str,
        external_template_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping: ...

    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: ExternalCredentialMappingRequest | Unset = UNSET,
        provider_name: str | Unset = UNSET,
        external_template_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping:
        """Create or update an external credential mapping.  If a mapping doesn't exist for the
        credential + platform + provider combination, it will be created. If it exists, it will
        be updated.  Request Body:     {         \"credential_id\": \"credential-entity-id\",
        // Required         \"provider_name\": \"accredible\",            // Required
        \"external_template_id\": \"123456\",         // Optional         \"metadata\": {}
        // Optional     }  Returns:     - 201 Created: When creating a new mapping     - 200 OK:
        When updating an existing mapping

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (ExternalCredentialMappingRequest, request body): Serializer for
                ExternalCredentialMapping model. Serializes external credential mappings
                including credential, platform, provider, external_template_id, and metadata.
            Or the body's fields as keywords instead of body=: provider_name,
                external_template_id, group_id, metadata

        Returns:
            ExternalCredentialMapping
        """
        body = body_from_fields(
            "credentials.orgs.users.external_mapping.create",
            body,
            ExternalCredentialMappingRequest,
            ["provider_name"],
            (
                ("provider_name", "provider_name", provider_name),
                ("external_template_id", "external_template_id", external_template_id),
                ("group_id", "group_id", group_id),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_external_mapping_create.OPERATION,
            _credentials_orgs_users_external_mapping_create.build_request(
                platform_key=platform_key, user_id=user_id, body=body
            ),
            options,
        )

    def destroy_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an external credential mapping.  Request Body:     {         \"credential_id\":
        \"credential-entity-id\",  // Required         \"provider_name\": \"accredible\"
        // Required     }  Returns:     A JSON response confirming deletion

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_external_mapping_destroy_2.OPERATION,
            _credentials_orgs_users_external_mapping_destroy_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping:
        """Retrieve external credential mappings for the platform.  Query Parameters:
        credential_id (str, optional): Filter by credential entity_id     provider_name (str,
        optional): Filter by provider name     page (int, optional): Page number     page_size
        (int, optional): Items per page  Returns all mappings for the platform if the user is an
        admin.

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            ExternalCredentialMapping
        """
        return self._client._send(
            _credentials_orgs_users_external_mapping_retrieve_2.OPERATION,
            _credentials_orgs_users_external_mapping_retrieve_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: ExternalCredentialMappingRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping: ...

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        provider_name: str,
        external_template_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping: ...

    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: ExternalCredentialMappingRequest | Unset = UNSET,
        provider_name: str | Unset = UNSET,
        external_template_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping:
        """Create or update an external credential mapping.  If a mapping doesn't exist for the
        credential + platform + provider combination, it will be created. If it exists, it will
        be updated.  Request Body:     {         \"credential_id\": \"credential-entity-id\",
        // Required         \"provider_name\": \"accredible\",            // Required
        \"external_template_id\": \"123456\",         // Optional         \"metadata\": {}
        // Optional     }  Returns:     - 201 Created: When creating a new mapping     - 200 OK:
        When updating an existing mapping

        Args:
            platform_key (str, path)
            username (str, path)
            body (ExternalCredentialMappingRequest, request body): Serializer for
                ExternalCredentialMapping model. Serializes external credential mappings
                including credential, platform, provider, external_template_id, and metadata.
            Or the body's fields as keywords instead of body=: provider_name,
                external_template_id, group_id, metadata

        Returns:
            ExternalCredentialMapping
        """
        body = body_from_fields(
            "credentials.orgs.users.external_mapping.create_2",
            body,
            ExternalCredentialMappingRequest,
            ["provider_name"],
            (
                ("provider_name", "provider_name", provider_name),
                ("external_template_id", "external_template_id", external_template_id),
                ("group_id", "group_id", group_id),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_external_mapping_create_2.OPERATION,
            _credentials_orgs_users_external_mapping_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )


class CredentialsOrgsUsersExternalMappingResourceWithRawResponse:
    """`Client.credentials.orgs.users.external_mapping`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersExternalMappingResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy_2 = to_raw_response(resource.destroy_2)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncCredentialsOrgsUsersExternalMappingResource:
    """`AsyncClient.credentials.orgs.users.external_mapping`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersExternalMappingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersExternalMappingResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an external credential mapping.  Request Body:     {         \"credential_id\":
        \"credential-entity-id\",  // Required         \"provider_name\": \"accredible\"
        // Required     }  Returns:     A JSON response confirming deletion

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_external_mapping_destroy.OPERATION,
            _credentials_orgs_users_external_mapping_destroy.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping:
        """Retrieve external credential mappings for the platform.  Query Parameters:
        credential_id (str, optional): Filter by credential entity_id     provider_name (str,
        optional): Filter by provider name     page (int, optional): Page number     page_size
        (int, optional): Items per page  Returns all mappings for the platform if the user is an
        admin.

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            ExternalCredentialMapping
        """
        return await self._client._send(
            _credentials_orgs_users_external_mapping_retrieve.OPERATION,
            _credentials_orgs_users_external_mapping_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: ExternalCredentialMappingRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        provider_name: str,
        external_template_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping: ...

    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: ExternalCredentialMappingRequest | Unset = UNSET,
        provider_name: str | Unset = UNSET,
        external_template_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping:
        """Create or update an external credential mapping.  If a mapping doesn't exist for the
        credential + platform + provider combination, it will be created. If it exists, it will
        be updated.  Request Body:     {         \"credential_id\": \"credential-entity-id\",
        // Required         \"provider_name\": \"accredible\",            // Required
        \"external_template_id\": \"123456\",         // Optional         \"metadata\": {}
        // Optional     }  Returns:     - 201 Created: When creating a new mapping     - 200 OK:
        When updating an existing mapping

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (ExternalCredentialMappingRequest, request body): Serializer for
                ExternalCredentialMapping model. Serializes external credential mappings
                including credential, platform, provider, external_template_id, and metadata.
            Or the body's fields as keywords instead of body=: provider_name,
                external_template_id, group_id, metadata

        Returns:
            ExternalCredentialMapping
        """
        body = body_from_fields(
            "credentials.orgs.users.external_mapping.create",
            body,
            ExternalCredentialMappingRequest,
            ["provider_name"],
            (
                ("provider_name", "provider_name", provider_name),
                ("external_template_id", "external_template_id", external_template_id),
                ("group_id", "group_id", group_id),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_external_mapping_create.OPERATION,
            _credentials_orgs_users_external_mapping_create.build_request(
                platform_key=platform_key, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an external credential mapping.  Request Body:     {         \"credential_id\":
        \"credential-entity-id\",  // Required         \"provider_name\": \"accredible\"
        // Required     }  Returns:     A JSON response confirming deletion

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_external_mapping_destroy_2.OPERATION,
            _credentials_orgs_users_external_mapping_destroy_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping:
        """Retrieve external credential mappings for the platform.  Query Parameters:
        credential_id (str, optional): Filter by credential entity_id     provider_name (str,
        optional): Filter by provider name     page (int, optional): Page number     page_size
        (int, optional): Items per page  Returns all mappings for the platform if the user is an
        admin.

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            ExternalCredentialMapping
        """
        return await self._client._send(
            _credentials_orgs_users_external_mapping_retrieve_2.OPERATION,
            _credentials_orgs_users_external_mapping_retrieve_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: ExternalCredentialMappingRequest,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping: ...

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        provider_name: str,
        external_template_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping: ...

    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: ExternalCredentialMappingRequest | Unset = UNSET,
        provider_name: str | Unset = UNSET,
        external_template_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ExternalCredentialMapping:
        """Create or update an external credential mapping.  If a mapping doesn't exist for the
        credential + platform + provider combination, it will be created. If it exists, it will
        be updated.  Request Body:     {         \"credential_id\": \"credential-entity-id\",
        // Required         \"provider_name\": \"accredible\",            // Required
        \"external_template_id\": \"123456\",         // Optional         \"metadata\": {}
        // Optional     }  Returns:     - 201 Created: When creating a new mapping     - 200 OK:
        When updating an existing mapping

        Args:
            platform_key (str, path)
            username (str, path)
            body (ExternalCredentialMappingRequest, request body): Serializer for
                ExternalCredentialMapping model. Serializes external credential mappings
                including credential, platform, provider, external_template_id, and metadata.
            Or the body's fields as keywords instead of body=: provider_name,
                external_template_id, group_id, metadata

        Returns:
            ExternalCredentialMapping
        """
        body = body_from_fields(
            "credentials.orgs.users.external_mapping.create_2",
            body,
            ExternalCredentialMappingRequest,
            ["provider_name"],
            (
                ("provider_name", "provider_name", provider_name),
                ("external_template_id", "external_template_id", external_template_id),
                ("group_id", "group_id", group_id),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_external_mapping_create_2.OPERATION,
            _credentials_orgs_users_external_mapping_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )


class AsyncCredentialsOrgsUsersExternalMappingResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.external_mapping`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersExternalMappingResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy_2 = async_to_raw_response(resource.destroy_2)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)
