"""`Client.ai_account.orgs.users.chat_privacy_config`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_account import (
    ai_account_orgs_users_chat_privacy_config_retrieve as _ai_account_orgs_users_chat_privacy_config_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsUsersChatPrivacyConfigResource",
    "AiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse",
    "AsyncAiAccountOrgsUsersChatPrivacyConfigResource",
    "AsyncAiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse",
]


class AiAccountOrgsUsersChatPrivacyConfigResource:
    """`Client.ai_account.orgs.users.chat_privacy_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get platform chat privacy configuration.  Returns whether the platform has enabled the
        ALLOW_USER_CHAT_PRIVACY_CONTROL setting, which determines if users can control their
        chat history privacy.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_account_orgs_users_chat_privacy_config_retrieve.OPERATION,
            _ai_account_orgs_users_chat_privacy_config_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse:
    """`Client.ai_account.orgs.users.chat_privacy_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsUsersChatPrivacyConfigResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAccountOrgsUsersChatPrivacyConfigResource:
    """`AsyncClient.ai_account.orgs.users.chat_privacy_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get platform chat privacy configuration.  Returns whether the platform has enabled the
        ALLOW_USER_CHAT_PRIVACY_CONTROL setting, which determines if users can control their
        chat history privacy.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_account_orgs_users_chat_privacy_config_retrieve.OPERATION,
            _ai_account_orgs_users_chat_privacy_config_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncAiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.users.chat_privacy_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsUsersChatPrivacyConfigResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
