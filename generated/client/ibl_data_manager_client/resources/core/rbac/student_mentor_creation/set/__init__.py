"""`Client.core.rbac.student_mentor_creation.set`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_rbac_student_mentor_creation_set_create as _core_rbac_student_mentor_creation_set_create,
)
from ......models.set_student_mentor_creation_permission import SetStudentMentorCreationPermission
from ......models.student_mentor_creation_permission_response import (
    StudentMentorCreationPermissionResponse,
)
from ......types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        body: SetStudentMentorCreationPermission,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        allow_students_to_create_mentors: bool,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse: ...

    def create(
        self,
        *,
        body: SetStudentMentorCreationPermission | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        allow_students_to_create_mentors: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse:
        """Set student mentor creation permission

        Enable or disable the ability for students to create mentors on a platform

        Args:
            body (SetStudentMentorCreationPermission, request body): Serializer for setting
                student mentor creation permission
            Or the body's fields as keywords instead of body=: platform_key,
                allow_students_to_create_mentors

        Returns:
            StudentMentorCreationPermissionResponse
        """
        body = body_from_fields(
            "core.rbac.student_mentor_creation.set.create",
            body,
            SetStudentMentorCreationPermission,
            ["platform_key", "allow_students_to_create_mentors"],
            (
                ("platform_key", "platform_key", platform_key),
                (
                    "allow_students_to_create_mentors",
                    "allow_students_to_create_mentors",
                    allow_students_to_create_mentors,
                ),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        body: SetStudentMentorCreationPermission,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        allow_students_to_create_mentors: bool,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse: ...

    async def create(
        self,
        *,
        body: SetStudentMentorCreationPermission | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        allow_students_to_create_mentors: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse:
        """Set student mentor creation permission

        Enable or disable the ability for students to create mentors on a platform

        Args:
            body (SetStudentMentorCreationPermission, request body): Serializer for setting
                student mentor creation permission
            Or the body's fields as keywords instead of body=: platform_key,
                allow_students_to_create_mentors

        Returns:
            StudentMentorCreationPermissionResponse
        """
        body = body_from_fields(
            "core.rbac.student_mentor_creation.set.create",
            body,
            SetStudentMentorCreationPermission,
            ["platform_key", "allow_students_to_create_mentors"],
            (
                ("platform_key", "platform_key", platform_key),
                (
                    "allow_students_to_create_mentors",
                    "allow_students_to_create_mentors",
                    allow_students_to_create_mentors,
                ),
            ),
        )
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
