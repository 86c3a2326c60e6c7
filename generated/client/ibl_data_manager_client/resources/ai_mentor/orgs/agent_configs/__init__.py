"""`Client.ai_mentor.orgs.agent_configs`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_configs_create as _ai_mentor_orgs_agent_configs_create,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_configs_destroy as _ai_mentor_orgs_agent_configs_destroy,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_configs_list as _ai_mentor_orgs_agent_configs_list,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_configs_partial_update as _ai_mentor_orgs_agent_configs_partial_update,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_configs_retrieve as _ai_mentor_orgs_agent_configs_retrieve,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_configs_update as _ai_mentor_orgs_agent_configs_update,
)
from .....models.agent_config import AgentConfig
from .....models.agent_config_request import AgentConfigRequest
from .....models.paginated_agent_config_list import PaginatedAgentConfigList
from .....models.patched_agent_config import PatchedAgentConfig
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsAgentConfigsResource",
    "AiMentorOrgsAgentConfigsResourceWithRawResponse",
    "AsyncAiMentorOrgsAgentConfigsResource",
    "AsyncAiMentorOrgsAgentConfigsResourceWithRawResponse",
]


class AiMentorOrgsAgentConfigsResource:
    """`Client.ai_mentor.orgs.agent_configs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsAgentConfigsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsAgentConfigsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAgentConfigList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)

        Returns:
            PaginatedAgentConfigList
        """
        return self._client._send(
            _ai_mentor_orgs_agent_configs_list.OPERATION,
            _ai_mentor_orgs_agent_configs_list.build_request(org=org, limit=limit, offset=offset),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[AgentConfig]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_agent_configs_list.OPERATION,
            _ai_mentor_orgs_agent_configs_list.build_request(org=org, limit=limit, offset=offset),
            _ai_mentor_orgs_agent_configs_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: AgentConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    @overload
    def create(
        self,
        *,
        org: str,
        mentor: UUID,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    def create(
        self,
        *,
        org: str,
        body: AgentConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (AgentConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, identity, soul,
                user_context, tools, agents, bootstrap, heartbeat, memory, model, config

        Returns:
            AgentConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_configs.create",
            body,
            AgentConfigRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("identity", "identity", identity),
                ("soul", "soul", soul),
                ("user_context", "user_context", user_context),
                ("tools", "tools", tools),
                ("agents", "agents", agents),
                ("bootstrap", "bootstrap", bootstrap),
                ("heartbeat", "heartbeat", heartbeat),
                ("memory", "memory", memory),
                ("model", "model", model),
                ("config", "config", config),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_agent_configs_create.OPERATION,
            _ai_mentor_orgs_agent_configs_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_agent_configs_destroy.OPERATION,
            _ai_mentor_orgs_agent_configs_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            AgentConfig
        """
        return self._client._send(
            _ai_mentor_orgs_agent_configs_retrieve.OPERATION,
            _ai_mentor_orgs_agent_configs_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentConfig | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedAgentConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, identity, soul,
                user_context, tools, agents, bootstrap, heartbeat, memory, model, config

        Returns:
            AgentConfig
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.agent_configs.partial_update",
            body,
            PatchedAgentConfig,
            [],
            (
                ("mentor", "mentor", mentor),
                ("identity", "identity", identity),
                ("soul", "soul", soul),
                ("user_context", "user_context", user_context),
                ("tools", "tools", tools),
                ("agents", "agents", agents),
                ("bootstrap", "bootstrap", bootstrap),
                ("heartbeat", "heartbeat", heartbeat),
                ("memory", "memory", memory),
                ("model", "model", model),
                ("config", "config", config),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_agent_configs_partial_update.OPERATION,
            _ai_mentor_orgs_agent_configs_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (AgentConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, identity, soul,
                user_context, tools, agents, bootstrap, heartbeat, memory, model, config

        Returns:
            AgentConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_configs.update",
            body,
            AgentConfigRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("identity", "identity", identity),
                ("soul", "soul", soul),
                ("user_context", "user_context", user_context),
                ("tools", "tools", tools),
                ("agents", "agents", agents),
                ("bootstrap", "bootstrap", bootstrap),
                ("heartbeat", "heartbeat", heartbeat),
                ("memory", "memory", memory),
                ("model", "model", model),
                ("config", "config", config),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_agent_configs_update.OPERATION,
            _ai_mentor_orgs_agent_configs_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiMentorOrgsAgentConfigsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.agent_configs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsAgentConfigsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsAgentConfigsResource:
    """`AsyncClient.ai_mentor.orgs.agent_configs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsAgentConfigsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsAgentConfigsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAgentConfigList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)

        Returns:
            PaginatedAgentConfigList
        """
        return await self._client._send(
            _ai_mentor_orgs_agent_configs_list.OPERATION,
            _ai_mentor_orgs_agent_configs_list.build_request(org=org, limit=limit, offset=offset),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[AgentConfig]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_agent_configs_list.OPERATION,
            _ai_mentor_orgs_agent_configs_list.build_request(org=org, limit=limit, offset=offset),
            _ai_mentor_orgs_agent_configs_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: AgentConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        mentor: UUID,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    async def create(
        self,
        *,
        org: str,
        body: AgentConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (AgentConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, identity, soul,
                user_context, tools, agents, bootstrap, heartbeat, memory, model, config

        Returns:
            AgentConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_configs.create",
            body,
            AgentConfigRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("identity", "identity", identity),
                ("soul", "soul", soul),
                ("user_context", "user_context", user_context),
                ("tools", "tools", tools),
                ("agents", "agents", agents),
                ("bootstrap", "bootstrap", bootstrap),
                ("heartbeat", "heartbeat", heartbeat),
                ("memory", "memory", memory),
                ("model", "model", model),
                ("config", "config", config),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_agent_configs_create.OPERATION,
            _ai_mentor_orgs_agent_configs_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_agent_configs_destroy.OPERATION,
            _ai_mentor_orgs_agent_configs_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            AgentConfig
        """
        return await self._client._send(
            _ai_mentor_orgs_agent_configs_retrieve.OPERATION,
            _ai_mentor_orgs_agent_configs_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentConfig | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedAgentConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, identity, soul,
                user_context, tools, agents, bootstrap, heartbeat, memory, model, config

        Returns:
            AgentConfig
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.agent_configs.partial_update",
            body,
            PatchedAgentConfig,
            [],
            (
                ("mentor", "mentor", mentor),
                ("identity", "identity", identity),
                ("soul", "soul", soul),
                ("user_context", "user_context", user_context),
                ("tools", "tools", tools),
                ("agents", "agents", agents),
                ("bootstrap", "bootstrap", bootstrap),
                ("heartbeat", "heartbeat", heartbeat),
                ("memory", "memory", memory),
                ("model", "model", model),
                ("config", "config", config),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_agent_configs_partial_update.OPERATION,
            _ai_mentor_orgs_agent_configs_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        identity: str | Unset = UNSET,
        soul: str | Unset = UNSET,
        user_context: str | Unset = UNSET,
        tools: str | Unset = UNSET,
        agents: str | Unset = UNSET,
        bootstrap: str | Unset = UNSET,
        heartbeat: str | Unset = UNSET,
        memory: str | Unset = UNSET,
        model: str | Unset = UNSET,
        config: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentConfig:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (AgentConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, identity, soul,
                user_context, tools, agents, bootstrap, heartbeat, memory, model, config

        Returns:
            AgentConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_configs.update",
            body,
            AgentConfigRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("identity", "identity", identity),
                ("soul", "soul", soul),
                ("user_context", "user_context", user_context),
                ("tools", "tools", tools),
                ("agents", "agents", agents),
                ("bootstrap", "bootstrap", bootstrap),
                ("heartbeat", "heartbeat", heartbeat),
                ("memory", "memory", memory),
                ("model", "model", model),
                ("config", "config", config),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_agent_configs_update.OPERATION,
            _ai_mentor_orgs_agent_configs_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiMentorOrgsAgentConfigsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.agent_configs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsAgentConfigsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
