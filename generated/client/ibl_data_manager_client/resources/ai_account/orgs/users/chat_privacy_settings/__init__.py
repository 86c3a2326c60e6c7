"""`Client.ai_account.orgs.users.chat_privacy_settings`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_account import (
    ai_account_orgs_users_chat_privacy_settings_create as _ai_account_orgs_users_chat_privacy_settings_create,
)
from ......api.ai_account import (
    ai_account_orgs_users_chat_privacy_settings_retrieve as _ai_account_orgs_users_chat_privacy_settings_retrieve,
)
from ......models.user_chat_privacy_settings import UserChatPrivacySettings
from ......models.user_chat_privacy_settings_chat_privacy_mode import (
    UserChatPrivacySettingsChatPrivacyMode,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsUsersChatPrivacySettingsResource",
    "AiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse",
    "AsyncAiAccountOrgsUsersChatPrivacySettingsResource",
    "AsyncAiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse",
]


class AiAccountOrgsUsersChatPrivacySettingsResource:
    """`Client.ai_account.orgs.users.chat_privacy_settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get user's global chat privacy settings.  Returns the user's current chat privacy mode
        if the feature is enabled for the platform, otherwise indicates the feature is disabled.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_account_orgs_users_chat_privacy_settings_retrieve.OPERATION,
            _ai_account_orgs_users_chat_privacy_settings_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatPrivacySettings | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        chat_privacy_mode: UserChatPrivacySettingsChatPrivacyMode | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatPrivacySettings | Unset = UNSET,
        chat_privacy_mode: UserChatPrivacySettingsChatPrivacyMode | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update user's global chat privacy settings.  Allows users to set their chat privacy
        preference (normal, anonymized, or disabled) if the platform has enabled the
        ALLOW_USER_CHAT_PRIVACY_CONTROL setting.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserChatPrivacySettings | Unset, request body): Serializer for user chat
                privacy settings.
            Or the body's fields as keywords instead of body=: chat_privacy_mode

        Returns:
            None
        """
        body = optional_body_from_fields(
            "ai_account.orgs.users.chat_privacy_settings.create",
            body,
            UserChatPrivacySettings,
            [],
            (("chat_privacy_mode", "chat_privacy_mode", chat_privacy_mode),),
        )
        return self._client._send(
            _ai_account_orgs_users_chat_privacy_settings_create.OPERATION,
            _ai_account_orgs_users_chat_privacy_settings_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse:
    """`Client.ai_account.orgs.users.chat_privacy_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsUsersChatPrivacySettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiAccountOrgsUsersChatPrivacySettingsResource:
    """`AsyncClient.ai_account.orgs.users.chat_privacy_settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get user's global chat privacy settings.  Returns the user's current chat privacy mode
        if the feature is enabled for the platform, otherwise indicates the feature is disabled.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_account_orgs_users_chat_privacy_settings_retrieve.OPERATION,
            _ai_account_orgs_users_chat_privacy_settings_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatPrivacySettings | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        chat_privacy_mode: UserChatPrivacySettingsChatPrivacyMode | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatPrivacySettings | Unset = UNSET,
        chat_privacy_mode: UserChatPrivacySettingsChatPrivacyMode | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update user's global chat privacy settings.  Allows users to set their chat privacy
        preference (normal, anonymized, or disabled) if the platform has enabled the
        ALLOW_USER_CHAT_PRIVACY_CONTROL setting.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserChatPrivacySettings | Unset, request body): Serializer for user chat
                privacy settings.
            Or the body's fields as keywords instead of body=: chat_privacy_mode

        Returns:
            None
        """
        body = optional_body_from_fields(
            "ai_account.orgs.users.chat_privacy_settings.create",
            body,
            UserChatPrivacySettings,
            [],
            (("chat_privacy_mode", "chat_privacy_mode", chat_privacy_mode),),
        )
        return await self._client._send(
            _ai_account_orgs_users_chat_privacy_settings_create.OPERATION,
            _ai_account_orgs_users_chat_privacy_settings_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.users.chat_privacy_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsUsersChatPrivacySettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
