"""`Client.ai_mentor.orgs.agent_skills`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skills_create as _ai_mentor_orgs_agent_skills_create,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skills_destroy as _ai_mentor_orgs_agent_skills_destroy,
)
from .....api.ai_mentor import ai_mentor_orgs_agent_skills_list as _ai_mentor_orgs_agent_skills_list
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skills_partial_update as _ai_mentor_orgs_agent_skills_partial_update,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skills_retrieve as _ai_mentor_orgs_agent_skills_retrieve,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skills_update as _ai_mentor_orgs_agent_skills_update,
)
from .....models.agent_skill import AgentSkill
from .....models.agent_skill_request import AgentSkillRequest
from .....models.paginated_agent_skill_list import PaginatedAgentSkillList
from .....models.patched_agent_skill import PatchedAgentSkill
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsAgentSkillsResource",
    "AiMentorOrgsAgentSkillsResourceWithRawResponse",
    "AsyncAiMentorOrgsAgentSkillsResource",
    "AsyncAiMentorOrgsAgentSkillsResourceWithRawResponse",
]


class AiMentorOrgsAgentSkillsResource:
    """`Client.ai_mentor.orgs.agent_skills`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsAgentSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsAgentSkillsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAgentSkillList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            enabled (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedAgentSkillList
        """
        return self._client._send(
            _ai_mentor_orgs_agent_skills_list.OPERATION,
            _ai_mentor_orgs_agent_skills_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset, search=search
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
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[AgentSkill]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_agent_skills_list.OPERATION,
            _ai_mentor_orgs_agent_skills_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset, search=search
            ),
            _ai_mentor_orgs_agent_skills_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: AgentSkillRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        slug: str,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    def create(
        self,
        *,
        org: str,
        body: AgentSkillRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (AgentSkillRequest, request body)
            Or the body's fields as keywords instead of body=: name, slug, description, version,
                instruction, metadata, enabled

        Returns:
            AgentSkill
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_skills.create",
            body,
            AgentSkillRequest,
            ["name", "slug"],
            (
                ("name", "name", name),
                ("slug", "slug", slug),
                ("description", "description", description),
                ("version", "version", version),
                ("instruction", "instruction", instruction),
                ("metadata", "metadata", metadata),
                ("enabled", "enabled", enabled),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_agent_skills_create.OPERATION,
            _ai_mentor_orgs_agent_skills_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_agent_skills_destroy.OPERATION,
            _ai_mentor_orgs_agent_skills_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            AgentSkill
        """
        return self._client._send(
            _ai_mentor_orgs_agent_skills_retrieve.OPERATION,
            _ai_mentor_orgs_agent_skills_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentSkill | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentSkill | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedAgentSkill | Unset, request body)
            Or the body's fields as keywords instead of body=: name, slug, description, version,
                instruction, metadata, enabled

        Returns:
            AgentSkill
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.agent_skills.partial_update",
            body,
            PatchedAgentSkill,
            [],
            (
                ("name", "name", name),
                ("slug", "slug", slug),
                ("description", "description", description),
                ("version", "version", version),
                ("instruction", "instruction", instruction),
                ("metadata", "metadata", metadata),
                ("enabled", "enabled", enabled),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_agent_skills_partial_update.OPERATION,
            _ai_mentor_orgs_agent_skills_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentSkillRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        name: str,
        slug: str,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentSkillRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (AgentSkillRequest, request body)
            Or the body's fields as keywords instead of body=: name, slug, description, version,
                instruction, metadata, enabled

        Returns:
            AgentSkill
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_skills.update",
            body,
            AgentSkillRequest,
            ["name", "slug"],
            (
                ("name", "name", name),
                ("slug", "slug", slug),
                ("description", "description", description),
                ("version", "version", version),
                ("instruction", "instruction", instruction),
                ("metadata", "metadata", metadata),
                ("enabled", "enabled", enabled),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_agent_skills_update.OPERATION,
            _ai_mentor_orgs_agent_skills_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiMentorOrgsAgentSkillsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.agent_skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsAgentSkillsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsAgentSkillsResource:
    """`AsyncClient.ai_mentor.orgs.agent_skills`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsAgentSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsAgentSkillsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAgentSkillList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            enabled (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedAgentSkillList
        """
        return await self._client._send(
            _ai_mentor_orgs_agent_skills_list.OPERATION,
            _ai_mentor_orgs_agent_skills_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset, search=search
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
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[AgentSkill]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_agent_skills_list.OPERATION,
            _ai_mentor_orgs_agent_skills_list.build_request(
                org=org, enabled=enabled, limit=limit, offset=offset, search=search
            ),
            _ai_mentor_orgs_agent_skills_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: AgentSkillRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        slug: str,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    async def create(
        self,
        *,
        org: str,
        body: AgentSkillRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (AgentSkillRequest, request body)
            Or the body's fields as keywords instead of body=: name, slug, description, version,
                instruction, metadata, enabled

        Returns:
            AgentSkill
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_skills.create",
            body,
            AgentSkillRequest,
            ["name", "slug"],
            (
                ("name", "name", name),
                ("slug", "slug", slug),
                ("description", "description", description),
                ("version", "version", version),
                ("instruction", "instruction", instruction),
                ("metadata", "metadata", metadata),
                ("enabled", "enabled", enabled),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_agent_skills_create.OPERATION,
            _ai_mentor_orgs_agent_skills_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_agent_skills_destroy.OPERATION,
            _ai_mentor_orgs_agent_skills_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            AgentSkill
        """
        return await self._client._send(
            _ai_mentor_orgs_agent_skills_retrieve.OPERATION,
            _ai_mentor_orgs_agent_skills_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentSkill | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentSkill | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedAgentSkill | Unset, request body)
            Or the body's fields as keywords instead of body=: name, slug, description, version,
                instruction, metadata, enabled

        Returns:
            AgentSkill
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.agent_skills.partial_update",
            body,
            PatchedAgentSkill,
            [],
            (
                ("name", "name", name),
                ("slug", "slug", slug),
                ("description", "description", description),
                ("version", "version", version),
                ("instruction", "instruction", instruction),
                ("metadata", "metadata", metadata),
                ("enabled", "enabled", enabled),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_agent_skills_partial_update.OPERATION,
            _ai_mentor_orgs_agent_skills_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentSkillRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        name: str,
        slug: str,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentSkillRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
        version: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkill:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (AgentSkillRequest, request body)
            Or the body's fields as keywords instead of body=: name, slug, description, version,
                instruction, metadata, enabled

        Returns:
            AgentSkill
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_skills.update",
            body,
            AgentSkillRequest,
            ["name", "slug"],
            (
                ("name", "name", name),
                ("slug", "slug", slug),
                ("description", "description", description),
                ("version", "version", version),
                ("instruction", "instruction", instruction),
                ("metadata", "metadata", metadata),
                ("enabled", "enabled", enabled),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_agent_skills_update.OPERATION,
            _ai_mentor_orgs_agent_skills_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiMentorOrgsAgentSkillsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.agent_skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsAgentSkillsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
