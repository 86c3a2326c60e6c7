"""`Client.core.rbac.student_llm_access.set`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_rbac_student_llm_access_set_create as _core_rbac_student_llm_access_set_create,
)
from ......models.set_student_llm_access import SetStudentLLMAccess
from ......models.student_llm_access_response import StudentLLMAccessResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreRbacStudentLlmAccessSetResource",
    "CoreRbacStudentLlmAccessSetResourceWithRawResponse",
    "AsyncCoreRbacStudentLlmAccessSetResource",
    "AsyncCoreRbacStudentLlmAccessSetResourceWithRawResponse",
]


class CoreRbacStudentLlmAccessSetResource:
    """`Client.core.rbac.student_llm_access.set`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacStudentLlmAccessSetResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacStudentLlmAccessSetResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: SetStudentLLMAccess,
        **options: Unpack[RequestOptions],
    ) -> StudentLLMAccessResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        llm_resources: list[str],
        **options: Unpack[RequestOptions],
    ) -> StudentLLMAccessResponse: ...

    def create(
        self,
        *,
        body: SetStudentLLMAccess | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        llm_resources: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StudentLLMAccessResponse:
        """Set student LLM access permissions

        Configure which LLM resources students can access on a platform by replacing the LLM
        Users policy resources

        Args:
            body (SetStudentLLMAccess, request body): Serializer for setting student LLM access
                permissions
            Or the body's fields as keywords instead of body=: platform_key, llm_resources

        Returns:
            StudentLLMAccessResponse
        """
        body = body_from_fields(
            "core.rbac.student_llm_access.set.create",
            body,
            SetStudentLLMAccess,
            ["platform_key", "llm_resources"],
            (
                ("platform_key", "platform_key", platform_key),
                ("llm_resources", "llm_resources", llm_resources),
            ),
        )
        return self._client._send(
            _core_rbac_student_llm_access_set_create.OPERATION,
            _core_rbac_student_llm_access_set_create.build_request(body=body),
            options,
        )


class CoreRbacStudentLlmAccessSetResourceWithRawResponse:
    """`Client.core.rbac.student_llm_access.set`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacStudentLlmAccessSetResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreRbacStudentLlmAccessSetResource:
    """`AsyncClient.core.rbac.student_llm_access.set`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacStudentLlmAccessSetResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacStudentLlmAccessSetResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: SetStudentLLMAccess,
        **options: Unpack[RequestOptions],
    ) -> StudentLLMAccessResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        llm_resources: list[str],
        **options: Unpack[RequestOptions],
    ) -> StudentLLMAccessResponse: ...

    async def create(
        self,
        *,
        body: SetStudentLLMAccess | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        llm_resources: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StudentLLMAccessResponse:
        """Set student LLM access permissions

        Configure which LLM resources students can access on a platform by replacing the LLM
        Users policy resources

        Args:
            body (SetStudentLLMAccess, request body): Serializer for setting student LLM access
                permissions
            Or the body's fields as keywords instead of body=: platform_key, llm_resources

        Returns:
            StudentLLMAccessResponse
        """
        body = body_from_fields(
            "core.rbac.student_llm_access.set.create",
            body,
            SetStudentLLMAccess,
            ["platform_key", "llm_resources"],
            (
                ("platform_key", "platform_key", platform_key),
                ("llm_resources", "llm_resources", llm_resources),
            ),
        )
        return await self._client._send(
            _core_rbac_student_llm_access_set_create.OPERATION,
            _core_rbac_student_llm_access_set_create.build_request(body=body),
            options,
        )


class AsyncCoreRbacStudentLlmAccessSetResourceWithRawResponse:
    """`AsyncClient.core.rbac.student_llm_access.set`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacStudentLlmAccessSetResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
