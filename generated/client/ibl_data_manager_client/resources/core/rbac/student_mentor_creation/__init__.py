"""`Client.core.rbac.student_mentor_creation`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .set import (
        AsyncCoreRbacStudentMentorCreationSetResource,
        AsyncCoreRbacStudentMentorCreationSetResourceWithRawResponse,
        CoreRbacStudentMentorCreationSetResource,
        CoreRbacStudentMentorCreationSetResourceWithRawResponse,
    )
    from .status import (
        AsyncCoreRbacStudentMentorCreationStatusResource,
        AsyncCoreRbacStudentMentorCreationStatusResourceWithRawResponse,
        CoreRbacStudentMentorCreationStatusResource,
        CoreRbacStudentMentorCreationStatusResourceWithRawResponse,
    )

__all__ = [
    "CoreRbacStudentMentorCreationResource",
    "CoreRbacStudentMentorCreationResourceWithRawResponse",
    "AsyncCoreRbacStudentMentorCreationResource",
    "AsyncCoreRbacStudentMentorCreationResourceWithRawResponse",
]


class CoreRbacStudentMentorCreationResource:
    """`Client.core.rbac.student_mentor_creation`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacStudentMentorCreationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacStudentMentorCreationResourceWithRawResponse(self)

    @cached_property
    def set(self) -> CoreRbacStudentMentorCreationSetResource:
        from .set import CoreRbacStudentMentorCreationSetResource

        return CoreRbacStudentMentorCreationSetResource(self._client)

    @cached_property
    def status(self) -> CoreRbacStudentMentorCreationStatusResource:
        from .status import CoreRbacStudentMentorCreationStatusResource

        return CoreRbacStudentMentorCreationStatusResource(self._client)


class CoreRbacStudentMentorCreationResourceWithRawResponse:
    """`Client.core.rbac.student_mentor_creation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacStudentMentorCreationResource) -> None:
        self._resource = resource

    @cached_property
    def set(self) -> CoreRbacStudentMentorCreationSetResourceWithRawResponse:
        from .set import CoreRbacStudentMentorCreationSetResourceWithRawResponse

        return CoreRbacStudentMentorCreationSetResourceWithRawResponse(self._resource.set)

    @cached_property
    def status(self) -> CoreRbacStudentMentorCreationStatusResourceWithRawResponse:
        from .status import CoreRbacStudentMentorCreationStatusResourceWithRawResponse

        return CoreRbacStudentMentorCreationStatusResourceWithRawResponse(self._resource.status)


class AsyncCoreRbacStudentMentorCreationResource:
    """`AsyncClient.core.rbac.student_mentor_creation`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacStudentMentorCreationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacStudentMentorCreationResourceWithRawResponse(self)

    @cached_property
    def set(self) -> AsyncCoreRbacStudentMentorCreationSetResource:
        from .set import AsyncCoreRbacStudentMentorCreationSetResource

        return AsyncCoreRbacStudentMentorCreationSetResource(self._client)

    @cached_property
    def status(self) -> AsyncCoreRbacStudentMentorCreationStatusResource:
        from .status import AsyncCoreRbacStudentMentorCreationStatusResource

        return AsyncCoreRbacStudentMentorCreationStatusResource(self._client)


class AsyncCoreRbacStudentMentorCreationResourceWithRawResponse:
    """`AsyncClient.core.rbac.student_mentor_creation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacStudentMentorCreationResource) -> None:
        self._resource = resource

    @cached_property
    def set(self) -> AsyncCoreRbacStudentMentorCreationSetResourceWithRawResponse:
        from .set import AsyncCoreRbacStudentMentorCreationSetResourceWithRawResponse

        return AsyncCoreRbacStudentMentorCreationSetResourceWithRawResponse(self._resource.set)

    @cached_property
    def status(self) -> AsyncCoreRbacStudentMentorCreationStatusResourceWithRawResponse:
        from .status import AsyncCoreRbacStudentMentorCreationStatusResourceWithRawResponse

        return AsyncCoreRbacStudentMentorCreationStatusResourceWithRawResponse(
            self._resource.status
        )
