"""`Client.ai_mentor.orgs.claw.model_providers`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_model_providers_create as _ai_mentor_orgs_claw_model_providers_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_model_providers_destroy as _ai_mentor_orgs_claw_model_providers_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_model_providers_list as _ai_mentor_orgs_claw_model_providers_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_model_providers_partial_update as _ai_mentor_orgs_claw_model_providers_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_model_providers_retrieve as _ai_mentor_orgs_claw_model_providers_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_model_providers_update as _ai_mentor_orgs_claw_model_providers_update,
)
from ......models.claw_model_provider import ClawModelProvider
from ......models.claw_model_provider_request import ClawModelProviderRequest
from ......models.paginated_claw_model_provider_list import PaginatedClawModelProviderList
from ......models.patched_claw_model_provider import PatchedClawModelProvider
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsClawModelProvidersResource",
    "AiMentorOrgsClawModelProvidersResourceWithRawResponse",
    "AsyncAiMentorOrgsClawModelProvidersResource",
    "AsyncAiMentorOrgsClawModelProvidersResourceWithRawResponse",
]


class AiMentorOrgsClawModelProvidersResource:
    """`Client.ai_mentor.orgs.claw.model_providers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawModelProvidersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawModelProvidersResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        server: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedClawModelProviderList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            enabled (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            server (int | Unset, query)

        Returns:
            PaginatedClawModelProviderList
        """
        return self._client._send(
            _ai_mentor_orgs_claw_model_providers_list.OPERATION,
            _ai_mentor_orgs_claw_model_providers_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset, server=server
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        server: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ClawModelProvider]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_claw_model_providers_list.OPERATION,
            _ai_mentor_orgs_claw_model_providers_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset, server=server
            ),
            _ai_mentor_orgs_claw_model_providers_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: ClawModelProviderRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    @overload
    def create(
        self,
        *,
        org: str,
        server: int,
        name: str,
        base_url: str,
        api_type: str,
        credential_name: str,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    def create(
        self,
        *,
        org: str,
        body: ClawModelProviderRequest | Unset = UNSET,
        server: int | Unset = UNSET,
        name: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
        api_type: str | Unset = UNSET,
        credential_name: str | Unset = UNSET,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (ClawModelProviderRequest, request body)
            Or the body's fields as keywords instead of body=: server, name, base_url, api_type,
                credential_name, credential_key, model_catalog, enabled, models_mode

        Returns:
            ClawModelProvider
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.model_providers.create",
            body,
            ClawModelProviderRequest,
            ["server", "name", "base_url", "api_type", "credential_name"],
            (
                ("server", "server", server),
                ("name", "name", name),
                ("base_url", "base_url", base_url),
                ("api_type", "api_type", api_type),
                ("credential_name", "credential_name", credential_name),
                ("credential_key", "credential_key", credential_key),
                ("model_catalog", "model_catalog", model_catalog),
                ("enabled", "enabled", enabled),
                ("models_mode", "models_mode", models_mode),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_model_providers_create.OPERATION,
            _ai_mentor_orgs_claw_model_providers_create.build_request(org=org, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_claw_model_providers_destroy.OPERATION,
            _ai_mentor_orgs_claw_model_providers_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            ClawModelProvider
        """
        return self._client._send(
            _ai_mentor_orgs_claw_model_providers_retrieve.OPERATION,
            _ai_mentor_orgs_claw_model_providers_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawModelProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        server: int | Unset = UNSET,
        name: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
        api_type: str | Unset = UNSET,
        credential_name: str | Unset = UNSET,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawModelProvider | Unset = UNSET,
        server: int | Unset = UNSET,
        name: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
        api_type: str | Unset = UNSET,
        credential_name: str | Unset = UNSET,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedClawModelProvider | Unset, request body)
            Or the body's fields as keywords instead of body=: server, name, base_url, api_type,
                credential_name, credential_key, model_catalog, enabled, models_mode

        Returns:
            ClawModelProvider
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.claw.model_providers.partial_update",
            body,
            PatchedClawModelProvider,
            [],
            (
                ("server", "server", server),
                ("name", "name", name),
                ("base_url", "base_url", base_url),
                ("api_type", "api_type", api_type),
                ("credential_name", "credential_name", credential_name),
                ("credential_key", "credential_key", credential_key),
                ("model_catalog", "model_catalog", model_catalog),
                ("enabled", "enabled", enabled),
                ("models_mode", "models_mode", models_mode),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_model_providers_partial_update.OPERATION,
            _ai_mentor_orgs_claw_model_providers_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawModelProviderRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        server: int,
        name: str,
        base_url: str,
        api_type: str,
        credential_name: str,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawModelProviderRequest | Unset = UNSET,
        server: int | Unset = UNSET,
        name: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
        api_type: str | Unset = UNSET,
        credential_name: str | Unset = UNSET,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (ClawModelProviderRequest, request body)
            Or the body's fields as keywords instead of body=: server, name, base_url, api_type,
                credential_name, credential_key, model_catalog, enabled, models_mode

        Returns:
            ClawModelProvider
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.model_providers.update",
            body,
            ClawModelProviderRequest,
            ["server", "name", "base_url", "api_type", "credential_name"],
            (
                ("server", "server", server),
                ("name", "name", name),
                ("base_url", "base_url", base_url),
                ("api_type", "api_type", api_type),
                ("credential_name", "credential_name", credential_name),
                ("credential_key", "credential_key", credential_key),
                ("model_catalog", "model_catalog", model_catalog),
                ("enabled", "enabled", enabled),
                ("models_mode", "models_mode", models_mode),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_model_providers_update.OPERATION,
            _ai_mentor_orgs_claw_model_providers_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiMentorOrgsClawModelProvidersResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw.model_providers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawModelProvidersResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsClawModelProvidersResource:
    """`AsyncClient.ai_mentor.orgs.claw.model_providers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsClawModelProvidersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawModelProvidersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        server: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedClawModelProviderList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            enabled (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            server (int | Unset, query)

        Returns:
            PaginatedClawModelProviderList
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_model_providers_list.OPERATION,
            _ai_mentor_orgs_claw_model_providers_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset, server=server
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        server: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ClawModelProvider]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_claw_model_providers_list.OPERATION,
            _ai_mentor_orgs_claw_model_providers_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset, server=server
            ),
            _ai_mentor_orgs_claw_model_providers_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: ClawModelProviderRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        server: int,
        name: str,
        base_url: str,
        api_type: str,
        credential_name: str,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    async def create(
        self,
        *,
        org: str,
        body: ClawModelProviderRequest | Unset = UNSET,
        server: int | Unset = UNSET,
        name: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
        api_type: str | Unset = UNSET,
        credential_name: str | Unset = UNSET,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (ClawModelProviderRequest, request body)
            Or the body's fields as keywords instead of body=: server, name, base_url, api_type,
                credential_name, credential_key, model_catalog, enabled, models_mode

        Returns:
            ClawModelProvider
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.model_providers.create",
            body,
            ClawModelProviderRequest,
            ["server", "name", "base_url", "api_type", "credential_name"],
            (
                ("server", "server", server),
                ("name", "name", name),
                ("base_url", "base_url", base_url),
                ("api_type", "api_type", api_type),
                ("credential_name", "credential_name", credential_name),
                ("credential_key", "credential_key", credential_key),
                ("model_catalog", "model_catalog", model_catalog),
                ("enabled", "enabled", enabled),
                ("models_mode", "models_mode", models_mode),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_model_providers_create.OPERATION,
            _ai_mentor_orgs_claw_model_providers_create.build_request(org=org, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_model_providers_destroy.OPERATION,
            _ai_mentor_orgs_claw_model_providers_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            ClawModelProvider
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_model_providers_retrieve.OPERATION,
            _ai_mentor_orgs_claw_model_providers_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawModelProvider | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        server: int | Unset = UNSET,
        name: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
        api_type: str | Unset = UNSET,
        credential_name: str | Unset = UNSET,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawModelProvider | Unset = UNSET,
        server: int | Unset = UNSET,
        name: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
        api_type: str | Unset = UNSET,
        credential_name: str | Unset = UNSET,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedClawModelProvider | Unset, request body)
            Or the body's fields as keywords instead of body=: server, name, base_url, api_type,
                credential_name, credential_key, model_catalog, enabled, models_mode

        Returns:
            ClawModelProvider
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.claw.model_providers.partial_update",
            body,
            PatchedClawModelProvider,
            [],
            (
                ("server", "server", server),
                ("name", "name", name),
                ("base_url", "base_url", base_url),
                ("api_type", "api_type", api_type),
                ("credential_name", "credential_name", credential_name),
                ("credential_key", "credential_key", credential_key),
                ("model_catalog", "model_catalog", model_catalog),
                ("enabled", "enabled", enabled),
                ("models_mode", "models_mode", models_mode),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_model_providers_partial_update.OPERATION,
            _ai_mentor_orgs_claw_model_providers_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawModelProviderRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        server: int,
        name: str,
        base_url: str,
        api_type: str,
        credential_name: str,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawModelProviderRequest | Unset = UNSET,
        server: int | Unset = UNSET,
        name: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
        api_type: str | Unset = UNSET,
        credential_name: str | Unset = UNSET,
        credential_key: str | Unset = UNSET,
        model_catalog: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        models_mode: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawModelProvider:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (ClawModelProviderRequest, request body)
            Or the body's fields as keywords instead of body=: server, name, base_url, api_type,
                credential_name, credential_key, model_catalog, enabled, models_mode

        Returns:
            ClawModelProvider
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.model_providers.update",
            body,
            ClawModelProviderRequest,
            ["server", "name", "base_url", "api_type", "credential_name"],
            (
                ("server", "server", server),
                ("name", "name", name),
                ("base_url", "base_url", base_url),
                ("api_type", "api_type", api_type),
                ("credential_name", "credential_name", credential_name),
                ("credential_key", "credential_key", credential_key),
                ("model_catalog", "model_catalog", model_catalog),
                ("enabled", "enabled", enabled),
                ("models_mode", "models_mode", models_mode),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_model_providers_update.OPERATION,
            _ai_mentor_orgs_claw_model_providers_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiMentorOrgsClawModelProvidersResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw.model_providers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawModelProvidersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
