"""`Client.ai_mentor.orgs.users.mentor_feedback`: 2 operations and 1 sub-resource."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_feedback_retrieve as _ai_mentor_orgs_users_mentor_feedback_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_feedback_update as _ai_mentor_orgs_users_mentor_feedback_update,
)
from ......models.user_chat_feedback import UserChatFeedback
from ......models.user_chat_feedback_rating import UserChatFeedbackRating
from ......models.user_chat_feedback_request import UserChatFeedbackRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .create import (
        AiMentorOrgsUsersMentorFeedbackCreateResource,
        AiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorFeedbackCreateResource,
        AsyncAiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersMentorFeedbackResource",
    "AiMentorOrgsUsersMentorFeedbackResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorFeedbackResource",
    "AsyncAiMentorOrgsUsersMentorFeedbackResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorFeedbackResource:
    """`Client.ai_mentor.orgs.users.mentor_feedback`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorFeedbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorFeedbackResourceWithRawResponse(self)

    @cached_property
    def create(self) -> AiMentorOrgsUsersMentorFeedbackCreateResource:
        from .create import AiMentorOrgsUsersMentorFeedbackCreateResource

        return AiMentorOrgsUsersMentorFeedbackCreateResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        feedback_id: int,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback:
        """Retrieve details of a specific user chat feedback entry.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     feedback_id: The ID of the
        feedback entry to retrieve.  Returns:     Response: The feedback entry details.  Raises:
        NotFound: If the specified feedback entry does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            feedback_id (int, path)

        Returns:
            UserChatFeedback
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_feedback_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentor_feedback_retrieve.build_request(
                org=org, user_id=user_id, feedback_id=feedback_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        feedback_id: int,
        body: UserChatFeedbackRequest,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        feedback_id: int,
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

    def update(
        self,
        *,
        org: str,
        user_id: str,
        feedback_id: int,
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
        """Update an existing user chat feedback entry.  Args:     request: The HTTP request
        containing the updated feedback data.     org: The organization/tenant identifier.
        feedback_id: The ID of the feedback entry to update.  Returns:     Response: The updated
        feedback entry.  Raises:     NotFound: If the specified feedback entry does not exist.
        BadRequest: If the provided data is invalid or the mentor does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            feedback_id (int, path)
            body (UserChatFeedbackRequest, request body)
            Or the body's fields as keywords instead of body=: username, session, user_text,
                ai_response, reason, additional_feedback, mentor, rating, inserted_at, message

        Returns:
            UserChatFeedback
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor_feedback.update",
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
            _ai_mentor_orgs_users_mentor_feedback_update.OPERATION,
            _ai_mentor_orgs_users_mentor_feedback_update.build_request(
                org=org, user_id=user_id, feedback_id=feedback_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorFeedbackResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor_feedback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorFeedbackResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)

    @cached_property
    def create(self) -> AiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse:
        from .create import AiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse

        return AiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse(self._resource.create)


class AsyncAiMentorOrgsUsersMentorFeedbackResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor_feedback`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorFeedbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorFeedbackResourceWithRawResponse(self)

    @cached_property
    def create(self) -> AsyncAiMentorOrgsUsersMentorFeedbackCreateResource:
        from .create import AsyncAiMentorOrgsUsersMentorFeedbackCreateResource

        return AsyncAiMentorOrgsUsersMentorFeedbackCreateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        feedback_id: int,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback:
        """Retrieve details of a specific user chat feedback entry.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     feedback_id: The ID of the
        feedback entry to retrieve.  Returns:     Response: The feedback entry details.  Raises:
        NotFound: If the specified feedback entry does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            feedback_id (int, path)

        Returns:
            UserChatFeedback
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_feedback_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentor_feedback_retrieve.build_request(
                org=org, user_id=user_id, feedback_id=feedback_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        feedback_id: int,
        body: UserChatFeedbackRequest,
        **options: Unpack[RequestOptions],
    ) -> UserChatFeedback: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        feedback_id: int,
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

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        feedback_id: int,
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
        """Update an existing user chat feedback entry.  Args:     request: The HTTP request
        containing the updated feedback data.     org: The organization/tenant identifier.
        feedback_id: The ID of the feedback entry to update.  Returns:     Response: The updated
        feedback entry.  Raises:     NotFound: If the specified feedback entry does not exist.
        BadRequest: If the provided data is invalid or the mentor does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            feedback_id (int, path)
            body (UserChatFeedbackRequest, request body)
            Or the body's fields as keywords instead of body=: username, session, user_text,
                ai_response, reason, additional_feedback, mentor, rating, inserted_at, message

        Returns:
            UserChatFeedback
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor_feedback.update",
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
            _ai_mentor_orgs_users_mentor_feedback_update.OPERATION,
            _ai_mentor_orgs_users_mentor_feedback_update.build_request(
                org=org, user_id=user_id, feedback_id=feedback_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorFeedbackResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor_feedback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorFeedbackResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def create(self) -> AsyncAiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse:
        from .create import AsyncAiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorFeedbackCreateResourceWithRawResponse(
            self._resource.create
        )
