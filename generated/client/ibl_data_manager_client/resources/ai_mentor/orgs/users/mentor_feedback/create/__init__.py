"""`Client.ai_mentor.orgs.users.mentor_feedback.create`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_feedback_create_create as _ai_mentor_orgs_users_mentor_feedback_create_create,
)
from .......models.user_chat_feedback import UserChatFeedback
from .......models.user_chat_feedback_rating import UserChatFeedbackRating
from .......models.user_chat_feedback_request import UserChatFeedbackRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorFeedbackCreateResource",
    "AiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorFeedbackCreateResource",
    "AsyncAiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorFeedbackCreateResource:
    """`Client.ai_mentor.orgs.users.mentor_feedback.create`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatFeedbackRequest,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        username: str,
        session: str,
        user_text: str,
        ai_response: str,
        reason: str,
        additional_feedback: str,
        mentor: int,
        rating: UserChatFeedbackRating | Unset = UNSET,
        inserted_at: datetime.datetime | Unset = UNSET,
        message: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatFeedbackRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        session: str | Unset = UNSET,
        user_text: str | Unset = UNSET,
        ai_response: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        additional_feedback: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        rating: UserChatFeedbackRating | Unset = UNSET,
        inserted_at: datetime.datetime | Unset = UNSET,
        message: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback:
        """Create a new user chat feedback entry.  Args:     request: The HTTP request containing
        the feedback data.     org: The organization/tenant identifier.  Returns:     Response:
        The created feedback entry.  Raises:     BadRequest: If the provided data is invalid or
        the mentor does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserChatFeedbackRequest, request body)
            Or the body's fields as keywords instead of body=: username, session, user_text,
                ai_response, reason, additional_feedback, mentor, rating, inserted_at, message

        Returns:
            UserChatFeedback
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor_feedback.create.create",
            body,
            UserChatFeedbackRequest,
            [
                "username",
                "session",
                "user_text",
                "ai_response",
                "reason",
                "additional_feedback",
                "mentor",
            ],
            (
                ("username", "username", username),
                ("session", "session", session),
                ("user_text", "user_text", user_text),
                ("ai_response", "ai_response", ai_response),
                ("reason", "reason", reason),
                ("additional_feedback", "additional_feedback", additional_feedback),
                ("mentor", "mentor", mentor),
                ("rating", "rating", rating),
                ("inserted_at", "inserted_at", inserted_at),
                ("message", "message", message),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentor_feedback_create_create.OPERATION,
            _ai_mentor_orgs_users_mentor_feedback_create_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor_feedback.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorFeedbackCreateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorFeedbackCreateResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor_feedback.create`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatFeedbackRequest,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        username: str,
        session: str,
        user_text: str,
        ai_response: str,
        reason: str,
        additional_feedback: str,
        mentor: int,
        rating: UserChatFeedbackRating | Unset = UNSET,
        inserted_at: datetime.datetime | Unset = UNSET,
        message: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatFeedbackRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        session: str | Unset = UNSET,
        user_text: str | Unset = UNSET,
        ai_response: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        additional_feedback: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        rating: UserChatFeedbackRating | Unset = UNSET,
        inserted_at: datetime.datetime | Unset = UNSET,
        message: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback:
        """Create a new user chat feedback entry.  Args:     request: The HTTP request containing
        the feedback data.     org: The organization/tenant identifier.  Returns:     Response:
        The created feedback entry.  Raises:     BadRequest: If the provided data is invalid or
        the mentor does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            body (UserChatFeedbackRequest, request body)
            Or the body's fields as keywords instead of body=: username, session, user_text,
                ai_response, reason, additional_feedback, mentor, rating, inserted_at, message

        Returns:
            UserChatFeedback
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor_feedback.create.create",
            body,
            UserChatFeedbackRequest,
            [
                "username",
                "session",
                "user_text",
                "ai_response",
                "reason",
                "additional_feedback",
                "mentor",
            ],
            (
                ("username", "username", username),
                ("session", "session", session),
                ("user_text", "user_text", user_text),
                ("ai_response", "ai_response", ai_response),
                ("reason", "reason", reason),
                ("additional_feedback", "additional_feedback", additional_feedback),
                ("mentor", "mentor", mentor),
                ("rating", "rating", rating),
                ("inserted_at", "inserted_at", inserted_at),
                ("message", "message", message),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_feedback_create_create.OPERATION,
            _ai_mentor_orgs_users_mentor_feedback_create_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor_feedback.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorFeedbackCreateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
