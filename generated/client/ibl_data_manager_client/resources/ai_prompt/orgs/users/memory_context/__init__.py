"""`Client.ai_prompt.orgs.users.memory_context`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_memory_context_retrieve as _ai_prompt_orgs_users_memory_context_retrieve,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_memory_context_update as _ai_prompt_orgs_users_memory_context_update,
)
from ......models.user_memory_context_request import UserMemoryContextRequest
from ......models.user_memory_context_response import UserMemoryContextResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersMemoryContextResource",
    "AiPromptOrgsUsersMemoryContextResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersMemoryContextResource",
    "AsyncAiPromptOrgsUsersMemoryContextResourceWithRawResponse",
]


class AiPromptOrgsUsersMemoryContextResource:
    """`Client.ai_prompt.orgs.users.memory_context`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersMemoryContextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersMemoryContextResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryContextResponse:
        """Retrieve a user's memory context settings.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserMemoryContextResponse
        """
        return self._client._send(
            _ai_prompt_orgs_users_memory_context_retrieve.OPERATION,
            _ai_prompt_orgs_users_memory_context_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        body: UserMemoryContextRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryContextResponse: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        extra_data: str | Unset = UNSET,
        use_reported_skills: bool | Unset = UNSET,
        use_desired_skills: bool | Unset = UNSET,
        use_credentials: bool | Unset = UNSET,
        use_enrolled_courses: bool | Unset = UNSET,
        use_time_spent: bool | Unset = UNSET,
        use_completed_courses: bool | Unset = UNSET,
        use_completed_programs: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryContextResponse: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        body: UserMemoryContextRequest | Unset = UNSET,
        extra_data: str | Unset = UNSET,
        use_reported_skills: bool | Unset = UNSET,
        use_desired_skills: bool | Unset = UNSET,
        use_credentials: bool | Unset = UNSET,
        use_enrolled_courses: bool | Unset = UNSET,
        use_time_spent: bool | Unset = UNSET,
        use_completed_courses: bool | Unset = UNSET,
        use_completed_programs: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryContextResponse:
        """Updates the user's memory context settings.  Returns:      200: list of user memory
        context data.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserMemoryContextRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: extra_data, use_reported_skills,
                use_desired_skills, use_credentials, use_enrolled_courses, use_time_spent,
                use_completed_courses, use_completed_programs

        Returns:
            UserMemoryContextResponse
        """
        body = optional_body_from_fields(
            "ai_prompt.orgs.users.memory_context.update",
            body,
            UserMemoryContextRequest,
            [],
            (
                ("extra_data", "extra_data", extra_data),
                ("use_reported_skills", "use_reported_skills", use_reported_skills),
                ("use_desired_skills", "use_desired_skills", use_desired_skills),
                ("use_credentials", "use_credentials", use_credentials),
                ("use_enrolled_courses", "use_enrolled_courses", use_enrolled_courses),
                ("use_time_spent", "use_time_spent", use_time_spent),
                ("use_completed_courses", "use_completed_courses", use_completed_courses),
                ("use_completed_programs", "use_completed_programs", use_completed_programs),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_memory_context_update.OPERATION,
            _ai_prompt_orgs_users_memory_context_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiPromptOrgsUsersMemoryContextResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.memory_context`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersMemoryContextResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncAiPromptOrgsUsersMemoryContextResource:
    """`AsyncClient.ai_prompt.orgs.users.memory_context`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersMemoryContextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersMemoryContextResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryContextResponse:
        """Retrieve a user's memory context settings.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserMemoryContextResponse
        """
        return await self._client._send(
            _ai_prompt_orgs_users_memory_context_retrieve.OPERATION,
            _ai_prompt_orgs_users_memory_context_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        body: UserMemoryContextRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryContextResponse: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        extra_data: str | Unset = UNSET,
        use_reported_skills: bool | Unset = UNSET,
        use_desired_skills: bool | Unset = UNSET,
        use_credentials: bool | Unset = UNSET,
        use_enrolled_courses: bool | Unset = UNSET,
        use_time_spent: bool | Unset = UNSET,
        use_completed_courses: bool | Unset = UNSET,
        use_completed_programs: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryContextResponse: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        body: UserMemoryContextRequest | Unset = UNSET,
        extra_data: str | Unset = UNSET,
        use_reported_skills: bool | Unset = UNSET,
        use_desired_skills: bool | Unset = UNSET,
        use_credentials: bool | Unset = UNSET,
        use_enrolled_courses: bool | Unset = UNSET,
        use_time_spent: bool | Unset = UNSET,
        use_completed_courses: bool | Unset = UNSET,
        use_completed_programs: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMemoryContextResponse:
        """Updates the user's memory context settings.  Returns:      200: list of user memory
        context data.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserMemoryContextRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: extra_data, use_reported_skills,
                use_desired_skills, use_credentials, use_enrolled_courses, use_time_spent,
                use_completed_courses, use_completed_programs

        Returns:
            UserMemoryContextResponse
        """
        body = optional_body_from_fields(
            "ai_prompt.orgs.users.memory_context.update",
            body,
            UserMemoryContextRequest,
            [],
            (
                ("extra_data", "extra_data", extra_data),
                ("use_reported_skills", "use_reported_skills", use_reported_skills),
                ("use_desired_skills", "use_desired_skills", use_desired_skills),
                ("use_credentials", "use_credentials", use_credentials),
                ("use_enrolled_courses", "use_enrolled_courses", use_enrolled_courses),
                ("use_time_spent", "use_time_spent", use_time_spent),
                ("use_completed_courses", "use_completed_courses", use_completed_courses),
                ("use_completed_programs", "use_completed_programs", use_completed_programs),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_memory_context_update.OPERATION,
            _ai_prompt_orgs_users_memory_context_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiPromptOrgsUsersMemoryContextResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.memory_context`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersMemoryContextResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
