"""`Client.ai_mentor.orgs.quiz_customizer`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import (
    ai_mentor_orgs_quiz_customizer_create as _ai_mentor_orgs_quiz_customizer_create,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_quiz_customizer_retrieve as _ai_mentor_orgs_quiz_customizer_retrieve,
)
from .....models.input_question import InputQuestion
from .....models.question_request import QuestionRequest
from .....models.question_response import QuestionResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsQuizCustomizerResource",
    "AiMentorOrgsQuizCustomizerResourceWithRawResponse",
    "AsyncAiMentorOrgsQuizCustomizerResource",
    "AsyncAiMentorOrgsQuizCustomizerResourceWithRawResponse",
]


class AiMentorOrgsQuizCustomizerResource:
    """`Client.ai_mentor.orgs.quiz_customizer`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsQuizCustomizerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsQuizCustomizerResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve existing questions.  Args:     request: The HTTP request.  Returns:
        Response: The existing questions.

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_quiz_customizer_retrieve.OPERATION,
            _ai_mentor_orgs_quiz_customizer_retrieve.build_request(org=org),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: QuestionRequest,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        initial_questions: list[InputQuestion],
        subject: str,
        question_count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse: ...

    def create(
        self,
        *,
        org: str,
        body: QuestionRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        initial_questions: list[InputQuestion] | Unset = UNSET,
        subject: str | Unset = UNSET,
        question_count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse:
        """Generate follow-up questions based on initial questions.  Args:     request: The HTTP
        request containing the initial questions.  Returns:     Response: The generated
        follow-up questions.  Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
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
            "ai_mentor.orgs.quiz_customizer.create",
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
            _ai_mentor_orgs_quiz_customizer_create.OPERATION,
            _ai_mentor_orgs_quiz_customizer_create.build_request(org=org, body=body),
            options,
        )


class AiMentorOrgsQuizCustomizerResourceWithRawResponse:
    """`Client.ai_mentor.orgs.quiz_customizer`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsQuizCustomizerResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsQuizCustomizerResource:
    """`AsyncClient.ai_mentor.orgs.quiz_customizer`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsQuizCustomizerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsQuizCustomizerResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve existing questions.  Args:     request: The HTTP request.  Returns:
        Response: The existing questions.

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_quiz_customizer_retrieve.OPERATION,
            _ai_mentor_orgs_quiz_customizer_retrieve.build_request(org=org),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: QuestionRequest,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        initial_questions: list[InputQuestion],
        subject: str,
        question_count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse: ...

    async def create(
        self,
        *,
        org: str,
        body: QuestionRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        initial_questions: list[InputQuestion] | Unset = UNSET,
        subject: str | Unset = UNSET,
        question_count: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QuestionResponse:
        """Generate follow-up questions based on initial questions.  Args:     request: The HTTP
        request containing the initial questions.  Returns:     Response: The generated
        follow-up questions.  Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
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
            "ai_mentor.orgs.quiz_customizer.create",
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
            _ai_mentor_orgs_quiz_customizer_create.OPERATION,
            _ai_mentor_orgs_quiz_customizer_create.build_request(org=org, body=body),
            options,
        )


class AsyncAiMentorOrgsQuizCustomizerResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.quiz_customizer`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsQuizCustomizerResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
