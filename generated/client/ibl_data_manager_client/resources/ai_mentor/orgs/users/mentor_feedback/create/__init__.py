"""`Client.ai_mentor.orgs.users.mentor_feedback.create`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_feedback_create_create as _ai_mentor_orgs_users_mentor_feedback_create_create,
)
from .......models.user_chat_feedback import UserChatFeedback
from .......models.user_chat_feedback_request import UserChatFeedbackRequest

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

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatFeedbackRequest,
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

        Returns:
            UserChatFeedback
        """
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

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: UserChatFeedbackRequest,
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

        Returns:
            UserChatFeedback
        """
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
