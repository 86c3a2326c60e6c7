"""`Client.ai_mentor.orgs.users.settings.tenant_llm`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_settings_tenant_llm_create as _ai_mentor_orgs_users_settings_tenant_llm_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_settings_tenant_llm_list as _ai_mentor_orgs_users_settings_tenant_llm_list,
)
from .......models.llm_model_for_tenant import LLMModelForTenant
from .......models.llm_model_for_tenant_request import LLMModelForTenantRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSettingsTenantLlmResource",
    "AiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSettingsTenantLlmResource",
    "AsyncAiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse",
]


class AiMentorOrgsUsersSettingsTenantLlmResource:
    """`Client.ai_mentor.orgs.users.settings.tenant_llm`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[LLMModelForTenant]:
        """Retrieve all LLM models assigned to a specific tenant.  Args:     request: The HTTP
        request.     org: The unique identifier of the tenant.  Returns:     Response: A list of
        LLM models assigned to the tenant.  Raises:     NotFound: If the specified tenant does
        not have any associated models.     ValidationError: If an unexpected error occurs.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[LLMModelForTenant]
        """
        return self._client._send(
            _ai_mentor_orgs_users_settings_tenant_llm_list.OPERATION,
            _ai_mentor_orgs_users_settings_tenant_llm_list.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: LLMModelForTenantRequest,
        **options: Unpack[RequestOptions],
    ) -> LLMModelForTenant: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        llm_provider: str,
        llm_name: str,
        tenant: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMModelForTenant: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: LLMModelForTenantRequest | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        tenant: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMModelForTenant:
        """Create or update an LLM model for a tenant.  Accessible only to tenant administrators.
        Args:     request: The HTTP request containing LLM model details.     org: The unique
        identifier of the tenant.  Returns:     Response: Details of the newly created or
        updated LLM model.  Raises:     ValidationError: If request data is invalid.
        NotFound: If the tenant does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            body (LLMModelForTenantRequest, request body)
            Or the body's fields as keywords instead of body=: llm_provider, llm_name, tenant

        Returns:
            LLMModelForTenant
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.settings.tenant_llm.create",
            body,
            LLMModelForTenantRequest,
            ["llm_provider", "llm_name"],
            (
                ("llm_provider", "llm_provider", llm_provider),
                ("llm_name", "llm_name", llm_name),
                ("tenant", "tenant", tenant),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_settings_tenant_llm_create.OPERATION,
            _ai_mentor_orgs_users_settings_tenant_llm_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.settings.tenant_llm`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSettingsTenantLlmResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersSettingsTenantLlmResource:
    """`AsyncClient.ai_mentor.orgs.users.settings.tenant_llm`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[LLMModelForTenant]:
        """Retrieve all LLM models assigned to a specific tenant.  Args:     request: The HTTP
        request.     org: The unique identifier of the tenant.  Returns:     Response: A list of
        LLM models assigned to the tenant.  Raises:     NotFound: If the specified tenant does
        not have any associated models.     ValidationError: If an unexpected error occurs.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[LLMModelForTenant]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_settings_tenant_llm_list.OPERATION,
            _ai_mentor_orgs_users_settings_tenant_llm_list.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: LLMModelForTenantRequest,
        **options: Unpack[RequestOptions],
    ) -> LLMModelForTenant: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        llm_provider: str,
        llm_name: str,
        tenant: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMModelForTenant: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: LLMModelForTenantRequest | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        tenant: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMModelForTenant:
        """Create or update an LLM model for a tenant.  Accessible only to tenant administrators.
        Args:     request: The HTTP request containing LLM model details.     org: The unique
        identifier of the tenant.  Returns:     Response: Details of the newly created or
        updated LLM model.  Raises:     ValidationError: If request data is invalid.
        NotFound: If the tenant does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            body (LLMModelForTenantRequest, request body)
            Or the body's fields as keywords instead of body=: llm_provider, llm_name, tenant

        Returns:
            LLMModelForTenant
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.settings.tenant_llm.create",
            body,
            LLMModelForTenantRequest,
            ["llm_provider", "llm_name"],
            (
                ("llm_provider", "llm_provider", llm_provider),
                ("llm_name", "llm_name", llm_name),
                ("tenant", "tenant", tenant),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_settings_tenant_llm_create.OPERATION,
            _ai_mentor_orgs_users_settings_tenant_llm_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSettingsTenantLlmResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.settings.tenant_llm`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSettingsTenantLlmResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
