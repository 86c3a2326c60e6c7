"""`Client.ai_account.orgs.users.tenant_settings`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_account import (
    ai_account_orgs_users_tenant_settings_create as _ai_account_orgs_users_tenant_settings_create,
)
from ......api.ai_account import (
    ai_account_orgs_users_tenant_settings_retrieve as _ai_account_orgs_users_tenant_settings_retrieve,
)
from ......models.tenant_setting import TenantSetting
from ......models.tenant_setting_request import TenantSettingRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsUsersTenantSettingsResource",
    "AiAccountOrgsUsersTenantSettingsResourceWithRawResponse",
    "AsyncAiAccountOrgsUsersTenantSettingsResource",
    "AsyncAiAccountOrgsUsersTenantSettingsResourceWithRawResponse",
]


class AiAccountOrgsUsersTenantSettingsResource:
    """`Client.ai_account.orgs.users.tenant_settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsUsersTenantSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsUsersTenantSettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TenantSetting:
        """Get a platform's settings  Example response: ``` {\"teams_bot_mentor\":
        \"f2116cf2-95c7-4c1f-b19e-666ad529439f\"}  ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TenantSetting
        """
        return self._client._send(
            _ai_account_orgs_users_tenant_settings_retrieve.OPERATION,
            _ai_account_orgs_users_tenant_settings_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TenantSettingRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantSetting:
        """Example Request:  ``` {\"teams_bot_mentor\": \"f2116cf2-95c7-4c1f-b19e-666ad529439f\"}
        ``` The value here is the mentor's unique id

        Args:
            org (str, path)
            user_id (str, path)
            body (TenantSettingRequest | Unset, request body)

        Returns:
            TenantSetting
        """
        return self._client._send(
            _ai_account_orgs_users_tenant_settings_create.OPERATION,
            _ai_account_orgs_users_tenant_settings_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiAccountOrgsUsersTenantSettingsResourceWithRawResponse:
    """`Client.ai_account.orgs.users.tenant_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsUsersTenantSettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiAccountOrgsUsersTenantSettingsResource:
    """`AsyncClient.ai_account.orgs.users.tenant_settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsUsersTenantSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsUsersTenantSettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TenantSetting:
        """Get a platform's settings  Example response: ``` {\"teams_bot_mentor\":
        \"f2116cf2-95c7-4c1f-b19e-666ad529439f\"}  ```

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TenantSetting
        """
        return await self._client._send(
            _ai_account_orgs_users_tenant_settings_retrieve.OPERATION,
            _ai_account_orgs_users_tenant_settings_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TenantSettingRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TenantSetting:
        """Example Request:  ``` {\"teams_bot_mentor\": \"f2116cf2-95c7-4c1f-b19e-666ad529439f\"}
        ``` The value here is the mentor's unique id

        Args:
            org (str, path)
            user_id (str, path)
            body (TenantSettingRequest | Unset, request body)

        Returns:
            TenantSetting
        """
        return await self._client._send(
            _ai_account_orgs_users_tenant_settings_create.OPERATION,
            _ai_account_orgs_users_tenant_settings_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiAccountOrgsUsersTenantSettingsResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.users.tenant_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsUsersTenantSettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
