"""`Client.ai_mentor.orgs.users.sessions.suggestion`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_suggestion_list as _ai_mentor_orgs_users_sessions_suggestion_list,
)
from .......models.related_text import RelatedText
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionsSuggestionResource",
    "AiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsSuggestionResource",
    "AsyncAiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsSuggestionResource:
    """`Client.ai_mentor.orgs.users.sessions.suggestion`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        num_questions: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[RelatedText]:
        """Retrieve a list of related questions based on a chat session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            num_questions (int | Unset, query)

        Returns:
            list[RelatedText]
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_suggestion_list.OPERATION,
            _ai_mentor_orgs_users_sessions_suggestion_list.build_request(
                org=org, user_id=user_id, session_id=session_id, num_questions=num_questions
            ),
            options,
        )


class AiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions.suggestion`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsSuggestionResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersSessionsSuggestionResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions.suggestion`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        num_questions: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[RelatedText]:
        """Retrieve a list of related questions based on a chat session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            num_questions (int | Unset, query)

        Returns:
            list[RelatedText]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_suggestion_list.OPERATION,
            _ai_mentor_orgs_users_sessions_suggestion_list.build_request(
                org=org, user_id=user_id, session_id=session_id, num_questions=num_questions
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions.suggestion`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsSuggestionResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
