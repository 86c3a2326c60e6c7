"""`Client.core.rbac.student_llm_access.status`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_rbac_student_llm_access_status_retrieve as _core_rbac_student_llm_access_status_retrieve,
)
from ......models.student_llm_access_response import StudentLLMAccessResponse

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreRbacStudentLlmAccessStatusResource",
    "CoreRbacStudentLlmAccessStatusResourceWithRawResponse",
    "AsyncCoreRbacStudentLlmAccessStatusResource",
    "AsyncCoreRbacStudentLlmAccessStatusResourceWithRawResponse",
]


class CoreRbacStudentLlmAccessStatusResource:
    """`Client.core.rbac.student_llm_access.status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacStudentLlmAccessStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacStudentLlmAccessStatusResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StudentLLMAccessResponse:
        """Get student LLM access permissions

        Check which LLM resources students are currently allowed to access on a platform

        Args:
            platform_key (str, query)

        Returns:
            StudentLLMAccessResponse
        """
        return self._client._send(
            _core_rbac_student_llm_access_status_retrieve.OPERATION,
            _core_rbac_student_llm_access_status_retrieve.build_request(platform_key=platform_key),
            options,
        )


class CoreRbacStudentLlmAccessStatusResourceWithRawResponse:
    """`Client.core.rbac.student_llm_access.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacStudentLlmAccessStatusResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCoreRbacStudentLlmAccessStatusResource:
    """`AsyncClient.core.rbac.student_llm_access.status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacStudentLlmAccessStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacStudentLlmAccessStatusResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> StudentLLMAccessResponse:
        """Get student LLM access permissions

        Check which LLM resources students are currently allowed to access on a platform

        Args:
            platform_key (str, query)

        Returns:
            StudentLLMAccessResponse
        """
        return await self._client._send(
            _core_rbac_student_llm_access_status_retrieve.OPERATION,
            _core_rbac_student_llm_access_status_retrieve.build_request(platform_key=platform_key),
            options,
        )


class AsyncCoreRbacStudentLlmAccessStatusResourceWithRawResponse:
    """`AsyncClient.core.rbac.student_llm_access.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacStudentLlmAccessStatusResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
