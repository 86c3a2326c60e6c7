"""`Client.ai_mentor.orgs.claw.mentor_configs`: 6 operations and 1 sub-resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_mentor_configs_create as _ai_mentor_orgs_claw_mentor_configs_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_mentor_configs_destroy as _ai_mentor_orgs_claw_mentor_configs_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_mentor_configs_list as _ai_mentor_orgs_claw_mentor_configs_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_mentor_configs_partial_update as _ai_mentor_orgs_claw_mentor_configs_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_mentor_configs_retrieve as _ai_mentor_orgs_claw_mentor_configs_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_claw_mentor_configs_update as _ai_mentor_orgs_claw_mentor_configs_update,
)
from ......models.claw_mentor_config import ClawMentorConfig
from ......models.claw_mentor_config_request import ClawMentorConfigRequest
from ......models.paginated_claw_mentor_config_list import PaginatedClawMentorConfigList
from ......models.patched_claw_mentor_config import PatchedClawMentorConfig
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .push_config import (
        AiMentorOrgsClawMentorConfigsPushConfigResource,
        AiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse,
        AsyncAiMentorOrgsClawMentorConfigsPushConfigResource,
        AsyncAiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsClawMentorConfigsResource",
    "AiMentorOrgsClawMentorConfigsResourceWithRawResponse",
    "AsyncAiMentorOrgsClawMentorConfigsResource",
    "AsyncAiMentorOrgsClawMentorConfigsResourceWithRawResponse",
]


class AiMentorOrgsClawMentorConfigsResource:
    """`Client.ai_mentor.orgs.claw.mentor_configs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawMentorConfigsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawMentorConfigsResourceWithRawResponse(self)

    @cached_property
    def push_config(self) -> AiMentorOrgsClawMentorConfigsPushConfigResource:
        from .push_config import AiMentorOrgsClawMentorConfigsPushConfigResource

        return AiMentorOrgsClawMentorConfigsPushConfigResource(self._client)

    def list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedClawMentorConfigList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            enabled (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)

        Returns:
            PaginatedClawMentorConfigList
        """
        return self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_list.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset
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
        **options: Unpack[RequestOptions],
    ) -> Iterator[ClawMentorConfig]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_claw_mentor_configs_list.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset
            ),
            _ai_mentor_orgs_claw_mentor_configs_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: ClawMentorConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    @overload
    def create(
        self,
        *,
        org: str,
        mentor: UUID,
        server: int,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    def create(
        self,
        *,
        org: str,
        body: ClawMentorConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (ClawMentorConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, server, agent_config,
                enabled, auto_push

        Returns:
            ClawMentorConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.mentor_configs.create",
            body,
            ClawMentorConfigRequest,
            ["mentor", "server"],
            (
                ("mentor", "mentor", mentor),
                ("server", "server", server),
                ("agent_config", "agent_config", agent_config),
                ("enabled", "enabled", enabled),
                ("auto_push", "auto_push", auto_push),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_create.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_claw_mentor_configs_destroy.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            ClawMentorConfig
        """
        return self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_retrieve.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawMentorConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawMentorConfig | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedClawMentorConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, server, agent_config,
                enabled, auto_push

        Returns:
            ClawMentorConfig
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.claw.mentor_configs.partial_update",
            body,
            PatchedClawMentorConfig,
            [],
            (
                ("mentor", "mentor", mentor),
                ("server", "server", server),
                ("agent_config", "agent_config", agent_config),
                ("enabled", "enabled", enabled),
                ("auto_push", "auto_push", auto_push),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_partial_update.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_partial_update.build_request(
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
        body: ClawMentorConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID,
        server: int,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawMentorConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (ClawMentorConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, server, agent_config,
                enabled, auto_push

        Returns:
            ClawMentorConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.mentor_configs.update",
            body,
            ClawMentorConfigRequest,
            ["mentor", "server"],
            (
                ("mentor", "mentor", mentor),
                ("server", "server", server),
                ("agent_config", "agent_config", agent_config),
                ("enabled", "enabled", enabled),
                ("auto_push", "auto_push", auto_push),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_update.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiMentorOrgsClawMentorConfigsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw.mentor_configs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawMentorConfigsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def push_config(self) -> AiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse:
        from .push_config import AiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse

        return AiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse(
            self._resource.push_config
        )


class AsyncAiMentorOrgsClawMentorConfigsResource:
    """`AsyncClient.ai_mentor.orgs.claw.mentor_configs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsClawMentorConfigsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawMentorConfigsResourceWithRawResponse(self)

    @cached_property
    def push_config(self) -> AsyncAiMentorOrgsClawMentorConfigsPushConfigResource:
        from .push_config import AsyncAiMentorOrgsClawMentorConfigsPushConfigResource

        return AsyncAiMentorOrgsClawMentorConfigsPushConfigResource(self._client)

    async def list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedClawMentorConfigList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            enabled (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)

        Returns:
            PaginatedClawMentorConfigList
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_list.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset
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
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ClawMentorConfig]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_claw_mentor_configs_list.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset
            ),
            _ai_mentor_orgs_claw_mentor_configs_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: ClawMentorConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        mentor: UUID,
        server: int,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    async def create(
        self,
        *,
        org: str,
        body: ClawMentorConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (ClawMentorConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, server, agent_config,
                enabled, auto_push

        Returns:
            ClawMentorConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.mentor_configs.create",
            body,
            ClawMentorConfigRequest,
            ["mentor", "server"],
            (
                ("mentor", "mentor", mentor),
                ("server", "server", server),
                ("agent_config", "agent_config", agent_config),
                ("enabled", "enabled", enabled),
                ("auto_push", "auto_push", auto_push),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_create.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_claw_mentor_configs_destroy.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            ClawMentorConfig
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_retrieve.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawMentorConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedClawMentorConfig | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedClawMentorConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, server, agent_config,
                enabled, auto_push

        Returns:
            ClawMentorConfig
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.claw.mentor_configs.partial_update",
            body,
            PatchedClawMentorConfig,
            [],
            (
                ("mentor", "mentor", mentor),
                ("server", "server", server),
                ("agent_config", "agent_config", agent_config),
                ("enabled", "enabled", enabled),
                ("auto_push", "auto_push", auto_push),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_partial_update.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_partial_update.build_request(
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
        body: ClawMentorConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID,
        server: int,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: ClawMentorConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (ClawMentorConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, server, agent_config,
                enabled, auto_push

        Returns:
            ClawMentorConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.mentor_configs.update",
            body,
            ClawMentorConfigRequest,
            ["mentor", "server"],
            (
                ("mentor", "mentor", mentor),
                ("server", "server", server),
                ("agent_config", "agent_config", agent_config),
                ("enabled", "enabled", enabled),
                ("auto_push", "auto_push", auto_push),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_update.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiMentorOrgsClawMentorConfigsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw.mentor_configs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawMentorConfigsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def push_config(self) -> AsyncAiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse:
        from .push_config import AsyncAiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse

        return AsyncAiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse(
            self._resource.push_config
        )
