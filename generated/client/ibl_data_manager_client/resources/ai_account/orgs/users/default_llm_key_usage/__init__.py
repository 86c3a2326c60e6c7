"""`Client.ai_account.orgs.users.default_llm_key_usage`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_account import (
    ai_account_orgs_users_default_llm_key_usage_retrieve as _ai_account_orgs_users_default_llm_key_usage_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsUsersDefaultLlmKeyUsageResource",
    "AiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse",
    "AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResource",
    "AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse",
]


class AiAccountOrgsUsersDefaultLlmKeyUsageResource:
    """`Client.ai_account.orgs.users.default_llm_key_usage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve the status of main LLM credential usage for an organization.  Args:
        request: The HTTP request     org: Organization key identifier     user_id: User
        identifier  Returns:     Response: Status of main LLM credential usage

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_account_orgs_users_default_llm_key_usage_retrieve.OPERATION,
            _ai_account_orgs_users_default_llm_key_usage_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse:
    """`Client.ai_account.orgs.users.default_llm_key_usage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsUsersDefaultLlmKeyUsageResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResource:
    """`AsyncClient.ai_account.orgs.users.default_llm_key_usage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve the status of main LLM credential usage for an organization.  Args:
        request: The HTTP request     org: Organization key identifier     user_id: User
        identifier  Returns:     Response: Status of main LLM credential usage

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_account_orgs_users_default_llm_key_usage_retrieve.OPERATION,
            _ai_account_orgs_users_default_llm_key_usage_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.users.default_llm_key_usage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsUsersDefaultLlmKeyUsageResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
