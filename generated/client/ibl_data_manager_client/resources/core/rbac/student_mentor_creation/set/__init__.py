"""`Client.core.rbac.student_mentor_creation.set`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_rbac_student_mentor_creation_set_create as _core_rbac_student_mentor_creation_set_create,
)
from ......models.set_student_mentor_creation_permission import SetStudentMentorCreationPermission
from ......models.student_mentor_creation_permission_response import (
    StudentMentorCreationPermissionResponse,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreRbacStudentMentorCreationSetResource",
    "CoreRbacStudentMentorCreationSetResourceWithRawResponse",
    "AsyncCoreRbacStudentMentorCreationSetResource",
    "AsyncCoreRbacStudentMentorCreationSetResourceWithRawResponse",
]


class CoreRbacStudentMentorCreationSetResource:
    """`Client.core.rbac.student_mentor_creation.set`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacStudentMentorCreationSetResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacStudentMentorCreationSetResourceWithRawResponse(self)

    def create(
        self,
        *,
        body: SetStudentMentorCreationPermission,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse:
        """Set student mentor creation permission

        Enable or disable the ability for students to create mentors on a platform

        Args:
            body (SetStudentMentorCreationPermission, request body): Serializer for setting
                student mentor creation permission

        Returns:
            StudentMentorCreationPermissionResponse
        """
        return self._client._send(
            _core_rbac_student_mentor_creation_set_create.OPERATION,
            _core_rbac_student_mentor_creation_set_create.build_request(body=body),
            options,
        )


class CoreRbacStudentMentorCreationSetResourceWithRawResponse:
    """`Client.core.rbac.student_mentor_creation.set`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacStudentMentorCreationSetResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreRbacStudentMentorCreationSetResource:
    """`AsyncClient.core.rbac.student_mentor_creation.set`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacStudentMentorCreationSetResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacStudentMentorCreationSetResourceWithRawResponse(self)

    async def create(
        self,
        *,
        body: SetStudentMentorCreationPermission,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse:
        """Set student mentor creation permission

        Enable or disable the ability for students to create mentors on a platform

        Args:
            body (SetStudentMentorCreationPermission, request body): Serializer for setting
                student mentor creation permission

        Returns:
            StudentMentorCreationPermissionResponse
        """
        return await self._client._send(
            _core_rbac_student_mentor_creation_set_create.OPERATION,
            _core_rbac_student_mentor_creation_set_create.build_request(body=body),
            options,
        )


class AsyncCoreRbacStudentMentorCreationSetResourceWithRawResponse:
    """`AsyncClient.core.rbac.student_mentor_creation.set`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacStudentMentorCreationSetResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
