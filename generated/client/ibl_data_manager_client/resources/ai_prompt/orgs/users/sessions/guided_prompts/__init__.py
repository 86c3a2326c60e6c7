"""`Client.ai_prompt.orgs.users.sessions.guided_prompts`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_prompt import (
    ai_prompt_orgs_users_sessions_guided_prompts_retrieve as _ai_prompt_orgs_users_sessions_guided_prompts_retrieve,
)
from .......models.guided_prompts_response import GuidedPromptsResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersSessionsGuidedPromptsResource",
    "AiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersSessionsGuidedPromptsResource",
    "AsyncAiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse",
]


class AiPromptOrgsUsersSessionsGuidedPromptsResource:
    """`Client.ai_prompt.orgs.users.sessions.guided_prompts`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuidedPromptsResponse:
        """Retrieve guided prompts for a chat session

        Fetches AI-generated guided prompts for a given session and organization.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            count (int | Unset, query)

        Returns:
            GuidedPromptsResponse
        """
        return self._client._send(
            _ai_prompt_orgs_users_sessions_guided_prompts_retrieve.OPERATION,
            _ai_prompt_orgs_users_sessions_guided_prompts_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id, count=count
            ),
            options,
        )


class AiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.sessions.guided_prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersSessionsGuidedPromptsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiPromptOrgsUsersSessionsGuidedPromptsResource:
    """`AsyncClient.ai_prompt.orgs.users.sessions.guided_prompts`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GuidedPromptsResponse:
        """Retrieve guided prompts for a chat session

        Fetches AI-generated guided prompts for a given session and organization.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            count (int | Unset, query)

        Returns:
            GuidedPromptsResponse
        """
        return await self._client._send(
            _ai_prompt_orgs_users_sessions_guided_prompts_retrieve.OPERATION,
            _ai_prompt_orgs_users_sessions_guided_prompts_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id, count=count
            ),
            options,
        )


class AsyncAiPromptOrgsUsersSessionsGuidedPromptsResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.sessions.guided_prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersSessionsGuidedPromptsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
