"""`Client.core.rbac.student_mentor_creation.status`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_rbac_student_mentor_creation_status_retrieve as _core_rbac_student_mentor_creation_status_retrieve,
)
from ......models.student_mentor_creation_permission_response import (
    StudentMentorCreationPermissionResponse,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreRbacStudentMentorCreationStatusResource",
    "CoreRbacStudentMentorCreationStatusResourceWithRawResponse",
    "AsyncCoreRbacStudentMentorCreationStatusResource",
    "AsyncCoreRbacStudentMentorCreationStatusResourceWithRawResponse",
]


class CoreRbacStudentMentorCreationStatusResource:
    """`Client.core.rbac.student_mentor_creation.status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacStudentMentorCreationStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacStudentMentorCreationStatusResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse:
        """Get student mentor creation permission status

        Check whether students are currently allowed to create mentors on a platform

        Args:
            platform_key (str, query)

        Returns:
            StudentMentorCreationPermissionResponse
        """
        return self._client._send(
            _core_rbac_student_mentor_creation_status_retrieve.OPERATION,
            _core_rbac_student_mentor_creation_status_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class CoreRbacStudentMentorCreationStatusResourceWithRawResponse:
    """`Client.core.rbac.student_mentor_creation.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacStudentMentorCreationStatusResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCoreRbacStudentMentorCreationStatusResource:
    """`AsyncClient.core.rbac.student_mentor_creation.status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacStudentMentorCreationStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacStudentMentorCreationStatusResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StudentMentorCreationPermissionResponse:
        """Get student mentor creation permission status

        Check whether students are currently allowed to create mentors on a platform

        Args:
            platform_key (str, query)

        Returns:
            StudentMentorCreationPermissionResponse
        """
        return await self._client._send(
            _core_rbac_student_mentor_creation_status_retrieve.OPERATION,
            _core_rbac_student_mentor_creation_status_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class AsyncCoreRbacStudentMentorCreationStatusResourceWithRawResponse:
    """`AsyncClient.core.rbac.student_mentor_creation.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacStudentMentorCreationStatusResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
