"""`Client.ai_mentor.orgs.users.settings`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .tenant_llm import (
        AiMentorOrgsUsersSettingsTenantLlmResource,
        AiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSettingsTenantLlmResource,
        AsyncAiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersSettingsResource",
    "AiMentorOrgsUsersSettingsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSettingsResource",
    "AsyncAiMentorOrgsUsersSettingsResourceWithRawResponse",
]


class AiMentorOrgsUsersSettingsResource:
    """`Client.ai_mentor.orgs.users.settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSettingsResourceWithRawResponse(self)

    @cached_property
    def tenant_llm(self) -> AiMentorOrgsUsersSettingsTenantLlmResource:
        from .tenant_llm import AiMentorOrgsUsersSettingsTenantLlmResource

        return AiMentorOrgsUsersSettingsTenantLlmResource(self._client)


class AiMentorOrgsUsersSettingsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSettingsResource) -> None:
        self._resource = resource

    @cached_property
    def tenant_llm(self) -> AiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse:
        from .tenant_llm import AiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse

        return AiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse(self._resource.tenant_llm)


class AsyncAiMentorOrgsUsersSettingsResource:
    """`AsyncClient.ai_mentor.orgs.users.settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSettingsResourceWithRawResponse(self)

    @cached_property
    def tenant_llm(self) -> AsyncAiMentorOrgsUsersSettingsTenantLlmResource:
        from .tenant_llm import AsyncAiMentorOrgsUsersSettingsTenantLlmResource

        return AsyncAiMentorOrgsUsersSettingsTenantLlmResource(self._client)


class AsyncAiMentorOrgsUsersSettingsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSettingsResource) -> None:
        self._resource = resource

    @cached_property
    def tenant_llm(self) -> AsyncAiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse:
        from .tenant_llm import AsyncAiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse(
            self._resource.tenant_llm
        )
