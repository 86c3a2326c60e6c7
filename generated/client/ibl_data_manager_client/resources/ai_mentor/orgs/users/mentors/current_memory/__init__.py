"""`Client.ai_mentor.orgs.users.mentors.current_memory`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_current_memory_retrieve as _ai_mentor_orgs_users_mentors_current_memory_retrieve,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_current_memory_update as _ai_mentor_orgs_users_mentors_current_memory_update,
)
from .......models.input_question import InputQuestion
from .......models.memory_component_response import MemoryComponentResponse
from .......models.question_request import QuestionRequest
from .......models.question_response import QuestionResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsCurrentMemoryResource",
    "AiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsCurrentMemoryResource",
    "AsyncAiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsCurrentMemoryResource:
    """`Client.ai_mentor.orgs.users.mentors.current_memory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MemoryComponentResponse:
        """Retrieve memory components for a specific mentor.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user making the
        request.     mentor: The identifier of the mentor to retrieve memory for.  Returns:
        Response: The memory components for the mentor.  Raises:     NotFound: If the specified
        mentor or memory does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MemoryComponentResponse
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_current_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_current_memory_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: QuestionRequest,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        username: str,
        initial_questions: list[InputQuestion],
        subject: str,
        question_count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: QuestionRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        initial_questions: list[InputQuestion] | Unset = UNSET,
        subject: str | Unset = UNSET,
        question_count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse:
        """Update memory components for a specific mentor.  Args:     request: The HTTP request
        containing the updated memory data.     org: The organization/tenant identifier.
        user_id: The ID of the user making the request.     mentor: The identifier of the mentor
        to update memory for.  Returns:     Response: The updated memory components for the
        mentor.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If the
        specified mentor does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (QuestionRequest, request body): Serializer for incoming request data that
                includes initial questions and the username. Attributes: username (str):
                Username of the requesting student or user. initial_questions
                (list[InputQuestionSerializer]): List of initial questions provided by the LMS.
                question_count (int): Number of questions the mentor (llm) should generate
            Or the body's fields as keywords instead of body=: username, initial_questions,
                subject, question_count

        Returns:
            QuestionResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.current_memory.update",
            body,
            QuestionRequest,
            ["username", "initial_questions", "subject"],
            (
                ("username", "username", username),
                ("initial_questions", "initial_questions", initial_questions),
                ("subject", "subject", subject),
                ("question_count", "question_count", question_count),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_current_memory_update.OPERATION,
            _ai_mentor_orgs_users_mentors_current_memory_update.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.current_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsCurrentMemoryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersMentorsCurrentMemoryResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.current_memory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MemoryComponentResponse:
        """Retrieve memory components for a specific mentor.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user making the
        request.     mentor: The identifier of the mentor to retrieve memory for.  Returns:
        Response: The memory components for the mentor.  Raises:     NotFound: If the specified
        mentor or memory does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MemoryComponentResponse
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_current_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_current_memory_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: QuestionRequest,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        username: str,
        initial_questions: list[InputQuestion],
        subject: str,
        question_count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: QuestionRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        initial_questions: list[InputQuestion] | Unset = UNSET,
        subject: str | Unset = UNSET,
        question_count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse:
        """Update memory components for a specific mentor.  Args:     request: The HTTP request
        containing the updated memory data.     org: The organization/tenant identifier.
        user_id: The ID of the user making the request.     mentor: The identifier of the mentor
        to update memory for.  Returns:     Response: The updated memory components for the
        mentor.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If the
        specified mentor does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (QuestionRequest, request body): Serializer for incoming request data that
                includes initial questions and the username. Attributes: username (str):
                Username of the requesting student or user. initial_questions
                (list[InputQuestionSerializer]): List of initial questions provided by the LMS.
                question_count (int): Number of questions the mentor (llm) should generate
            Or the body's fields as keywords instead of body=: username, initial_questions,
                subject, question_count

        Returns:
            QuestionResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.current_memory.update",
            body,
            QuestionRequest,
            ["username", "initial_questions", "subject"],
            (
                ("username", "username", username),
                ("initial_questions", "initial_questions", initial_questions),
                ("subject", "subject", subject),
                ("question_count", "question_count", question_count),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_current_memory_update.OPERATION,
            _ai_mentor_orgs_users_mentors_current_memory_update.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.current_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsCurrentMemoryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
