"""`Client.ai_account.orgs.llm_credential`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_account import (
    ai_account_orgs_llm_credential_create as _ai_account_orgs_llm_credential_create,
)
from .....api.ai_account import (
    ai_account_orgs_llm_credential_destroy as _ai_account_orgs_llm_credential_destroy,
)
from .....api.ai_account import (
    ai_account_orgs_llm_credential_partial_update as _ai_account_orgs_llm_credential_partial_update,
)
from .....api.ai_account import (
    ai_account_orgs_llm_credential_retrieve as _ai_account_orgs_llm_credential_retrieve,
)
from .....models.llm_credential_request import LLMCredentialRequest
from .....models.llm_credential_response import LLMCredentialResponse
from .....models.patched_llm_credential_request import PatchedLLMCredentialRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsLlmCredentialResource",
    "AiAccountOrgsLlmCredentialResourceWithRawResponse",
    "AsyncAiAccountOrgsLlmCredentialResource",
    "AsyncAiAccountOrgsLlmCredentialResourceWithRawResponse",
]


class AiAccountOrgsLlmCredentialResource:
    """`Client.ai_account.orgs.llm_credential`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsLlmCredentialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsLlmCredentialResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an existing LLM credential for an organization.  For azure_openai credentials,
        supports deleting a specific model by providing the 'model_name' field. If model_name is
        omitted, deletes the entire credential.  Args:     request: The HTTP request containing
        credential information (must include 'name')     org: Organization key identifier
        Returns:     Response: 204  Raises:     NotFound: When organization or credential is not
        found     ValidationError: When request data is invalid

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_account_orgs_llm_credential_destroy.OPERATION,
            _ai_account_orgs_llm_credential_destroy.build_request(org=org),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse:
        """Retrieve LLM credentials for an organization.  Query Parameters:     name (optional):
        Filter results by LLM provider name.         When name=google, returns both 'google'
        (service account) and         'gemini_google_api_key' credentials if they exist.  Args:
        request: The HTTP request     org: Organization key identifier  Returns:     Response:
        List of LLM credentials for the organization  Raises:     NotFound: When organization is
        not found or when no credentials match the filters     ValidationError: When query
        parameters are invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            LLMCredentialResponse
        """
        return self._client._send(
            _ai_account_orgs_llm_credential_retrieve.OPERATION,
            _ai_account_orgs_llm_credential_retrieve.build_request(org=org, name=name),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        body: PatchedLLMCredentialRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse: ...

    def partial_update(
        self,
        *,
        org: str,
        body: PatchedLLMCredentialRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse:
        """Update an existing LLM credential for an organization.  For azure_openai credentials,
        supports partial model updates by deep merging the provided model fields with existing
        ones.  Args:     request: The HTTP request containing updated credential information
        org: Organization key identifier  Returns:     Response: Updated LLM credential  Raises:
        NotFound: When organization or credential is not found     ValidationError: When request
        data is invalid

        Args:
            org (str, path)
            body (PatchedLLMCredentialRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name, value, platform

        Returns:
            LLMCredentialResponse
        """
        body = optional_body_from_fields(
            "ai_account.orgs.llm_credential.partial_update",
            body,
            PatchedLLMCredentialRequest,
            [],
            (
                ("name", "name", name),
                ("value", "value", value),
                ("platform", "platform", platform),
            ),
        )
        return self._client._send(
            _ai_account_orgs_llm_credential_partial_update.OPERATION,
            _ai_account_orgs_llm_credential_partial_update.build_request(org=org, body=body),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: LLMCredentialRequest,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        value: Any,
        platform: str,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse: ...

    def create(
        self,
        *,
        org: str,
        body: LLMCredentialRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse:
        """Create a new LLM credential for an organization.  For azure_openai credentials, if
        credential already exists, merges the new models with existing ones instead of
        replacing.  Args:     request: The HTTP request containing credential information
        org: Organization key identifier  Returns:     Response: Created or updated LLM
        credential  Raises:     NotFound: When organization is not found     ValidationError:
        When request data is invalid

        Args:
            org (str, path)
            body (LLMCredentialRequest, request body)
            Or the body's fields as keywords instead of body=: name, value, platform

        Returns:
            LLMCredentialResponse
        """
        body = body_from_fields(
            "ai_account.orgs.llm_credential.create",
            body,
            LLMCredentialRequest,
            ["name", "value", "platform"],
            (
                ("name", "name", name),
                ("value", "value", value),
                ("platform", "platform", platform),
            ),
        )
        return self._client._send(
            _ai_account_orgs_llm_credential_create.OPERATION,
            _ai_account_orgs_llm_credential_create.build_request(org=org, body=body),
            options,
        )


class AiAccountOrgsLlmCredentialResourceWithRawResponse:
    """`Client.ai_account.orgs.llm_credential`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsLlmCredentialResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.create = to_raw_response(resource.create)


class AsyncAiAccountOrgsLlmCredentialResource:
    """`AsyncClient.ai_account.orgs.llm_credential`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsLlmCredentialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsLlmCredentialResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an existing LLM credential for an organization.  For azure_openai credentials,
        supports deleting a specific model by providing the 'model_name' field. If model_name is
        omitted, deletes the entire credential.  Args:     request: The HTTP request containing
        credential information (must include 'name')     org: Organization key identifier
        Returns:     Response: 204  Raises:     NotFound: When organization or credential is not
        found     ValidationError: When request data is invalid

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_account_orgs_llm_credential_destroy.OPERATION,
            _ai_account_orgs_llm_credential_destroy.build_request(org=org),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse:
        """Retrieve LLM credentials for an organization.  Query Parameters:     name (optional):
        Filter results by LLM provider name.         When name=google, returns both 'google'
        (service account) and         'gemini_google_api_key' credentials if they exist.  Args:
        request: The HTTP request     org: Organization key identifier  Returns:     Response:
        List of LLM credentials for the organization  Raises:     NotFound: When organization is
        not found or when no credentials match the filters     ValidationError: When query
        parameters are invalid

        Args:
            org (str, path)
            name (str | Unset, query)

        Returns:
            LLMCredentialResponse
        """
        return await self._client._send(
            _ai_account_orgs_llm_credential_retrieve.OPERATION,
            _ai_account_orgs_llm_credential_retrieve.build_request(org=org, name=name),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        body: PatchedLLMCredentialRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse: ...

    async def partial_update(
        self,
        *,
        org: str,
        body: PatchedLLMCredentialRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse:
        """Update an existing LLM credential for an organization.  For azure_openai credentials,
        supports partial model updates by deep merging the provided model fields with existing
        ones.  Args:     request: The HTTP request containing updated credential information
        org: Organization key identifier  Returns:     Response: Updated LLM credential  Raises:
        NotFound: When organization or credential is not found     ValidationError: When request
        data is invalid

        Args:
            org (str, path)
            body (PatchedLLMCredentialRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name, value, platform

        Returns:
            LLMCredentialResponse
        """
        body = optional_body_from_fields(
            "ai_account.orgs.llm_credential.partial_update",
            body,
            PatchedLLMCredentialRequest,
            [],
            (
                ("name", "name", name),
                ("value", "value", value),
                ("platform", "platform", platform),
            ),
        )
        return await self._client._send(
            _ai_account_orgs_llm_credential_partial_update.OPERATION,
            _ai_account_orgs_llm_credential_partial_update.build_request(org=org, body=body),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: LLMCredentialRequest,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        value: Any,
        platform: str,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse: ...

    async def create(
        self,
        *,
        org: str,
        body: LLMCredentialRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        value: Any | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LLMCredentialResponse:
        """Create a new LLM credential for an organization.  For azure_openai credentials, if
        credential already exists, merges the new models with existing ones instead of
        replacing.  Args:     request: The HTTP request containing credential information
        org: Organization key identifier  Returns:     Response: Created or updated LLM
        credential  Raises:     NotFound: When organization is not found     ValidationError:
        When request data is invalid

        Args:
            org (str, path)
            body (LLMCredentialRequest, request body)
            Or the body's fields as keywords instead of body=: name, value, platform

        Returns:
            LLMCredentialResponse
        """
        body = body_from_fields(
            "ai_account.orgs.llm_credential.create",
            body,
            LLMCredentialRequest,
            ["name", "value", "platform"],
            (
                ("name", "name", name),
                ("value", "value", value),
                ("platform", "platform", platform),
            ),
        )
        return await self._client._send(
            _ai_account_orgs_llm_credential_create.OPERATION,
            _ai_account_orgs_llm_credential_create.build_request(org=org, body=body),
            options,
        )


class AsyncAiAccountOrgsLlmCredentialResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.llm_credential`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsLlmCredentialResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.create = async_to_raw_response(resource.create)
