"""`Client.ai_mentor.orgs.mentor_skill_assignments`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import (
    ai_mentor_orgs_mentor_skill_assignments_create as _ai_mentor_orgs_mentor_skill_assignments_create,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_mentor_skill_assignments_destroy as _ai_mentor_orgs_mentor_skill_assignments_destroy,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_mentor_skill_assignments_list as _ai_mentor_orgs_mentor_skill_assignments_list,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_mentor_skill_assignments_partial_update as _ai_mentor_orgs_mentor_skill_assignments_partial_update,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_mentor_skill_assignments_retrieve as _ai_mentor_orgs_mentor_skill_assignments_retrieve,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_mentor_skill_assignments_update as _ai_mentor_orgs_mentor_skill_assignments_update,
)
from .....models.mentor_skill_assignment import MentorSkillAssignment
from .....models.mentor_skill_assignment_request import MentorSkillAssignmentRequest
from .....models.paginated_mentor_skill_assignment_list import PaginatedMentorSkillAssignmentList
from .....models.patched_mentor_skill_assignment import PatchedMentorSkillAssignment
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsMentorSkillAssignmentsResource",
    "AiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse",
    "AsyncAiMentorOrgsMentorSkillAssignmentsResource",
    "AsyncAiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse",
]


class AiMentorOrgsMentorSkillAssignmentsResource:
    """`Client.ai_mentor.orgs.mentor_skill_assignments`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        skill: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedMentorSkillAssignmentList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            enabled (bool | Unset, query)
            limit (int | Unset, query)
            mentor (int | Unset, query)
            offset (int | Unset, query)
            skill (int | Unset, query)

        Returns:
            PaginatedMentorSkillAssignmentList
        """
        return self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_list.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_list.build_request(
                org=org, enabled=enabled, limit=limit, mentor=mentor, offset=offset, skill=skill
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        skill: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[MentorSkillAssignment]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_mentor_skill_assignments_list.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_list.build_request(
                org=org, enabled=enabled, limit=limit, mentor=mentor, offset=offset, skill=skill
            ),
            _ai_mentor_orgs_mentor_skill_assignments_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: MentorSkillAssignmentRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    @overload
    def create(
        self,
        *,
        org: str,
        mentor: UUID,
        skill: int,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    def create(
        self,
        *,
        org: str,
        body: MentorSkillAssignmentRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        skill: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (MentorSkillAssignmentRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, skill, enabled

        Returns:
            MentorSkillAssignment
        """
        body = body_from_fields(
            "ai_mentor.orgs.mentor_skill_assignments.create",
            body,
            MentorSkillAssignmentRequest,
            ["mentor", "skill"],
            (
                ("mentor", "mentor", mentor),
                ("skill", "skill", skill),
                ("enabled", "enabled", enabled),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_create.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_mentor_skill_assignments_destroy.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            MentorSkillAssignment
        """
        return self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_retrieve.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedMentorSkillAssignment | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        skill: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedMentorSkillAssignment | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        skill: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedMentorSkillAssignment | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, skill, enabled

        Returns:
            MentorSkillAssignment
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.mentor_skill_assignments.partial_update",
            body,
            PatchedMentorSkillAssignment,
            [],
            (
                ("mentor", "mentor", mentor),
                ("skill", "skill", skill),
                ("enabled", "enabled", enabled),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_partial_update.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_partial_update.build_request(
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
        body: MentorSkillAssignmentRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID,
        skill: int,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: MentorSkillAssignmentRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        skill: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (MentorSkillAssignmentRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, skill, enabled

        Returns:
            MentorSkillAssignment
        """
        body = body_from_fields(
            "ai_mentor.orgs.mentor_skill_assignments.update",
            body,
            MentorSkillAssignmentRequest,
            ["mentor", "skill"],
            (
                ("mentor", "mentor", mentor),
                ("skill", "skill", skill),
                ("enabled", "enabled", enabled),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_update.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.mentor_skill_assignments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMentorSkillAssignmentsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsMentorSkillAssignmentsResource:
    """`AsyncClient.ai_mentor.orgs.mentor_skill_assignments`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        skill: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedMentorSkillAssignmentList:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            enabled (bool | Unset, query)
            limit (int | Unset, query)
            mentor (int | Unset, query)
            offset (int | Unset, query)
            skill (int | Unset, query)

        Returns:
            PaginatedMentorSkillAssignmentList
        """
        return await self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_list.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_list.build_request(
                org=org, enabled=enabled, limit=limit, mentor=mentor, offset=offset, skill=skill
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        enabled: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        skill: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[MentorSkillAssignment]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_mentor_skill_assignments_list.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_list.build_request(
                org=org, enabled=enabled, limit=limit, mentor=mentor, offset=offset, skill=skill
            ),
            _ai_mentor_orgs_mentor_skill_assignments_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: MentorSkillAssignmentRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        mentor: UUID,
        skill: int,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    async def create(
        self,
        *,
        org: str,
        body: MentorSkillAssignmentRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        skill: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            body (MentorSkillAssignmentRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, skill, enabled

        Returns:
            MentorSkillAssignment
        """
        body = body_from_fields(
            "ai_mentor.orgs.mentor_skill_assignments.create",
            body,
            MentorSkillAssignmentRequest,
            ["mentor", "skill"],
            (
                ("mentor", "mentor", mentor),
                ("skill", "skill", skill),
                ("enabled", "enabled", enabled),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_create.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_create.build_request(org=org, body=body),
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
            _ai_mentor_orgs_mentor_skill_assignments_destroy.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)

        Returns:
            MentorSkillAssignment
        """
        return await self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_retrieve.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedMentorSkillAssignment | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        skill: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedMentorSkillAssignment | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        skill: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (PatchedMentorSkillAssignment | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, skill, enabled

        Returns:
            MentorSkillAssignment
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.mentor_skill_assignments.partial_update",
            body,
            PatchedMentorSkillAssignment,
            [],
            (
                ("mentor", "mentor", mentor),
                ("skill", "skill", skill),
                ("enabled", "enabled", enabled),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_partial_update.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_partial_update.build_request(
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
        body: MentorSkillAssignmentRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID,
        skill: int,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: MentorSkillAssignmentRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        skill: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSkillAssignment:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            id (int, path)
            body (MentorSkillAssignmentRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, skill, enabled

        Returns:
            MentorSkillAssignment
        """
        body = body_from_fields(
            "ai_mentor.orgs.mentor_skill_assignments.update",
            body,
            MentorSkillAssignmentRequest,
            ["mentor", "skill"],
            (
                ("mentor", "mentor", mentor),
                ("skill", "skill", skill),
                ("enabled", "enabled", enabled),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_mentor_skill_assignments_update.OPERATION,
            _ai_mentor_orgs_mentor_skill_assignments_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.mentor_skill_assignments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMentorSkillAssignmentsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
