"""`Client.core.rbac`: 9 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .groups import (
        AsyncCoreRbacGroupsResource,
        AsyncCoreRbacGroupsResourceWithRawResponse,
        CoreRbacGroupsResource,
        CoreRbacGroupsResourceWithRawResponse,
    )
    from .mentor_access import (
        AsyncCoreRbacMentorAccessResource,
        AsyncCoreRbacMentorAccessResourceWithRawResponse,
        CoreRbacMentorAccessResource,
        CoreRbacMentorAccessResourceWithRawResponse,
    )
    from .permissions import (
        AsyncCoreRbacPermissionsResource,
        AsyncCoreRbacPermissionsResourceWithRawResponse,
        CoreRbacPermissionsResource,
        CoreRbacPermissionsResourceWithRawResponse,
    )
    from .policies import (
        AsyncCoreRbacPoliciesResource,
        AsyncCoreRbacPoliciesResourceWithRawResponse,
        CoreRbacPoliciesResource,
        CoreRbacPoliciesResourceWithRawResponse,
    )
    from .roles import (
        AsyncCoreRbacRolesResource,
        AsyncCoreRbacRolesResourceWithRawResponse,
        CoreRbacRolesResource,
        CoreRbacRolesResourceWithRawResponse,
    )
    from .student_llm_access import (
        AsyncCoreRbacStudentLlmAccessResource,
        AsyncCoreRbacStudentLlmAccessResourceWithRawResponse,
        CoreRbacStudentLlmAccessResource,
        CoreRbacStudentLlmAccessResourceWithRawResponse,
    )
    from .student_mentor_creation import (
        AsyncCoreRbacStudentMentorCreationResource,
        AsyncCoreRbacStudentMentorCreationResourceWithRawResponse,
        CoreRbacStudentMentorCreationResource,
        CoreRbacStudentMentorCreationResourceWithRawResponse,
    )
    from .teams import (
        AsyncCoreRbacTeamsResource,
        AsyncCoreRbacTeamsResourceWithRawResponse,
        CoreRbacTeamsResource,
        CoreRbacTeamsResourceWithRawResponse,
    )
    from .user_group_access import (
        AsyncCoreRbacUserGroupAccessResource,
        AsyncCoreRbacUserGroupAccessResourceWithRawResponse,
        CoreRbacUserGroupAccessResource,
        CoreRbacUserGroupAccessResourceWithRawResponse,
    )

__all__ = [
    "CoreRbacResource",
    "CoreRbacResourceWithRawResponse",
    "AsyncCoreRbacResource",
    "AsyncCoreRbacResourceWithRawResponse",
]


class CoreRbacResource:
    """`Client.core.rbac`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacResourceWithRawResponse(self)

    @cached_property
    def groups(self) -> CoreRbacGroupsResource:
        from .groups import CoreRbacGroupsResource

        return CoreRbacGroupsResource(self._client)

    @cached_property
    def mentor_access(self) -> CoreRbacMentorAccessResource:
        from .mentor_access import CoreRbacMentorAccessResource

        return CoreRbacMentorAccessResource(self._client)

    @cached_property
    def permissions(self) -> CoreRbacPermissionsResource:
        from .permissions import CoreRbacPermissionsResource

        return CoreRbacPermissionsResource(self._client)

    @cached_property
    def policies(self) -> CoreRbacPoliciesResource:
        from .policies import CoreRbacPoliciesResource

        return CoreRbacPoliciesResource(self._client)

    @cached_property
    def roles(self) -> CoreRbacRolesResource:
        from .roles import CoreRbacRolesResource

        return CoreRbacRolesResource(self._client)

    @cached_property
    def student_llm_access(self) -> CoreRbacStudentLlmAccessResource:
        from .student_llm_access import CoreRbacStudentLlmAccessResource

        return CoreRbacStudentLlmAccessResource(self._client)

    @cached_property
    def student_mentor_creation(self) -> CoreRbacStudentMentorCreationResource:
        from .student_mentor_creation import CoreRbacStudentMentorCreationResource

        return CoreRbacStudentMentorCreationResource(self._client)

    @cached_property
    def teams(self) -> CoreRbacTeamsResource:
        from .teams import CoreRbacTeamsResource

        return CoreRbacTeamsResource(self._client)

    @cached_property
    def user_group_access(self) -> CoreRbacUserGroupAccessResource:
        from .user_group_access import CoreRbacUserGroupAccessResource

        return CoreRbacUserGroupAccessResource(self._client)


