"""`Client.credentials.orgs.users.provider_config`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.credentials import (
    credentials_orgs_users_provider_config_create as _credentials_orgs_users_provider_config_create,
)
from ......api.credentials import (
    credentials_orgs_users_provider_config_create_2 as _credentials_orgs_users_provider_config_create_2,
)
from ......api.credentials import (
    credentials_orgs_users_provider_config_destroy as _credentials_orgs_users_provider_config_destroy,
)
from ......api.credentials import (
    credentials_orgs_users_provider_config_destroy_2 as _credentials_orgs_users_provider_config_destroy_2,
)
from ......api.credentials import (
    credentials_orgs_users_provider_config_retrieve as _credentials_orgs_users_provider_config_retrieve,
)
from ......api.credentials import (
    credentials_orgs_users_provider_config_retrieve_2 as _credentials_orgs_users_provider_config_retrieve_2,
)
from ......models.credential_provider_config import CredentialProviderConfig
from ......models.credential_provider_config_request import CredentialProviderConfigRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CredentialsOrgsUsersProviderConfigResource",
    "CredentialsOrgsUsersProviderConfigResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersProviderConfigResource",
    "AsyncCredentialsOrgsUsersProviderConfigResourceWithRawResponse",
]


class CredentialsOrgsUsersProviderConfigResource:
    """`Client.credentials.orgs.users.provider_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersProviderConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersProviderConfigResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deactivate a provider configuration (sets enabled=False).  Request Body:     {
        \"provider_name\": \"accredible\"  // Required     }

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_provider_config_destroy.OPERATION,
            _credentials_orgs_users_provider_config_destroy.build_request(
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
    ) -> CredentialProviderConfig:
        """Retrieve provider configurations for the platform.  Query Parameters:     provider_name
        (str, optional): Filter to a specific provider     page (int, optional): Page number
        page_size (int, optional): Items per page  Returns all configurations for the platform
        if the user is an admin.

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            CredentialProviderConfig
        """
        return self._client._send(
            _credentials_orgs_users_provider_config_retrieve.OPERATION,
            _credentials_orgs_users_provider_config_retrieve.build_request(
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
        body: CredentialProviderConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        provider_name: str,
        config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig: ...

    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: CredentialProviderConfigRequest | Unset = UNSET,
        provider_name: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig:
        """Create or update a provider configuration.  If a configuration doesn't exist for the
        platform and provider, it will be created. If it exists, it will be updated.  Request
        Body:     {         \"provider_name\": \"accredible\",  // Required         \"config\":
        {...},                 // Optional         \"enabled\": true                  //
        Optional     }  Returns:     - 201 Created: When creating a new configuration     - 200
        OK: When updating an existing configuration

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (CredentialProviderConfigRequest, request body): Serializer for
                CredentialProviderConfig model. Serializes provider configuration including
                platform, provider name, config JSON, enabled status, and timestamps.
            Or the body's fields as keywords instead of body=: provider_name, config, enabled

        Returns:
            CredentialProviderConfig
        """
        body = body_from_fields(
            "credentials.orgs.users.provider_config.create",
            body,
            CredentialProviderConfigRequest,
            ["provider_name"],
            (
                ("provider_name", "provider_name", provider_name),
                ("config", "config", config),
                ("enabled", "enabled", enabled),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_provider_config_create.OPERATION,
            _credentials_orgs_users_provider_config_create.build_request(
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
        """Deactivate a provider configuration (sets enabled=False).  Request Body:     {
        \"provider_name\": \"accredible\"  // Required     }

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_provider_config_destroy_2.OPERATION,
            _credentials_orgs_users_provider_config_destroy_2.build_request(
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
    ) -> CredentialProviderConfig:
        """Retrieve provider configurations for the platform.  Query Parameters:     provider_name
        (str, optional): Filter to a specific provider     page (int, optional): Page number
        page_size (int, optional): Items per page  Returns all configurations for the platform
        if the user is an admin.

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            CredentialProviderConfig
        """
        return self._client._send(
            _credentials_orgs_users_provider_config_retrieve_2.OPERATION,
            _credentials_orgs_users_provider_config_retrieve_2.build_request(
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
        body: CredentialProviderConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig: ...

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        provider_name: str,
        config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig: ...

    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: CredentialProviderConfigRequest | Unset = UNSET,
        provider_name: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig:
        """Create or update a provider configuration.  If a configuration doesn't exist for the
        platform and provider, it will be created. If it exists, it will be updated.  Request
        Body:     {         \"provider_name\": \"accredible\",  // Required         \"config\":
        {...},                 // Optional         \"enabled\": true                  //
        Optional     }  Returns:     - 201 Created: When creating a new configuration     - 200
        OK: When updating an existing configuration

        Args:
            platform_key (str, path)
            username (str, path)
            body (CredentialProviderConfigRequest, request body): Serializer for
                CredentialProviderConfig model. Serializes provider configuration including
                platform, provider name, config JSON, enabled status, and timestamps.
            Or the body's fields as keywords instead of body=: provider_name, config, enabled

        Returns:
            CredentialProviderConfig
        """
        body = body_from_fields(
            "credentials.orgs.users.provider_config.create_2",
            body,
            CredentialProviderConfigRequest,
            ["provider_name"],
            (
                ("provider_name", "provider_name", provider_name),
                ("config", "config", config),
                ("enabled", "enabled", enabled),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_provider_config_create_2.OPERATION,
            _credentials_orgs_users_provider_config_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )


class CredentialsOrgsUsersProviderConfigResourceWithRawResponse:
    """`Client.credentials.orgs.users.provider_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersProviderConfigResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy_2 = to_raw_response(resource.destroy_2)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncCredentialsOrgsUsersProviderConfigResource:
    """`AsyncClient.credentials.orgs.users.provider_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersProviderConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersProviderConfigResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deactivate a provider configuration (sets enabled=False).  Request Body:     {
        \"provider_name\": \"accredible\"  // Required     }

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_provider_config_destroy.OPERATION,
            _credentials_orgs_users_provider_config_destroy.build_request(
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
    ) -> CredentialProviderConfig:
        """Retrieve provider configurations for the platform.  Query Parameters:     provider_name
        (str, optional): Filter to a specific provider     page (int, optional): Page number
        page_size (int, optional): Items per page  Returns all configurations for the platform
        if the user is an admin.

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            CredentialProviderConfig
        """
        return await self._client._send(
            _credentials_orgs_users_provider_config_retrieve.OPERATION,
            _credentials_orgs_users_provider_config_retrieve.build_request(
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
        body: CredentialProviderConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        provider_name: str,
        config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig: ...

    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: CredentialProviderConfigRequest | Unset = UNSET,
        provider_name: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig:
        """Create or update a provider configuration.  If a configuration doesn't exist for the
        platform and provider, it will be created. If it exists, it will be updated.  Request
        Body:     {         \"provider_name\": \"accredible\",  // Required         \"config\":
        {...},                 // Optional         \"enabled\": true                  //
        Optional     }  Returns:     - 201 Created: When creating a new configuration     - 200
        OK: When updating an existing configuration

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (CredentialProviderConfigRequest, request body): Serializer for
                CredentialProviderConfig model. Serializes provider configuration including
                platform, provider name, config JSON, enabled status, and timestamps.
            Or the body's fields as keywords instead of body=: provider_name, config, enabled

        Returns:
            CredentialProviderConfig
        """
        body = body_from_fields(
            "credentials.orgs.users.provider_config.create",
            body,
            CredentialProviderConfigRequest,
            ["provider_name"],
            (
                ("provider_name", "provider_name", provider_name),
                ("config", "config", config),
                ("enabled", "enabled", enabled),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_provider_config_create.OPERATION,
            _credentials_orgs_users_provider_config_create.build_request(
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
        """Deactivate a provider configuration (sets enabled=False).  Request Body:     {
        \"provider_name\": \"accredible\"  // Required     }

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_provider_config_destroy_2.OPERATION,
            _credentials_orgs_users_provider_config_destroy_2.build_request(
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
    ) -> CredentialProviderConfig:
        """Retrieve provider configurations for the platform.  Query Parameters:     provider_name
        (str, optional): Filter to a specific provider     page (int, optional): Page number
        page_size (int, optional): Items per page  Returns all configurations for the platform
        if the user is an admin.

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            CredentialProviderConfig
        """
        return await self._client._send(
            _credentials_orgs_users_provider_config_retrieve_2.OPERATION,
            _credentials_orgs_users_provider_config_retrieve_2.build_request(
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
        body: CredentialProviderConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig: ...

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        provider_name: str,
        config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig: ...

    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: CredentialProviderConfigRequest | Unset = UNSET,
        provider_name: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CredentialProviderConfig:
        """Create or update a provider configuration.  If a configuration doesn't exist for the
        platform and provider, it will be created. If it exists, it will be updated.  Request
        Body:     {         \"provider_name\": \"accredible\",  // Required         \"config\":
        {...},                 // Optional         \"enabled\": true                  //
        Optional     }  Returns:     - 201 Created: When creating a new configuration     - 200
        OK: When updating an existing configuration

        Args:
            platform_key (str, path)
            username (str, path)
            body (CredentialProviderConfigRequest, request body): Serializer for
                CredentialProviderConfig model. Serializes provider configuration including
                platform, provider name, config JSON, enabled status, and timestamps.
            Or the body's fields as keywords instead of body=: provider_name, config, enabled

        Returns:
            CredentialProviderConfig
        """
        body = body_from_fields(
            "credentials.orgs.users.provider_config.create_2",
            body,
            CredentialProviderConfigRequest,
            ["provider_name"],
            (
                ("provider_name", "provider_name", provider_name),
                ("config", "config", config),
                ("enabled", "enabled", enabled),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_provider_config_create_2.OPERATION,
            _credentials_orgs_users_provider_config_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )


class AsyncCredentialsOrgsUsersProviderConfigResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.provider_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersProviderConfigResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy_2 = async_to_raw_response(resource.destroy_2)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)
