"""`Client.ai_mentor.orgs.claw.instances`: 6 operations and 5 sub-resources."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_create as _ai_mentor_orgs_claw_instances_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_destroy as _ai_mentor_orgs_claw_instances_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_list as _ai_mentor_orgs_claw_instances_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_partial_update as _ai_mentor_orgs_claw_instances_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_retrieve as _ai_mentor_orgs_claw_instances_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_update as _ai_mentor_orgs_claw_instances_update,
)
from ......models.ai_mentor_orgs_claw_instances_list_status import (
    AiMentorOrgsClawInstancesListStatus,
)
from ......models.claw_instance import ClawInstance
from ......models.claw_instance_request import ClawInstanceRequest
from ......models.claw_type_enum import ClawTypeEnum
from ......models.paginated_claw_instance_list import PaginatedClawInstanceList
from ......models.patched_claw_instance import PatchedClawInstance
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .health_check import (
        AiMentorOrgsClawInstancesHealthCheckResource,
        AiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse,
        AsyncAiMentorOrgsClawInstancesHealthCheckResource,
        AsyncAiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse,
    )
    from .push_providers import (
        AiMentorOrgsClawInstancesPushProvidersResource,
        AiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse,
        AsyncAiMentorOrgsClawInstancesPushProvidersResource,
        AsyncAiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse,
    )
    from .refresh_version import (
        AiMentorOrgsClawInstancesRefreshVersionResource,
        AiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse,
        AsyncAiMentorOrgsClawInstancesRefreshVersionResource,
        AsyncAiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse,
    )
    from .security_audit import (
        AiMentorOrgsClawInstancesSecurityAuditResource,
        AiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse,
        AsyncAiMentorOrgsClawInstancesSecurityAuditResource,
        AsyncAiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse,
    )
    from .test_connectivity import (
        AiMentorOrgsClawInstancesTestConnectivityResource,
        AiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse,
        AsyncAiMentorOrgsClawInstancesTestConnectivityResource,
        AsyncAiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsClawInstancesResource",
    "AiMentorOrgsClawInstancesResourceWithRawResponse",
    "AsyncAiMentorOrgsClawInstancesResource",
    "AsyncAiMentorOrgsClawInstancesResourceWithRawResponse",
]


class AiMentorOrgsClawInstancesResource:
    """`Client.ai_mentor.orgs.claw.instances`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawInstancesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawInstancesResourceWithRawResponse(self)

    @cached_property
    def health_check(self) -> AiMentorOrgsClawInstancesHealthCheckResource:
        from .health_check import AiMentorOrgsClawInstancesHealthCheckResource

        return AiMentorOrgsClawInstancesHealthCheckResource(self._client)

    @cached_property
    def push_providers(self) -> AiMentorOrgsClawInstancesPushProvidersResource:
        from .push_providers import AiMentorOrgsClawInstancesPushProvidersResource

        return AiMentorOrgsClawInstancesPushProvidersResource(self._client)

    @cached_property
    def refresh_version(self) -> AiMentorOrgsClawInstancesRefreshVersionResource:
        from .refresh_version import AiMentorOrgsClawInstancesRefreshVersionResource

        return AiMentorOrgsClawInstancesRefreshVersionResource(self._client)

    @cached_property
    def security_audit(self) -> AiMentorOrgsClawInstancesSecurityAuditResource:
        from .security_audit import AiMentorOrgsClawInstancesSecurityAuditResource

        return AiMentorOrgsClawInstancesSecurityAuditResource(self._client)

    @cached_property
    def test_connectivity(self) -> AiMentorOrgsClawInstancesTestConnectivityResource:
        from .test_connectivity import AiMentorOrgsClawInstancesTestConnectivityResource

        return AiMentorOrgsClawInstancesTestConnectivityResource(self._client)

    def list(
        self,
        *,
        org: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedClawInstanceList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)
            status (AiMentorOrgsClawInstancesListStatus | Unset, query)

        Returns:
            PaginatedClawInstanceList
        """
        return self._client._send(
            _ai_mentor_orgs_claw_instances_list.OPERATION,
            _ai_mentor_orgs_claw_instances_list.build_request(
                org=org, limit=limit, offset=offset, search=search, status=status
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ClawInstance]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_claw_instances_list.OPERATION,
            _ai_mentor_orgs_claw_instances_list.build_request(
                org=org, limit=limit, offset=offset, search=search, status=status
            ),
            _ai_mentor_orgs_claw_instances_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        server_url: str,
        gateway_token: str,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    def create(
        self,
        *,
        org: str,
        body: ClawInstanceRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (ClawInstanceRequest, request body)
            Or the body's fields as keywords instead of body=: name, server_url, gateway_token,
                claw_type, deployment_backend, auth_headers, connection_params

        Returns:
            ClawInstance
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.instances.create",
            body,
            ClawInstanceRequest,
            ["name", "server_url", "gateway_token"],
            (
                ("name", "name", name),
                ("server_url", "server_url", server_url),
                ("gateway_token", "gateway_token", gateway_token),
                ("claw_type", "claw_type", claw_type),
                ("deployment_backend", "deployment_backend", deployment_backend),
                ("auth_headers", "auth_headers", auth_headers),
                ("connection_params", "connection_params", connection_params),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_instances_create.OPERATION,
            _ai_mentor_orgs_claw_instances_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_claw_instances_destroy.OPERATION,
            _ai_mentor_orgs_claw_instances_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            ClawInstance
        """
        return self._client._send(
            _ai_mentor_orgs_claw_instances_retrieve.OPERATION,
            _ai_mentor_orgs_claw_instances_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawInstance | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        name: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawInstance | Unset = UNSET,
        name: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedClawInstance | Unset, request body)
            Or the body's fields as keywords instead of body=: name, claw_type, server_url,
                gateway_token, deployment_backend, auth_headers, connection_params

        Returns:
            ClawInstance
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.claw.instances.partial_update",
            body,
            PatchedClawInstance,
            [],
            (
                ("name", "name", name),
                ("claw_type", "claw_type", claw_type),
                ("server_url", "server_url", server_url),
                ("gateway_token", "gateway_token", gateway_token),
                ("deployment_backend", "deployment_backend", deployment_backend),
                ("auth_headers", "auth_headers", auth_headers),
                ("connection_params", "connection_params", connection_params),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_instances_partial_update.OPERATION,
            _ai_mentor_orgs_claw_instances_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        name: str,
        server_url: str,
        gateway_token: str,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)
            Or the body's fields as keywords instead of body=: name, server_url, gateway_token,
                claw_type, deployment_backend, auth_headers, connection_params

        Returns:
            ClawInstance
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.instances.update",
            body,
            ClawInstanceRequest,
            ["name", "server_url", "gateway_token"],
            (
                ("name", "name", name),
                ("server_url", "server_url", server_url),
                ("gateway_token", "gateway_token", gateway_token),
                ("claw_type", "claw_type", claw_type),
                ("deployment_backend", "deployment_backend", deployment_backend),
                ("auth_headers", "auth_headers", auth_headers),
                ("connection_params", "connection_params", connection_params),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_instances_update.OPERATION,
            _ai_mentor_orgs_claw_instances_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiMentorOrgsClawInstancesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw.instances`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawInstancesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def health_check(self) -> AiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse:
        from .health_check import AiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse

        return AiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse(
            self._resource.health_check
        )

    @cached_property
    def push_providers(self) -> AiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse:
        from .push_providers import AiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse

        return AiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse(
            self._resource.push_providers
        )

    @cached_property
    def refresh_version(self) -> AiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse:
        from .refresh_version import AiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse

        return AiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse(
            self._resource.refresh_version
        )

    @cached_property
    def security_audit(self) -> AiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse:
        from .security_audit import AiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse

        return AiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse(
            self._resource.security_audit
        )

    @cached_property
    def test_connectivity(self) -> AiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse:
        from .test_connectivity import (
            AiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse,
        )

        return AiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse(
            self._resource.test_connectivity
        )


class AsyncAiMentorOrgsClawInstancesResource:
    """`AsyncClient.ai_mentor.orgs.claw.instances`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsClawInstancesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawInstancesResourceWithRawResponse(self)

    @cached_property
    def health_check(self) -> AsyncAiMentorOrgsClawInstancesHealthCheckResource:
        from .health_check import AsyncAiMentorOrgsClawInstancesHealthCheckResource

        return AsyncAiMentorOrgsClawInstancesHealthCheckResource(self._client)

    @cached_property
    def push_providers(self) -> AsyncAiMentorOrgsClawInstancesPushProvidersResource:
        from .push_providers import AsyncAiMentorOrgsClawInstancesPushProvidersResource

        return AsyncAiMentorOrgsClawInstancesPushProvidersResource(self._client)

    @cached_property
    def refresh_version(self) -> AsyncAiMentorOrgsClawInstancesRefreshVersionResource:
        from .refresh_version import AsyncAiMentorOrgsClawInstancesRefreshVersionResource

        return AsyncAiMentorOrgsClawInstancesRefreshVersionResource(self._client)

    @cached_property
    def security_audit(self) -> AsyncAiMentorOrgsClawInstancesSecurityAuditResource:
        from .security_audit import AsyncAiMentorOrgsClawInstancesSecurityAuditResource

        return AsyncAiMentorOrgsClawInstancesSecurityAuditResource(self._client)

    @cached_property
    def test_connectivity(self) -> AsyncAiMentorOrgsClawInstancesTestConnectivityResource:
        from .test_connectivity import AsyncAiMentorOrgsClawInstancesTestConnectivityResource

        return AsyncAiMentorOrgsClawInstancesTestConnectivityResource(self._client)

    async def list(
        self,
        *,
        org: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedClawInstanceList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)
            status (AiMentorOrgsClawInstancesListStatus | Unset, query)

        Returns:
            PaginatedClawInstanceList
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_list.OPERATION,
            _ai_mentor_orgs_claw_instances_list.build_request(
                org=org, limit=limit, offset=offset, search=search, status=status
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ClawInstance]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_claw_instances_list.OPERATION,
            _ai_mentor_orgs_claw_instances_list.build_request(
                org=org, limit=limit, offset=offset, search=search, status=status
            ),
            _ai_mentor_orgs_claw_instances_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        server_url: str,
        gateway_token: str,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    async def create(
        self,
        *,
        org: str,
        body: ClawInstanceRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (ClawInstanceRequest, request body)
            Or the body's fields as keywords instead of body=: name, server_url, gateway_token,
                claw_type, deployment_backend, auth_headers, connection_params

        Returns:
            ClawInstance
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.instances.create",
            body,
            ClawInstanceRequest,
            ["name", "server_url", "gateway_token"],
            (
                ("name", "name", name),
                ("server_url", "server_url", server_url),
                ("gateway_token", "gateway_token", gateway_token),
                ("claw_type", "claw_type", claw_type),
                ("deployment_backend", "deployment_backend", deployment_backend),
                ("auth_headers", "auth_headers", auth_headers),
                ("connection_params", "connection_params", connection_params),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_create.OPERATION,
            _ai_mentor_orgs_claw_instances_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_claw_instances_destroy.OPERATION,
            _ai_mentor_orgs_claw_instances_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            ClawInstance
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_retrieve.OPERATION,
            _ai_mentor_orgs_claw_instances_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawInstance | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        name: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawInstance | Unset = UNSET,
        name: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedClawInstance | Unset, request body)
            Or the body's fields as keywords instead of body=: name, claw_type, server_url,
                gateway_token, deployment_backend, auth_headers, connection_params

        Returns:
            ClawInstance
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.claw.instances.partial_update",
            body,
            PatchedClawInstance,
            [],
            (
                ("name", "name", name),
                ("claw_type", "claw_type", claw_type),
                ("server_url", "server_url", server_url),
                ("gateway_token", "gateway_token", gateway_token),
                ("deployment_backend", "deployment_backend", deployment_backend),
                ("auth_headers", "auth_headers", auth_headers),
                ("connection_params", "connection_params", connection_params),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_partial_update.OPERATION,
            _ai_mentor_orgs_claw_instances_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        name: str,
        server_url: str,
        gateway_token: str,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)
            Or the body's fields as keywords instead of body=: name, server_url, gateway_token,
                claw_type, deployment_backend, auth_headers, connection_params

        Returns:
            ClawInstance
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.instances.update",
            body,
            ClawInstanceRequest,
            ["name", "server_url", "gateway_token"],
            (
                ("name", "name", name),
                ("server_url", "server_url", server_url),
                ("gateway_token", "gateway_token", gateway_token),
                ("claw_type", "claw_type", claw_type),
                ("deployment_backend", "deployment_backend", deployment_backend),
                ("auth_headers", "auth_headers", auth_headers),
                ("connection_params", "connection_params", connection_params),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_update.OPERATION,
            _ai_mentor_orgs_claw_instances_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiMentorOrgsClawInstancesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw.instances`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawInstancesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def health_check(self) -> AsyncAiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse:
        from .health_check import AsyncAiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse

        return AsyncAiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse(
            self._resource.health_check
        )

    @cached_property
    def push_providers(self) -> AsyncAiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse:
        from .push_providers import (
            AsyncAiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse(
            self._resource.push_providers
        )

    @cached_property
    def refresh_version(
        self,
    ) -> AsyncAiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse:
        from .refresh_version import (
            AsyncAiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse(
            self._resource.refresh_version
        )

    @cached_property
    def security_audit(self) -> AsyncAiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse:
        from .security_audit import (
            AsyncAiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse(
            self._resource.security_audit
        )

    @cached_property
    def test_connectivity(
        self,
    ) -> AsyncAiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse:
        from .test_connectivity import (
            AsyncAiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse(
            self._resource.test_connectivity
        )