class CoreRbacResourceWithRawResponse:
    """`Client.core.rbac`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacResource) -> None:
        self._resource = resource

    @cached_property
    def groups(self) -> CoreRbacGroupsResourceWithRawResponse:
        from .groups import CoreRbacGroupsResourceWithRawResponse

        return CoreRbacGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def mentor_access(self) -> CoreRbacMentorAccessResourceWithRawResponse:
        from .mentor_access import CoreRbacMentorAccessResourceWithRawResponse

        return CoreRbacMentorAccessResourceWithRawResponse(self._resource.mentor_access)

    @cached_property
    def permissions(self) -> CoreRbacPermissionsResourceWithRawResponse:
        from .permissions import CoreRbacPermissionsResourceWithRawResponse

        return CoreRbacPermissionsResourceWithRawResponse(self._resource.permissions)

    @cached_property
    def policies(self) -> CoreRbacPoliciesResourceWithRawResponse:
        from .policies import CoreRbacPoliciesResourceWithRawResponse

        return CoreRbacPoliciesResourceWithRawResponse(self._resource.policies)

    @cached_property
    def roles(self) -> CoreRbacRolesResourceWithRawResponse:
        from .roles import CoreRbacRolesResourceWithRawResponse

        return CoreRbacRolesResourceWithRawResponse(self._resource.roles)

    @cached_property
    def student_llm_access(self) -> CoreRbacStudentLlmAccessResourceWithRawResponse:
        from .student_llm_access import CoreRbacStudentLlmAccessResourceWithRawResponse

        return CoreRbacStudentLlmAccessResourceWithRawResponse(self._resource.student_llm_access)

    @cached_property
    def student_mentor_creation(self) -> CoreRbacStudentMentorCreationResourceWithRawResponse:
        from .student_mentor_creation import CoreRbacStudentMentorCreationResourceWithRawResponse

        return CoreRbacStudentMentorCreationResourceWithRawResponse(
            self._resource.student_mentor_creation
        )

    @cached_property
    def teams(self) -> CoreRbacTeamsResourceWithRawResponse:
        from .teams import CoreRbacTeamsResourceWithRawResponse

        return CoreRbacTeamsResourceWithRawResponse(self._resource.teams)

    @cached_property
    def user_group_access(self) -> CoreRbacUserGroupAccessResourceWithRawResponse:
        from .user_group_access import CoreRbacUserGroupAccessResourceWithRawResponse

        return CoreRbacUserGroupAccessResourceWithRawResponse(self._resource.user_group_access)


class AsyncCoreRbacResource:
    """`AsyncClient.core.rbac`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacResourceWithRawResponse(self)

    @cached_property
    def groups(self) -> AsyncCoreRbacGroupsResource:
        from .groups import AsyncCoreRbacGroupsResource

        return AsyncCoreRbacGroupsResource(self._client)

    @cached_property
    def mentor_access(self) -> AsyncCoreRbacMentorAccessResource:
        from .mentor_access import AsyncCoreRbacMentorAccessResource

        return AsyncCoreRbacMentorAccessResource(self._client)

    @cached_property
    def permissions(self) -> AsyncCoreRbacPermissionsResource:
        from .permissions import AsyncCoreRbacPermissionsResource

        return AsyncCoreRbacPermissionsResource(self._client)

    @cached_property
    def policies(self) -> AsyncCoreRbacPoliciesResource:
        from .policies import AsyncCoreRbacPoliciesResource

        return AsyncCoreRbacPoliciesResource(self._client)

    @cached_property
    def roles(self) -> AsyncCoreRbacRolesResource:
        from .roles import AsyncCoreRbacRolesResource

        return AsyncCoreRbacRolesResource(self._client)

    @cached_property
    def student_llm_access(self) -> AsyncCoreRbacStudentLlmAccessResource:
        from .student_llm_access import AsyncCoreRbacStudentLlmAccessResource

        return AsyncCoreRbacStudentLlmAccessResource(self._client)

    @cached_property
    def student_mentor_creation(self) -> AsyncCoreRbacStudentMentorCreationResource:
        from .student_mentor_creation import AsyncCoreRbacStudentMentorCreationResource

        return AsyncCoreRbacStudentMentorCreationResource(self._client)

    @cached_property
    def teams(self) -> AsyncCoreRbacTeamsResource:
        from .teams import AsyncCoreRbacTeamsResource

        return AsyncCoreRbacTeamsResource(self._client)

    @cached_property
    def user_group_access(self) -> AsyncCoreRbacUserGroupAccessResource:
        from .user_group_access import AsyncCoreRbacUserGroupAccessResource

        return AsyncCoreRbacUserGroupAccessResource(self._client)


