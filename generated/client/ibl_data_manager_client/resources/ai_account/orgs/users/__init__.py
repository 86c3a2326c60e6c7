"""`Client.ai_account.orgs.users`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .chat_privacy_config import (
        AiAccountOrgsUsersChatPrivacyConfigResource,
        AiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse,
        AsyncAiAccountOrgsUsersChatPrivacyConfigResource,
        AsyncAiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse,
    )
    from .chat_privacy_settings import (
        AiAccountOrgsUsersChatPrivacySettingsResource,
        AiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse,
        AsyncAiAccountOrgsUsersChatPrivacySettingsResource,
        AsyncAiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse,
    )
    from .default_llm_key_usage import (
        AiAccountOrgsUsersDefaultLlmKeyUsageResource,
        AiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse,
        AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResource,
        AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse,
    )
    from .free_trial import (
        AiAccountOrgsUsersFreeTrialResource,
        AiAccountOrgsUsersFreeTrialResourceWithRawResponse,
        AsyncAiAccountOrgsUsersFreeTrialResource,
        AsyncAiAccountOrgsUsersFreeTrialResourceWithRawResponse,
    )
    from .tenant_settings import (
        AiAccountOrgsUsersTenantSettingsResource,
        AiAccountOrgsUsersTenantSettingsResourceWithRawResponse,
        AsyncAiAccountOrgsUsersTenantSettingsResource,
        AsyncAiAccountOrgsUsersTenantSettingsResourceWithRawResponse,
    )

__all__ = [
    "AiAccountOrgsUsersResource",
    "AiAccountOrgsUsersResourceWithRawResponse",
    "AsyncAiAccountOrgsUsersResource",
    "AsyncAiAccountOrgsUsersResourceWithRawResponse",
]


class AiAccountOrgsUsersResource:
    """`Client.ai_account.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def chat_privacy_config(self) -> AiAccountOrgsUsersChatPrivacyConfigResource:
        from .chat_privacy_config import AiAccountOrgsUsersChatPrivacyConfigResource

        return AiAccountOrgsUsersChatPrivacyConfigResource(self._client)

    @cached_property
    def chat_privacy_settings(self) -> AiAccountOrgsUsersChatPrivacySettingsResource:
        from .chat_privacy_settings import AiAccountOrgsUsersChatPrivacySettingsResource

        return AiAccountOrgsUsersChatPrivacySettingsResource(self._client)

    @cached_property
    def default_llm_key_usage(self) -> AiAccountOrgsUsersDefaultLlmKeyUsageResource:
        from .default_llm_key_usage import AiAccountOrgsUsersDefaultLlmKeyUsageResource

        return AiAccountOrgsUsersDefaultLlmKeyUsageResource(self._client)

    @cached_property
    def free_trial(self) -> AiAccountOrgsUsersFreeTrialResource:
        from .free_trial import AiAccountOrgsUsersFreeTrialResource

        return AiAccountOrgsUsersFreeTrialResource(self._client)

    @cached_property
    def tenant_settings(self) -> AiAccountOrgsUsersTenantSettingsResource:
        from .tenant_settings import AiAccountOrgsUsersTenantSettingsResource

        return AiAccountOrgsUsersTenantSettingsResource(self._client)


class AiAccountOrgsUsersResourceWithRawResponse:
    """`Client.ai_account.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def chat_privacy_config(self) -> AiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse:
        from .chat_privacy_config import AiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse

        return AiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse(
            self._resource.chat_privacy_config
        )

    @cached_property
    def chat_privacy_settings(self) -> AiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse:
        from .chat_privacy_settings import (
            AiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse,
        )

        return AiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse(
            self._resource.chat_privacy_settings
        )

    @cached_property
    def default_llm_key_usage(self) -> AiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse:
        from .default_llm_key_usage import (
            AiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse,
        )

        return AiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse(
            self._resource.default_llm_key_usage
        )

    @cached_property
    def free_trial(self) -> AiAccountOrgsUsersFreeTrialResourceWithRawResponse:
        from .free_trial import AiAccountOrgsUsersFreeTrialResourceWithRawResponse

        return AiAccountOrgsUsersFreeTrialResourceWithRawResponse(self._resource.free_trial)

    @cached_property
    def tenant_settings(self) -> AiAccountOrgsUsersTenantSettingsResourceWithRawResponse:
        from .tenant_settings import AiAccountOrgsUsersTenantSettingsResourceWithRawResponse

        return AiAccountOrgsUsersTenantSettingsResourceWithRawResponse(
            self._resource.tenant_settings
        )


class AsyncAiAccountOrgsUsersResource:
    """`AsyncClient.ai_account.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def chat_privacy_config(self) -> AsyncAiAccountOrgsUsersChatPrivacyConfigResource:
        from .chat_privacy_config import AsyncAiAccountOrgsUsersChatPrivacyConfigResource

        return AsyncAiAccountOrgsUsersChatPrivacyConfigResource(self._client)

    @cached_property
    def chat_privacy_settings(self) -> AsyncAiAccountOrgsUsersChatPrivacySettingsResource:
        from .chat_privacy_settings import AsyncAiAccountOrgsUsersChatPrivacySettingsResource

        return AsyncAiAccountOrgsUsersChatPrivacySettingsResource(self._client)

    @cached_property
    def default_llm_key_usage(self) -> AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResource:
        from .default_llm_key_usage import AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResource

        return AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResource(self._client)

    @cached_property
    def free_trial(self) -> AsyncAiAccountOrgsUsersFreeTrialResource:
        from .free_trial import AsyncAiAccountOrgsUsersFreeTrialResource

        return AsyncAiAccountOrgsUsersFreeTrialResource(self._client)

    @cached_property
    def tenant_settings(self) -> AsyncAiAccountOrgsUsersTenantSettingsResource:
        from .tenant_settings import AsyncAiAccountOrgsUsersTenantSettingsResource

        return AsyncAiAccountOrgsUsersTenantSettingsResource(self._client)


class AsyncAiAccountOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def chat_privacy_config(
        self,
    ) -> AsyncAiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse:
        from .chat_privacy_config import (
            AsyncAiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse,
        )

        return AsyncAiAccountOrgsUsersChatPrivacyConfigResourceWithRawResponse(
            self._resource.chat_privacy_config
        )

    @cached_property
    def chat_privacy_settings(
        self,
    ) -> AsyncAiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse:
        from .chat_privacy_settings import (
            AsyncAiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse,
        )

        return AsyncAiAccountOrgsUsersChatPrivacySettingsResourceWithRawResponse(
            self._resource.chat_privacy_settings
        )

    @cached_property
    def default_llm_key_usage(
        self,
    ) -> AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse:
        from .default_llm_key_usage import (
            AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse,
        )

        return AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse(
            self._resource.default_llm_key_usage
        )

    @cached_property
    def free_trial(self) -> AsyncAiAccountOrgsUsersFreeTrialResourceWithRawResponse:
        from .free_trial import AsyncAiAccountOrgsUsersFreeTrialResourceWithRawResponse

        return AsyncAiAccountOrgsUsersFreeTrialResourceWithRawResponse(self._resource.free_trial)

    @cached_property
    def tenant_settings(self) -> AsyncAiAccountOrgsUsersTenantSettingsResourceWithRawResponse:
        from .tenant_settings import AsyncAiAccountOrgsUsersTenantSettingsResourceWithRawResponse

        return AsyncAiAccountOrgsUsersTenantSettingsResourceWithRawResponse(
            self._resource.tenant_settings
        )
