"""`Client.ai_mentor.orgs.agent_skill_resources`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skill_resources_create as _ai_mentor_orgs_agent_skill_resources_create,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skill_resources_destroy as _ai_mentor_orgs_agent_skill_resources_destroy,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skill_resources_list as _ai_mentor_orgs_agent_skill_resources_list,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skill_resources_partial_update as _ai_mentor_orgs_agent_skill_resources_partial_update,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skill_resources_retrieve as _ai_mentor_orgs_agent_skill_resources_retrieve,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_agent_skill_resources_update as _ai_mentor_orgs_agent_skill_resources_update,
)
from .....models.agent_skill_resource import AgentSkillResource
from .....models.agent_skill_resource_request import AgentSkillResourceRequest
from .....models.ai_mentor_orgs_agent_skill_resources_list_file_type import (
    AiMentorOrgsAgentSkillResourcesListFileType,
)
from .....models.file_type_enum import FileTypeEnum
from .....models.paginated_agent_skill_resource_list import PaginatedAgentSkillResourceList
from .....models.patched_agent_skill_resource import PatchedAgentSkillResource
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsAgentSkillResourcesResource",
    "AiMentorOrgsAgentSkillResourcesResourceWithRawResponse",
    "AsyncAiMentorOrgsAgentSkillResourcesResource",
    "AsyncAiMentorOrgsAgentSkillResourcesResourceWithRawResponse",
]


class AiMentorOrgsAgentSkillResourcesResource:
    """`Client.ai_mentor.orgs.agent_skill_resources`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsAgentSkillResourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsAgentSkillResourcesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        skill: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAgentSkillResourceList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            file_type (AiMentorOrgsAgentSkillResourcesListFileType | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            skill (int | Unset, query)

        Returns:
            PaginatedAgentSkillResourceList
        """
        return self._client._send(
            _ai_mentor_orgs_agent_skill_resources_list.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_list.build_request(
                org=org, file_type=file_type, limit=limit, offset=offset, skill=skill
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        skill: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[AgentSkillResource]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_agent_skill_resources_list.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_list.build_request(
                org=org, file_type=file_type, limit=limit, offset=offset, skill=skill
            ),
            _ai_mentor_orgs_agent_skill_resources_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: AgentSkillResourceRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    @overload
    def create(
        self,
        *,
        org: str,
        skill: int,
        file_type: FileTypeEnum,
        filename: str,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    def create(
        self,
        *,
        org: str,
        body: AgentSkillResourceRequest | Unset = UNSET,
        skill: int | Unset = UNSET,
        file_type: FileTypeEnum | Unset = UNSET,
        filename: str | Unset = UNSET,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (AgentSkillResourceRequest, request body)
            Or the body's fields as keywords instead of body=: skill, file_type, filename,
                content, file

        Returns:
            AgentSkillResource
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_skill_resources.create",
            body,
            AgentSkillResourceRequest,
            ["skill", "file_type", "filename"],
            (
                ("skill", "skill", skill),
                ("file_type", "file_type", file_type),
                ("filename", "filename", filename),
                ("content", "content", content),
                ("file", "file", file),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_agent_skill_resources_create.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_agent_skill_resources_destroy.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            AgentSkillResource
        """
        return self._client._send(
            _ai_mentor_orgs_agent_skill_resources_retrieve.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentSkillResource | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        skill: int | Unset = UNSET,
        file_type: FileTypeEnum | Unset = UNSET,
        filename: str | Unset = UNSET,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentSkillResource | Unset = UNSET,
        skill: int | Unset = UNSET,
        file_type: FileTypeEnum | Unset = UNSET,
        filename: str | Unset = UNSET,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedAgentSkillResource | Unset, request body)
            Or the body's fields as keywords instead of body=: skill, file_type, filename,
                content, file

        Returns:
            AgentSkillResource
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.agent_skill_resources.partial_update",
            body,
            PatchedAgentSkillResource,
            [],
            (
                ("skill", "skill", skill),
                ("file_type", "file_type", file_type),
                ("filename", "filename", filename),
                ("content", "content", content),
                ("file", "file", file),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_agent_skill_resources_partial_update.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_partial_update.build_request(
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
        body: AgentSkillResourceRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        skill: int,
        file_type: FileTypeEnum,
        filename: str,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentSkillResourceRequest | Unset = UNSET,
        skill: int | Unset = UNSET,
        file_type: FileTypeEnum | Unset = UNSET,
        filename: str | Unset = UNSET,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (AgentSkillResourceRequest, request body)
            Or the body's fields as keywords instead of body=: skill, file_type, filename,
                content, file

        Returns:
            AgentSkillResource
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_skill_resources.update",
            body,
            AgentSkillResourceRequest,
            ["skill", "file_type", "filename"],
            (
                ("skill", "skill", skill),
                ("file_type", "file_type", file_type),
                ("filename", "filename", filename),
                ("content", "content", content),
                ("file", "file", file),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_agent_skill_resources_update.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiMentorOrgsAgentSkillResourcesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.agent_skill_resources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsAgentSkillResourcesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsAgentSkillResourcesResource:
    """`AsyncClient.ai_mentor.orgs.agent_skill_resources`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsAgentSkillResourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsAgentSkillResourcesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        skill: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAgentSkillResourceList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            file_type (AiMentorOrgsAgentSkillResourcesListFileType | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            skill (int | Unset, query)

        Returns:
            PaginatedAgentSkillResourceList
        """
        return await self._client._send(
            _ai_mentor_orgs_agent_skill_resources_list.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_list.build_request(
                org=org, file_type=file_type, limit=limit, offset=offset, skill=skill
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        skill: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[AgentSkillResource]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_agent_skill_resources_list.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_list.build_request(
                org=org, file_type=file_type, limit=limit, offset=offset, skill=skill
            ),
            _ai_mentor_orgs_agent_skill_resources_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: AgentSkillResourceRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        skill: int,
        file_type: FileTypeEnum,
        filename: str,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    async def create(
        self,
        *,
        org: str,
        body: AgentSkillResourceRequest | Unset = UNSET,
        skill: int | Unset = UNSET,
        file_type: FileTypeEnum | Unset = UNSET,
        filename: str | Unset = UNSET,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (AgentSkillResourceRequest, request body)
            Or the body's fields as keywords instead of body=: skill, file_type, filename,
                content, file

        Returns:
            AgentSkillResource
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_skill_resources.create",
            body,
            AgentSkillResourceRequest,
            ["skill", "file_type", "filename"],
            (
                ("skill", "skill", skill),
                ("file_type", "file_type", file_type),
                ("filename", "filename", filename),
                ("content", "content", content),
                ("file", "file", file),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_agent_skill_resources_create.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_agent_skill_resources_destroy.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            AgentSkillResource
        """
        return await self._client._send(
            _ai_mentor_orgs_agent_skill_resources_retrieve.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentSkillResource | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        skill: int | Unset = UNSET,
        file_type: FileTypeEnum | Unset = UNSET,
        filename: str | Unset = UNSET,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedAgentSkillResource | Unset = UNSET,
        skill: int | Unset = UNSET,
        file_type: FileTypeEnum | Unset = UNSET,
        filename: str | Unset = UNSET,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedAgentSkillResource | Unset, request body)
            Or the body's fields as keywords instead of body=: skill, file_type, filename,
                content, file

        Returns:
            AgentSkillResource
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.agent_skill_resources.partial_update",
            body,
            PatchedAgentSkillResource,
            [],
            (
                ("skill", "skill", skill),
                ("file_type", "file_type", file_type),
                ("filename", "filename", filename),
                ("content", "content", content),
                ("file", "file", file),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_agent_skill_resources_partial_update.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_partial_update.build_request(
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
        body: AgentSkillResourceRequest,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        skill: int,
        file_type: FileTypeEnum,
        filename: str,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: AgentSkillResourceRequest | Unset = UNSET,
        skill: int | Unset = UNSET,
        file_type: FileTypeEnum | Unset = UNSET,
        filename: str | Unset = UNSET,
        content: str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentSkillResource:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (AgentSkillResourceRequest, request body)
            Or the body's fields as keywords instead of body=: skill, file_type, filename,
                content, file

        Returns:
            AgentSkillResource
        """
        body = body_from_fields(
            "ai_mentor.orgs.agent_skill_resources.update",
            body,
            AgentSkillResourceRequest,
            ["skill", "file_type", "filename"],
            (
                ("skill", "skill", skill),
                ("file_type", "file_type", file_type),
                ("filename", "filename", filename),
                ("content", "content", content),
                ("file", "file", file),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_agent_skill_resources_update.OPERATION,
            _ai_mentor_orgs_agent_skill_resources_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiMentorOrgsAgentSkillResourcesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.agent_skill_resources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsAgentSkillResourcesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