class AsyncCoreRbacResourceWithRawResponse:
    """`AsyncClient.core.rbac`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacResource) -> None:
        self._resource = resource

    @cached_property
    def groups(self) -> AsyncCoreRbacGroupsResourceWithRawResponse:
        from .groups import AsyncCoreRbacGroupsResourceWithRawResponse

        return AsyncCoreRbacGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def mentor_access(self) -> AsyncCoreRbacMentorAccessResourceWithRawResponse:
        from .mentor_access import AsyncCoreRbacMentorAccessResourceWithRawResponse

        return AsyncCoreRbacMentorAccessResourceWithRawResponse(self._resource.mentor_access)

    @cached_property
    def permissions(self) -> AsyncCoreRbacPermissionsResourceWithRawResponse:
        from .permissions import AsyncCoreRbacPermissionsResourceWithRawResponse

        return AsyncCoreRbacPermissionsResourceWithRawResponse(self._resource.permissions)

    @cached_property
    def policies(self) -> AsyncCoreRbacPoliciesResourceWithRawResponse:
        from .policies import AsyncCoreRbacPoliciesResourceWithRawResponse

        return AsyncCoreRbacPoliciesResourceWithRawResponse(self._resource.policies)

    @cached_property
    def roles(self) -> AsyncCoreRbacRolesResourceWithRawResponse:
        from .roles import AsyncCoreRbacRolesResourceWithRawResponse

        return AsyncCoreRbacRolesResourceWithRawResponse(self._resource.roles)

    @cached_property
    def student_llm_access(self) -> AsyncCoreRbacStudentLlmAccessResourceWithRawResponse:
        from .student_llm_access import AsyncCoreRbacStudentLlmAccessResourceWithRawResponse

        return AsyncCoreRbacStudentLlmAccessResourceWithRawResponse(
            self._resource.student_llm_access
        )

    @cached_property
    def student_mentor_creation(self) -> AsyncCoreRbacStudentMentorCreationResourceWithRawResponse:
        from .student_mentor_creation import (
            AsyncCoreRbacStudentMentorCreationResourceWithRawResponse,
        )

        return AsyncCoreRbacStudentMentorCreationResourceWithRawResponse(
            self._resource.student_mentor_creation
        )

    @cached_property
    def teams(self) -> AsyncCoreRbacTeamsResourceWithRawResponse:
        from .teams import AsyncCoreRbacTeamsResourceWithRawResponse

        return AsyncCoreRbacTeamsResourceWithRawResponse(self._resource.teams)

    @cached_property
    def user_group_access(self) -> AsyncCoreRbacUserGroupAccessResourceWithRawResponse:
        from .user_group_access import AsyncCoreRbacUserGroupAccessResourceWithRawResponse

        return AsyncCoreRbacUserGroupAccessResourceWithRawResponse(self._resource.user_group_access)
