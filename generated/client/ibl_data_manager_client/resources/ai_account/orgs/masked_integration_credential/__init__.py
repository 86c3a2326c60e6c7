"""`Client.ai_account.orgs.masked_integration_credential`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_account import (
    ai_account_orgs_masked_integration_credential_list as _ai_account_orgs_masked_integration_credential_list,
)
from .....models.masked_integration_credential import MaskedIntegrationCredential
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsMaskedIntegrationCredentialResource",
    "AiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse",
    "AsyncAiAccountOrgsMaskedIntegrationCredentialResource",
    "AsyncAiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse",
]


class AiAccountOrgsMaskedIntegrationCredentialResource:
    """`Client.ai_account.orgs.masked_integration_credential`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[MaskedIntegrationCredential]:
        """Retrieve masked integration credentials for an organization.  Query Parameters:     name
        (optional): Filter results by integration service name  Args:     request: The HTTP
        request     org: Organization key identifier  Returns:     Response: List of integration
        credentials for the organization  Raises:     NotFound: When organization is not found
        or when no credentials match the filters     ValidationError: When query parameters are
        invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            list[MaskedIntegrationCredential]
        """
        return self._client._send(
            _ai_account_orgs_masked_integration_credential_list.OPERATION,
            _ai_account_orgs_masked_integration_credential_list.build_request(org=org, name=name),
            options,
        )


class AiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse:
    """`Client.ai_account.orgs.masked_integration_credential`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsMaskedIntegrationCredentialResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAccountOrgsMaskedIntegrationCredentialResource:
    """`AsyncClient.ai_account.orgs.masked_integration_credential`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[MaskedIntegrationCredential]:
        """Retrieve masked integration credentials for an organization.  Query Parameters:     name
        (optional): Filter results by integration service name  Args:     request: The HTTP
        request     org: Organization key identifier  Returns:     Response: List of integration
        credentials for the organization  Raises:     NotFound: When organization is not found
        or when no credentials match the filters     ValidationError: When query parameters are
        invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            list[MaskedIntegrationCredential]
        """
        return await self._client._send(
            _ai_account_orgs_masked_integration_credential_list.OPERATION,
            _ai_account_orgs_masked_integration_credential_list.build_request(org=org, name=name),
            options,
        )


class AsyncAiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.masked_integration_credential`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsMaskedIntegrationCredentialResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
