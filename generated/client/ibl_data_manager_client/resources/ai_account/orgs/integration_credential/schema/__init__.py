"""`Client.ai_account.orgs.integration_credential.schema`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_account import (
    ai_account_orgs_integration_credential_schema_retrieve as _ai_account_orgs_integration_credential_schema_retrieve,
)
from ......models.integration_credential_schema import IntegrationCredentialSchema
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsIntegrationCredentialSchemaResource",
    "AiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse",
    "AsyncAiAccountOrgsIntegrationCredentialSchemaResource",
    "AsyncAiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse",
]


class AiAccountOrgsIntegrationCredentialSchemaResource:
    """`Client.ai_account.orgs.integration_credential.schema`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredentialSchema:
        """Retrieve integration credentials schema for.  Query Parameters:     name (optional):
        Filter results by integration service name  Args:     request: The HTTP request     org:
        Organization key identifier  Returns:     Response: List of integration credentials
        schema available.  Raises:     NotFound: When  no credentials match the filters
        ValidationError: When query parameters are invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            IntegrationCredentialSchema
        """
        return self._client._send(
            _ai_account_orgs_integration_credential_schema_retrieve.OPERATION,
            _ai_account_orgs_integration_credential_schema_retrieve.build_request(
                org=org, name=name
            ),
            options,
        )


class AiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse:
    """`Client.ai_account.orgs.integration_credential.schema`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsIntegrationCredentialSchemaResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAccountOrgsIntegrationCredentialSchemaResource:
    """`AsyncClient.ai_account.orgs.integration_credential.schema`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredentialSchema:
        """Retrieve integration credentials schema for.  Query Parameters:     name (optional):
        Filter results by integration service name  Args:     request: The HTTP request     org:
        Organization key identifier  Returns:     Response: List of integration credentials
        schema available.  Raises:     NotFound: When  no credentials match the filters
        ValidationError: When query parameters are invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            IntegrationCredentialSchema
        """
        return await self._client._send(
            _ai_account_orgs_integration_credential_schema_retrieve.OPERATION,
            _ai_account_orgs_integration_credential_schema_retrieve.build_request(
                org=org, name=name
            ),
            options,
        )


class AsyncAiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.integration_credential.schema`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsIntegrationCredentialSchemaResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
