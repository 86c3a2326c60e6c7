"""`Client.ai_account.orgs.use_default_llm_key`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_account import (
    ai_account_orgs_use_default_llm_key_create as _ai_account_orgs_use_default_llm_key_create,
)
from .....models.ai_account_orgs_use_default_llm_key_create_response import (
    AiAccountOrgsUseDefaultLlmKeyCreateResponse,
)
from .....models.use_main_creds import UseMainCreds
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsUseDefaultLlmKeyResource",
    "AiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse",
    "AsyncAiAccountOrgsUseDefaultLlmKeyResource",
    "AsyncAiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse",
]


class AiAccountOrgsUseDefaultLlmKeyResource:
    """`Client.ai_account.orgs.use_default_llm_key`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        body: UseMainCreds,
        **options: Unpack[RequestOptions],
    ) -> AiAccountOrgsUseDefaultLlmKeyCreateResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        message: str,
        **options: Unpack[RequestOptions],
    ) -> AiAccountOrgsUseDefaultLlmKeyCreateResponse: ...

    def create(
        self,
        *,
        org: str,
        body: UseMainCreds | Unset = UNSET,
        message: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AiAccountOrgsUseDefaultLlmKeyCreateResponse:
        """Enable or disable the use of main LLM credentials for an organization.  Request Body:
        enable (boolean): Set to true to enable main credentials     disable (boolean): Set to
        true to disable main credentials  Args:     request: The HTTP request     org:
        Organization key identifier  Returns:     Response: Confirmation message  Raises:
        ValidationError: When neither enable nor disable is specified

        Args:
            org (str, path)
            body (UseMainCreds, request body)
            Or the body's fields as keywords instead of body=: message

        Returns:
            AiAccountOrgsUseDefaultLlmKeyCreateResponse
        """
        body = body_from_fields(
            "ai_account.orgs.use_default_llm_key.create",
            body,
            UseMainCreds,
            ["message"],
            (("message", "message", message),),
        )
        return self._client._send(
            _ai_account_orgs_use_default_llm_key_create.OPERATION,
            _ai_account_orgs_use_default_llm_key_create.build_request(org=org, body=body),
            options,
        )


class AiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse:
    """`Client.ai_account.orgs.use_default_llm_key`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsUseDefaultLlmKeyResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiAccountOrgsUseDefaultLlmKeyResource:
    """`AsyncClient.ai_account.orgs.use_default_llm_key`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        body: UseMainCreds,
        **options: Unpack[RequestOptions],
    ) -> AiAccountOrgsUseDefaultLlmKeyCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        message: str,
        **options: Unpack[RequestOptions],
    ) -> AiAccountOrgsUseDefaultLlmKeyCreateResponse: ...

    async def create(
        self,
        *,
        org: str,
        body: UseMainCreds | Unset = UNSET,
        message: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AiAccountOrgsUseDefaultLlmKeyCreateResponse:
        """Enable or disable the use of main LLM credentials for an organization.  Request Body:
        enable (boolean): Set to true to enable main credentials     disable (boolean): Set to
        true to disable main credentials  Args:     request: The HTTP request     org:
        Organization key identifier  Returns:     Response: Confirmation message  Raises:
        ValidationError: When neither enable nor disable is specified

        Args:
            org (str, path)
            body (UseMainCreds, request body)
            Or the body's fields as keywords instead of body=: message

        Returns:
            AiAccountOrgsUseDefaultLlmKeyCreateResponse
        """
        body = body_from_fields(
            "ai_account.orgs.use_default_llm_key.create",
            body,
            UseMainCreds,
            ["message"],
            (("message", "message", message),),
        )
        return await self._client._send(
            _ai_account_orgs_use_default_llm_key_create.OPERATION,
            _ai_account_orgs_use_default_llm_key_create.build_request(org=org, body=body),
            options,
        )


class AsyncAiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.use_default_llm_key`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsUseDefaultLlmKeyResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
