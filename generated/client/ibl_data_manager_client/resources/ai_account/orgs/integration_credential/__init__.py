"""`Client.ai_account.orgs.integration_credential`: 4 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_account import (
    ai_account_orgs_integration_credential_create as _ai_account_orgs_integration_credential_create,
)
from .....api.ai_account import (
    ai_account_orgs_integration_credential_destroy as _ai_account_orgs_integration_credential_destroy,
)
from .....api.ai_account import (
    ai_account_orgs_integration_credential_partial_update as _ai_account_orgs_integration_credential_partial_update,
)
from .....api.ai_account import (
    ai_account_orgs_integration_credential_retrieve as _ai_account_orgs_integration_credential_retrieve,
)
from .....models.credential_request import CredentialRequest
from .....models.integration_credential import IntegrationCredential
from .....models.patched_credential_request import PatchedCredentialRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .schema import (
        AiAccountOrgsIntegrationCredentialSchemaResource,
        AiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse,
        AsyncAiAccountOrgsIntegrationCredentialSchemaResource,
        AsyncAiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse,
    )

__all__ = [
    "AiAccountOrgsIntegrationCredentialResource",
    "AiAccountOrgsIntegrationCredentialResourceWithRawResponse",
    "AsyncAiAccountOrgsIntegrationCredentialResource",
    "AsyncAiAccountOrgsIntegrationCredentialResourceWithRawResponse",
]


class AiAccountOrgsIntegrationCredentialResource:
    """`Client.ai_account.orgs.integration_credential`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsIntegrationCredentialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsIntegrationCredentialResourceWithRawResponse(self)

    @cached_property
    def schema(self) -> AiAccountOrgsIntegrationCredentialSchemaResource:
        from .schema import AiAccountOrgsIntegrationCredentialSchemaResource

        return AiAccountOrgsIntegrationCredentialSchemaResource(self._client)

    def destroy(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an existing integration credential for an organization.  Args:     request: The
        HTTP request containing credential information (must include 'name')     org:
        Organization key identifier  Returns:     Response: 204  Raises:     NotFound: When
        organization or credential is not found     ValidationError: When request data is
        invalid

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_account_orgs_integration_credential_destroy.OPERATION,
            _ai_account_orgs_integration_credential_destroy.build_request(org=org),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential:
        """Retrieve integration credentials for an organization.  Query Parameters:     name
        (optional): Filter results by integration service name  Args:     request: The HTTP
        request     org: Organization key identifier  Returns:     Response: List of integration
        credentials for the organization  Raises:     NotFound: When organization is not found
        or when no credentials match the filters     ValidationError: When query parameters are
        invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            IntegrationCredential
        """
        return self._client._send(
            _ai_account_orgs_integration_credential_retrieve.OPERATION,
            _ai_account_orgs_integration_credential_retrieve.build_request(org=org, name=name),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        body: PatchedCredentialRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential: ...

    def partial_update(
        self,
        *,
        org: str,
        body: PatchedCredentialRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential:
        """Update an existing integration credential for an organization.  Args:     request: The
        HTTP request containing updated credential information     org: Organization key
        identifier  Returns:     Response: Updated integration credential  Raises:     NotFound:
        When organization or credential is not found     ValidationError: When request data is
        invalid

        Args:
            org (str, path)
            body (PatchedCredentialRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name, value, platform

        Returns:
            IntegrationCredential
        """
        body = optional_body_from_fields(
            "ai_account.orgs.integration_credential.partial_update",
            body,
            PatchedCredentialRequest,
            [],
            (
                ("name", "name", name),
                ("value", "value", value),
                ("platform", "platform", platform),
            ),
        )
        return self._client._send(
            _ai_account_orgs_integration_credential_partial_update.OPERATION,
            _ai_account_orgs_integration_credential_partial_update.build_request(
                org=org, body=body
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: CredentialRequest,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        value: Any,
        platform: str,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential: ...

    def create(
        self,
        *,
        org: str,
        body: CredentialRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential:
        """Create a new integration credential for an organization.  Args:     request: The HTTP
        request containing credential information     org: Organization key identifier  Returns:
        Response: Created integration credential  Raises:     NotFound: When organization is not
        found     ValidationError: When request data is invalid

        Args:
            org (str, path)
            body (CredentialRequest, request body)
            Or the body's fields as keywords instead of body=: name, value, platform

        Returns:
            IntegrationCredential
        """
        body = body_from_fields(
            "ai_account.orgs.integration_credential.create",
            body,
            CredentialRequest,
            ["name", "value", "platform"],
            (
                ("name", "name", name),
                ("value", "value", value),
                ("platform", "platform", platform),
            ),
        )
        return self._client._send(
            _ai_account_orgs_integration_credential_create.OPERATION,
            _ai_account_orgs_integration_credential_create.build_request(org=org, body=body),
            options,
        )


class AiAccountOrgsIntegrationCredentialResourceWithRawResponse:
    """`Client.ai_account.orgs.integration_credential`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsIntegrationCredentialResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.create = to_raw_response(resource.create)

    @cached_property
    def schema(self) -> AiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse:
        from .schema import AiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse

        return AiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse(
            self._resource.schema
        )


class AsyncAiAccountOrgsIntegrationCredentialResource:
    """`AsyncClient.ai_account.orgs.integration_credential`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsIntegrationCredentialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsIntegrationCredentialResourceWithRawResponse(self)

    @cached_property
    def schema(self) -> AsyncAiAccountOrgsIntegrationCredentialSchemaResource:
        from .schema import AsyncAiAccountOrgsIntegrationCredentialSchemaResource

        return AsyncAiAccountOrgsIntegrationCredentialSchemaResource(self._client)

    async def destroy(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an existing integration credential for an organization.  Args:     request: The
        HTTP request containing credential information (must include 'name')     org:
        Organization key identifier  Returns:     Response: 204  Raises:     NotFound: When
        organization or credential is not found     ValidationError: When request data is
        invalid

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_account_orgs_integration_credential_destroy.OPERATION,
            _ai_account_orgs_integration_credential_destroy.build_request(org=org),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential:
        """Retrieve integration credentials for an organization.  Query Parameters:     name
        (optional): Filter results by integration service name  Args:     request: The HTTP
        request     org: Organization key identifier  Returns:     Response: List of integration
        credentials for the organization  Raises:     NotFound: When organization is not found
        or when no credentials match the filters     ValidationError: When query parameters are
        invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            IntegrationCredential
        """
        return await self._client._send(
            _ai_account_orgs_integration_credential_retrieve.OPERATION,
            _ai_account_orgs_integration_credential_retrieve.build_request(org=org, name=name),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        body: PatchedCredentialRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential: ...

    async def partial_update(
        self,
        *,
        org: str,
        body: PatchedCredentialRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential:
        """Update an existing integration credential for an organization.  Args:     request: The
        HTTP request containing updated credential information     org: Organization key
        identifier  Returns:     Response: Updated integration credential  Raises:     NotFound:
        When organization or credential is not found     ValidationError: When request data is
        invalid

        Args:
            org (str, path)
            body (PatchedCredentialRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name, value, platform

        Returns:
            IntegrationCredential
        """
        body = optional_body_from_fields(
            "ai_account.orgs.integration_credential.partial_update",
            body,
            PatchedCredentialRequest,
            [],
            (
                ("name", "name", name),
                ("value", "value", value),
                ("platform", "platform", platform),
            ),
        )
        return await self._client._send(
            _ai_account_orgs_integration_credential_partial_update.OPERATION,
            _ai_account_orgs_integration_credential_partial_update.build_request(
                org=org, body=body
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: CredentialRequest,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        value: Any,
        platform: str,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential: ...

    async def create(
        self,
        *,
        org: str,
        body: CredentialRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCredential:
        """Create a new integration credential for an organization.  Args:     request: The HTTP
        request containing credential information     org: Organization key identifier  Returns:
        Response: Created integration credential  Raises:     NotFound: When organization is not
        found     ValidationError: When request data is invalid

        Args:
            org (str, path)
            body (CredentialRequest, request body)
            Or the body's fields as keywords instead of body=: name, value, platform

        Returns:
            IntegrationCredential
        """
        body = body_from_fields(
            "ai_account.orgs.integration_credential.create",
            body,
            CredentialRequest,
            ["name", "value", "platform"],
            (
                ("name", "name", name),
                ("value", "value", value),
                ("platform", "platform", platform),
            ),
        )
        return await self._client._send(
            _ai_account_orgs_integration_credential_create.OPERATION,
            _ai_account_orgs_integration_credential_create.build_request(org=org, body=body),
            options,
        )


class AsyncAiAccountOrgsIntegrationCredentialResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.integration_credential`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsIntegrationCredentialResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def schema(self) -> AsyncAiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse:
        from .schema import AsyncAiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse

        return AsyncAiAccountOrgsIntegrationCredentialSchemaResourceWithRawResponse(
            self._resource.schema
        )
