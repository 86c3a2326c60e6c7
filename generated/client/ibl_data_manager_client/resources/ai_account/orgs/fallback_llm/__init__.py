"""`Client.ai_account.orgs.fallback_llm`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_account import (
    ai_account_orgs_fallback_llm_list as _ai_account_orgs_fallback_llm_list,
)
from .....api.fallback_llm import (
    ai_account_orgs_fallback_llm_create as _ai_account_orgs_fallback_llm_create,
)
from .....api.fallback_llm import (
    ai_account_orgs_fallback_llm_destroy as _ai_account_orgs_fallback_llm_destroy,
)
from .....api.fallback_llm import (
    ai_account_orgs_fallback_llm_partial_update as _ai_account_orgs_fallback_llm_partial_update,
)
from .....api.fallback_llm import (
    ai_account_orgs_fallback_llm_retrieve as _ai_account_orgs_fallback_llm_retrieve,
)
from .....api.fallback_llm import (
    ai_account_orgs_fallback_llm_update as _ai_account_orgs_fallback_llm_update,
)
from .....models.fallback_llm import FallbackLLM
from .....models.fallback_llm_create import FallbackLLMCreate
from .....models.fallback_llm_create_fallback_provider_name import (
    FallbackLLMCreateFallbackProviderName,
)
from .....models.fallback_llm_create_scope import FallbackLLMCreateScope
from .....models.fallback_llm_create_source_provider_name import FallbackLLMCreateSourceProviderName
from .....models.fallback_llm_update import FallbackLLMUpdate
from .....models.fallback_llm_update_scope import FallbackLLMUpdateScope
from .....models.patched_fallback_llm_update import PatchedFallbackLLMUpdate
from .....models.patched_fallback_llm_update_scope import PatchedFallbackLLMUpdateScope
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsFallbackLlmResource",
    "AiAccountOrgsFallbackLlmResourceWithRawResponse",
    "AsyncAiAccountOrgsFallbackLlmResource",
    "AsyncAiAccountOrgsFallbackLlmResourceWithRawResponse",
]


class AiAccountOrgsFallbackLlmResource:
    """`Client.ai_account.orgs.fallback_llm`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsFallbackLlmResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsFallbackLlmResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        is_enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        scope: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[FallbackLLM]:
        """List fallback LLM configurations

        List all fallback LLM configurations for the tenant and global configs.

        Args:
            org (str, path)
            is_enabled (bool | Unset, query)
            ordering (str | Unset, query)
            scope (str | Unset, query)

        Returns:
            list[FallbackLLM]
        """
        return self._client._send(
            _ai_account_orgs_fallback_llm_list.OPERATION,
            _ai_account_orgs_fallback_llm_list.build_request(
                org=org, is_enabled=is_enabled, ordering=ordering, scope=scope
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: FallbackLLMCreate,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    @overload
    def create(
        self,
        *,
        org: str,
        source_provider_name: FallbackLLMCreateSourceProviderName,
        fallback_provider_name: FallbackLLMCreateFallbackProviderName,
        fallback_model_name: str,
        scope: FallbackLLMCreateScope | Unset = UNSET,
        tenant_key: None | str | Unset = UNSET,
        source_model_name: None | str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    def create(
        self,
        *,
        org: str,
        body: FallbackLLMCreate | Unset = UNSET,
        source_provider_name: FallbackLLMCreateSourceProviderName | Unset = UNSET,
        fallback_provider_name: FallbackLLMCreateFallbackProviderName | Unset = UNSET,
        fallback_model_name: str | Unset = UNSET,
        scope: FallbackLLMCreateScope | Unset = UNSET,
        tenant_key: None | str | Unset = UNSET,
        source_model_name: None | str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM:
        """Create fallback LLM configuration

        Create a new fallback LLM configuration.          - For model scope: specify
        source_model_name         - For provider scope: only source_provider_name is needed
        - Leave tenant_key empty for global configuration

        Args:
            org (str, path)
            body (FallbackLLMCreate, request body): Serializer for creating FallbackLLM
                configuration.
            Or the body's fields as keywords instead of body=: source_provider_name,
                fallback_provider_name, fallback_model_name, scope, tenant_key,
                source_model_name, is_enabled

        Returns:
            FallbackLLM
        """
        body = body_from_fields(
            "ai_account.orgs.fallback_llm.create",
            body,
            FallbackLLMCreate,
            ["source_provider_name", "fallback_provider_name", "fallback_model_name"],
            (
                ("source_provider_name", "source_provider_name", source_provider_name),
                ("fallback_provider_name", "fallback_provider_name", fallback_provider_name),
                ("fallback_model_name", "fallback_model_name", fallback_model_name),
                ("scope", "scope", scope),
                ("tenant_key", "tenant_key", tenant_key),
                ("source_model_name", "source_model_name", source_model_name),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return self._client._send(
            _ai_account_orgs_fallback_llm_create.OPERATION,
            _ai_account_orgs_fallback_llm_create.build_request(org=org, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete fallback LLM configuration

        Delete a fallback LLM configuration.

        Args:
            org (str, path)
            id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_account_orgs_fallback_llm_destroy.OPERATION,
            _ai_account_orgs_fallback_llm_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM:
        """Get fallback LLM configuration

        Retrieve a specific fallback LLM configuration.

        Args:
            org (str, path)
            id (str, path)

        Returns:
            FallbackLLM
        """
        return self._client._send(
            _ai_account_orgs_fallback_llm_retrieve.OPERATION,
            _ai_account_orgs_fallback_llm_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: str,
        body: PatchedFallbackLLMUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: str,
        scope: PatchedFallbackLLMUpdateScope | Unset = UNSET,
        source_provider: int | Unset = UNSET,
        source_model: int | None | Unset = UNSET,
        fallback_provider: int | Unset = UNSET,
        fallback_model: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    def partial_update(
        self,
        *,
        org: str,
        id: str,
        body: PatchedFallbackLLMUpdate | Unset = UNSET,
        scope: PatchedFallbackLLMUpdateScope | Unset = UNSET,
        source_provider: int | Unset = UNSET,
        source_model: int | None | Unset = UNSET,
        fallback_provider: int | Unset = UNSET,
        fallback_model: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM:
        """Partially update fallback LLM configuration

        Partially update an existing fallback LLM configuration.

        Args:
            org (str, path)
            id (str, path)
            body (PatchedFallbackLLMUpdate | Unset, request body): Serializer for updating
                FallbackLLM configuration.
            Or the body's fields as keywords instead of body=: scope, source_provider,
                source_model, fallback_provider, fallback_model, is_enabled

        Returns:
            FallbackLLM
        """
        body = optional_body_from_fields(
            "ai_account.orgs.fallback_llm.partial_update",
            body,
            PatchedFallbackLLMUpdate,
            [],
            (
                ("scope", "scope", scope),
                ("source_provider", "source_provider", source_provider),
                ("source_model", "source_model", source_model),
                ("fallback_provider", "fallback_provider", fallback_provider),
                ("fallback_model", "fallback_model", fallback_model),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return self._client._send(
            _ai_account_orgs_fallback_llm_partial_update.OPERATION,
            _ai_account_orgs_fallback_llm_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: str,
        body: FallbackLLMUpdate,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: str,
        source_provider: int,
        fallback_provider: int,
        fallback_model: int,
        scope: FallbackLLMUpdateScope | Unset = UNSET,
        source_model: int | None | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    def update(
        self,
        *,
        org: str,
        id: str,
        body: FallbackLLMUpdate | Unset = UNSET,
        source_provider: int | Unset = UNSET,
        fallback_provider: int | Unset = UNSET,
        fallback_model: int | Unset = UNSET,
        scope: FallbackLLMUpdateScope | Unset = UNSET,
        source_model: int | None | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM:
        """Update fallback LLM configuration

        Update an existing fallback LLM configuration.

        Args:
            org (str, path)
            id (str, path)
            body (FallbackLLMUpdate, request body): Serializer for updating FallbackLLM
                configuration.
            Or the body's fields as keywords instead of body=: source_provider,
                fallback_provider, fallback_model, scope, source_model, is_enabled

        Returns:
            FallbackLLM
        """
        body = body_from_fields(
            "ai_account.orgs.fallback_llm.update",
            body,
            FallbackLLMUpdate,
            ["source_provider", "fallback_provider", "fallback_model"],
            (
                ("source_provider", "source_provider", source_provider),
                ("fallback_provider", "fallback_provider", fallback_provider),
                ("fallback_model", "fallback_model", fallback_model),
                ("scope", "scope", scope),
                ("source_model", "source_model", source_model),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return self._client._send(
            _ai_account_orgs_fallback_llm_update.OPERATION,
            _ai_account_orgs_fallback_llm_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiAccountOrgsFallbackLlmResourceWithRawResponse:
    """`Client.ai_account.orgs.fallback_llm`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsFallbackLlmResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiAccountOrgsFallbackLlmResource:
    """`AsyncClient.ai_account.orgs.fallback_llm`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsFallbackLlmResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsFallbackLlmResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        is_enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        scope: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[FallbackLLM]:
        """List fallback LLM configurations

        List all fallback LLM configurations for the tenant and global configs.

        Args:
            org (str, path)
            is_enabled (bool | Unset, query)
            ordering (str | Unset, query)
            scope (str | Unset, query)

        Returns:
            list[FallbackLLM]
        """
        return await self._client._send(
            _ai_account_orgs_fallback_llm_list.OPERATION,
            _ai_account_orgs_fallback_llm_list.build_request(
                org=org, is_enabled=is_enabled, ordering=ordering, scope=scope
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: FallbackLLMCreate,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        source_provider_name: FallbackLLMCreateSourceProviderName,
        fallback_provider_name: FallbackLLMCreateFallbackProviderName,
        fallback_model_name: str,
        scope: FallbackLLMCreateScope | Unset = UNSET,
        tenant_key: None | str | Unset = UNSET,
        source_model_name: None | str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    async def create(
        self,
        *,
        org: str,
        body: FallbackLLMCreate | Unset = UNSET,
        source_provider_name: FallbackLLMCreateSourceProviderName | Unset = UNSET,
        fallback_provider_name: FallbackLLMCreateFallbackProviderName | Unset = UNSET,
        fallback_model_name: str | Unset = UNSET,
        scope: FallbackLLMCreateScope | Unset = UNSET,
        tenant_key: None | str | Unset = UNSET,
        source_model_name: None | str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM:
        """Create fallback LLM configuration

        Create a new fallback LLM configuration.          - For model scope: specify
        source_model_name         - For provider scope: only source_provider_name is needed
        - Leave tenant_key empty for global configuration

        Args:
            org (str, path)
            body (FallbackLLMCreate, request body): Serializer for creating FallbackLLM
                configuration.
            Or the body's fields as keywords instead of body=: source_provider_name,
                fallback_provider_name, fallback_model_name, scope, tenant_key,
                source_model_name, is_enabled

        Returns:
            FallbackLLM
        """
        body = body_from_fields(
            "ai_account.orgs.fallback_llm.create",
            body,
            FallbackLLMCreate,
            ["source_provider_name", "fallback_provider_name", "fallback_model_name"],
            (
                ("source_provider_name", "source_provider_name", source_provider_name),
                ("fallback_provider_name", "fallback_provider_name", fallback_provider_name),
                ("fallback_model_name", "fallback_model_name", fallback_model_name),
                ("scope", "scope", scope),
                ("tenant_key", "tenant_key", tenant_key),
                ("source_model_name", "source_model_name", source_model_name),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return await self._client._send(
            _ai_account_orgs_fallback_llm_create.OPERATION,
            _ai_account_orgs_fallback_llm_create.build_request(org=org, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete fallback LLM configuration

        Delete a fallback LLM configuration.

        Args:
            org (str, path)
            id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_account_orgs_fallback_llm_destroy.OPERATION,
            _ai_account_orgs_fallback_llm_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM:
        """Get fallback LLM configuration

        Retrieve a specific fallback LLM configuration.

        Args:
            org (str, path)
            id (str, path)

        Returns:
            FallbackLLM
        """
        return await self._client._send(
            _ai_account_orgs_fallback_llm_retrieve.OPERATION,
            _ai_account_orgs_fallback_llm_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: str,
        body: PatchedFallbackLLMUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: str,
        scope: PatchedFallbackLLMUpdateScope | Unset = UNSET,
        source_provider: int | Unset = UNSET,
        source_model: int | None | Unset = UNSET,
        fallback_provider: int | Unset = UNSET,
        fallback_model: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: str,
        body: PatchedFallbackLLMUpdate | Unset = UNSET,
        scope: PatchedFallbackLLMUpdateScope | Unset = UNSET,
        source_provider: int | Unset = UNSET,
        source_model: int | None | Unset = UNSET,
        fallback_provider: int | Unset = UNSET,
        fallback_model: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM:
        """Partially update fallback LLM configuration

        Partially update an existing fallback LLM configuration.

        Args:
            org (str, path)
            id (str, path)
            body (PatchedFallbackLLMUpdate | Unset, request body): Serializer for updating
                FallbackLLM configuration.
            Or the body's fields as keywords instead of body=: scope, source_provider,
                source_model, fallback_provider, fallback_model, is_enabled

        Returns:
            FallbackLLM
        """
        body = optional_body_from_fields(
            "ai_account.orgs.fallback_llm.partial_update",
            body,
            PatchedFallbackLLMUpdate,
            [],
            (
                ("scope", "scope", scope),
                ("source_provider", "source_provider", source_provider),
                ("source_model", "source_model", source_model),
                ("fallback_provider", "fallback_provider", fallback_provider),
                ("fallback_model", "fallback_model", fallback_model),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return await self._client._send(
            _ai_account_orgs_fallback_llm_partial_update.OPERATION,
            _ai_account_orgs_fallback_llm_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: str,
        body: FallbackLLMUpdate,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: str,
        source_provider: int,
        fallback_provider: int,
        fallback_model: int,
        scope: FallbackLLMUpdateScope | Unset = UNSET,
        source_model: int | None | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM: ...

    async def update(
        self,
        *,
        org: str,
        id: str,
        body: FallbackLLMUpdate | Unset = UNSET,
        source_provider: int | Unset = UNSET,
        fallback_provider: int | Unset = UNSET,
        fallback_model: int | Unset = UNSET,
        scope: FallbackLLMUpdateScope | Unset = UNSET,
        source_model: int | None | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FallbackLLM:
        """Update fallback LLM configuration

        Update an existing fallback LLM configuration.

        Args:
            org (str, path)
            id (str, path)
            body (FallbackLLMUpdate, request body): Serializer for updating FallbackLLM
                configuration.
            Or the body's fields as keywords instead of body=: source_provider,
                fallback_provider, fallback_model, scope, source_model, is_enabled

        Returns:
            FallbackLLM
        """
        body = body_from_fields(
            "ai_account.orgs.fallback_llm.update",
            body,
            FallbackLLMUpdate,
            ["source_provider", "fallback_provider", "fallback_model"],
            (
                ("source_provider", "source_provider", source_provider),
                ("fallback_provider", "fallback_provider", fallback_provider),
                ("fallback_model", "fallback_model", fallback_model),
                ("scope", "scope", scope),
                ("source_model", "source_model", source_model),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return await self._client._send(
            _ai_account_orgs_fallback_llm_update.OPERATION,
            _ai_account_orgs_fallback_llm_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiAccountOrgsFallbackLlmResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.fallback_llm`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsFallbackLlmResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
