"""`Client.ai_mentor.orgs.users.mentors.auto_memory_prompt`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_auto_memory_prompt_create as _ai_mentor_orgs_users_mentors_auto_memory_prompt_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve as _ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve,
)
from .......models.auto_memory_prompt import AutoMemoryPrompt
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsAutoMemoryPromptResource",
    "AiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResource",
    "AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsAutoMemoryPromptResource:
    """`Client.ai_mentor.orgs.users.mentors.auto_memory_prompt`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> AutoMemoryPrompt:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            AutoMemoryPrompt
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: AutoMemoryPrompt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoMemoryPrompt: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        auto_memory_prompt: str | Unset = UNSET,
        reset: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoMemoryPrompt: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: AutoMemoryPrompt | Unset = UNSET,
        auto_memory_prompt: str | Unset = UNSET,
        reset: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoMemoryPrompt:
        """Set or reset auto memory prompt

        Set or reset auto memory prompt

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (AutoMemoryPrompt | Unset, request body)
            Or the body's fields as keywords instead of body=: auto_memory_prompt, reset

        Returns:
            AutoMemoryPrompt
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.auto_memory_prompt.create",
            body,
            AutoMemoryPrompt,
            [],
            (
                ("auto_memory_prompt", "auto_memory_prompt", auto_memory_prompt),
                ("reset", "reset", reset),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_auto_memory_prompt_create.OPERATION,
            _ai_mentor_orgs_users_mentors_auto_memory_prompt_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.auto_memory_prompt`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsAutoMemoryPromptResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.auto_memory_prompt`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> AutoMemoryPrompt:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            AutoMemoryPrompt
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: AutoMemoryPrompt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoMemoryPrompt: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        auto_memory_prompt: str | Unset = UNSET,
        reset: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoMemoryPrompt: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: AutoMemoryPrompt | Unset = UNSET,
        auto_memory_prompt: str | Unset = UNSET,
        reset: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoMemoryPrompt:
        """Set or reset auto memory prompt

        Set or reset auto memory prompt

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (AutoMemoryPrompt | Unset, request body)
            Or the body's fields as keywords instead of body=: auto_memory_prompt, reset

        Returns:
            AutoMemoryPrompt
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.auto_memory_prompt.create",
            body,
            AutoMemoryPrompt,
            [],
            (
                ("auto_memory_prompt", "auto_memory_prompt", auto_memory_prompt),
                ("reset", "reset", reset),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_auto_memory_prompt_create.OPERATION,
            _ai_mentor_orgs_users_mentors_auto_memory_prompt_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.auto_memory_prompt`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
