"""`Client.core.rbac.student_llm_access`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .set import (
        AsyncCoreRbacStudentLlmAccessSetResource,
        AsyncCoreRbacStudentLlmAccessSetResourceWithRawResponse,
        CoreRbacStudentLlmAccessSetResource,
        CoreRbacStudentLlmAccessSetResourceWithRawResponse,
    )
    from .status import (
        AsyncCoreRbacStudentLlmAccessStatusResource,
        AsyncCoreRbacStudentLlmAccessStatusResourceWithRawResponse,
        CoreRbacStudentLlmAccessStatusResource,
        CoreRbacStudentLlmAccessStatusResourceWithRawResponse,
    )

__all__ = [
    "CoreRbacStudentLlmAccessResource",
    "CoreRbacStudentLlmAccessResourceWithRawResponse",
    "AsyncCoreRbacStudentLlmAccessResource",
    "AsyncCoreRbacStudentLlmAccessResourceWithRawResponse",
]


class CoreRbacStudentLlmAccessResource:
    """`Client.core.rbac.student_llm_access`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacStudentLlmAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacStudentLlmAccessResourceWithRawResponse(self)

    @cached_property
    def set(self) -> CoreRbacStudentLlmAccessSetResource:
        from .set import CoreRbacStudentLlmAccessSetResource

        return CoreRbacStudentLlmAccessSetResource(self._client)

    @cached_property
    def status(self) -> CoreRbacStudentLlmAccessStatusResource:
        from .status import CoreRbacStudentLlmAccessStatusResource

        return CoreRbacStudentLlmAccessStatusResource(self._client)


class CoreRbacStudentLlmAccessResourceWithRawResponse:
    """`Client.core.rbac.student_llm_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacStudentLlmAccessResource) -> None:
        self._resource = resource

    @cached_property
    def set(self) -> CoreRbacStudentLlmAccessSetResourceWithRawResponse:
        from .set import CoreRbacStudentLlmAccessSetResourceWithRawResponse

        return CoreRbacStudentLlmAccessSetResourceWithRawResponse(self._resource.set)

    @cached_property
    def status(self) -> CoreRbacStudentLlmAccessStatusResourceWithRawResponse:
        from .status import CoreRbacStudentLlmAccessStatusResourceWithRawResponse

        return CoreRbacStudentLlmAccessStatusResourceWithRawResponse(self._resource.status)


class AsyncCoreRbacStudentLlmAccessResource:
    """`AsyncClient.core.rbac.student_llm_access`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacStudentLlmAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacStudentLlmAccessResourceWithRawResponse(self)

    @cached_property
    def set(self) -> AsyncCoreRbacStudentLlmAccessSetResource:
        from .set import AsyncCoreRbacStudentLlmAccessSetResource

        return AsyncCoreRbacStudentLlmAccessSetResource(self._client)

    @cached_property
    def status(self) -> AsyncCoreRbacStudentLlmAccessStatusResource:
        from .status import AsyncCoreRbacStudentLlmAccessStatusResource

        return AsyncCoreRbacStudentLlmAccessStatusResource(self._client)


class AsyncCoreRbacStudentLlmAccessResourceWithRawResponse:
    """`AsyncClient.core.rbac.student_llm_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacStudentLlmAccessResource) -> None:
        self._resource = resource

    @cached_property
    def set(self) -> AsyncCoreRbacStudentLlmAccessSetResourceWithRawResponse:
        from .set import AsyncCoreRbacStudentLlmAccessSetResourceWithRawResponse

        return AsyncCoreRbacStudentLlmAccessSetResourceWithRawResponse(self._resource.set)

    @cached_property
    def status(self) -> AsyncCoreRbacStudentLlmAccessStatusResourceWithRawResponse:
        from .status import AsyncCoreRbacStudentLlmAccessStatusResourceWithRawResponse

        return AsyncCoreRbacStudentLlmAccessStatusResourceWithRawResponse(self._resource.status)
