"""`Client.ai_account.orgs.masked_llm_credential`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_account import (
    ai_account_orgs_masked_llm_credential_retrieve as _ai_account_orgs_masked_llm_credential_retrieve,
)
from .....models.masked_llm_credential import MaskedLLMCredential
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsMaskedLlmCredentialResource",
    "AiAccountOrgsMaskedLlmCredentialResourceWithRawResponse",
    "AsyncAiAccountOrgsMaskedLlmCredentialResource",
    "AsyncAiAccountOrgsMaskedLlmCredentialResourceWithRawResponse",
]


class AiAccountOrgsMaskedLlmCredentialResource:
    """`Client.ai_account.orgs.masked_llm_credential`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsMaskedLlmCredentialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsMaskedLlmCredentialResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MaskedLLMCredential:
        """Retrieve LLM credentials for an organization with the value entries masked.  Query
        Parameters:     name (optional): Filter results by LLM provider name  Args:     request:
        The HTTP request     org: Organization key identifier  Returns:     Response: List of
        LLM credentials for the organization  Raises:     NotFound: When organization is not
        found or when no credentials match the filters     ValidationError: When query
        parameters are invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            MaskedLLMCredential
        """
        return self._client._send(
            _ai_account_orgs_masked_llm_credential_retrieve.OPERATION,
            _ai_account_orgs_masked_llm_credential_retrieve.build_request(org=org, name=name),
            options,
        )


class AiAccountOrgsMaskedLlmCredentialResourceWithRawResponse:
    """`Client.ai_account.orgs.masked_llm_credential`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsMaskedLlmCredentialResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAccountOrgsMaskedLlmCredentialResource:
    """`AsyncClient.ai_account.orgs.masked_llm_credential`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsMaskedLlmCredentialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsMaskedLlmCredentialResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MaskedLLMCredential:
        """Retrieve LLM credentials for an organization with the value entries masked.  Query
        Parameters:     name (optional): Filter results by LLM provider name  Args:     request:
        The HTTP request     org: Organization key identifier  Returns:     Response: List of
        LLM credentials for the organization  Raises:     NotFound: When organization is not
        found or when no credentials match the filters     ValidationError: When query
        parameters are invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            MaskedLLMCredential
        """
        return await self._client._send(
            _ai_account_orgs_masked_llm_credential_retrieve.OPERATION,
            _ai_account_orgs_masked_llm_credential_retrieve.build_request(org=org, name=name),
            options,
        )


class AsyncAiAccountOrgsMaskedLlmCredentialResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.masked_llm_credential`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsMaskedLlmCredentialResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
