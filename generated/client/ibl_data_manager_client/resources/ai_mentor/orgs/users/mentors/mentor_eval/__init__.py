"""`Client.ai_mentor.orgs.users.mentors.mentor_eval`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_mentor_eval_create as _ai_mentor_orgs_users_mentors_mentor_eval_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_mentor_eval_retrieve as _ai_mentor_orgs_users_mentors_mentor_eval_retrieve,
)
from .......models.mentor_eval import MentorEval
from .......models.mentor_eval_question_request import MentorEvalQuestionRequest
from .......models.mentor_eval_request import MentorEvalRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsMentorEvalResource",
    "AiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsMentorEvalResource",
    "AsyncAiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsMentorEvalResource:
    """`Client.ai_mentor.orgs.users.mentors.mentor_eval`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorEval:
        """Retrieve evaluation criteria for a specific mentor.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user
        making the request.     mentor: The identifier of the mentor to retrieve evaluations
        for.  Returns:     Response: The evaluation criteria for the mentor.  Raises:
        NotFound: If the specified mentor or evaluations do not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorEval
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_eval_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_eval_retrieve.build_request(
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
        body: MentorEvalRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorEval: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        id: int | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        passing_score: int | None | Unset = UNSET,
        questions: list[MentorEvalQuestionRequest] | None | Unset = UNSET,
        evaluation_prompt: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorEval: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorEvalRequest | Unset = UNSET,
        id: int | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        passing_score: int | None | Unset = UNSET,
        questions: list[MentorEvalQuestionRequest] | None | Unset = UNSET,
        evaluation_prompt: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorEval:
        """Create or update evaluation criteria for a specific mentor.  Args:     request: The HTTP
        request containing the evaluation data.     org: The organization/tenant identifier.
        user_id: The ID of the user making the request.     mentor: The identifier of the mentor
        to create/update evaluations for.  Returns:     Response: The created or updated
        evaluation criteria.  Raises:     BadRequest: If the provided data is invalid or the
        mentor does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorEvalRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: id, name, passing_score,
                questions, evaluation_prompt

        Returns:
            MentorEval
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.mentor_eval.create",
            body,
            MentorEvalRequest,
            [],
            (
                ("id", "id", id),
                ("name", "name", name),
                ("passing_score", "passing_score", passing_score),
                ("questions", "questions", questions),
                ("evaluation_prompt", "evaluation_prompt", evaluation_prompt),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_eval_create.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_eval_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.mentor_eval`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsMentorEvalResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsMentorEvalResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.mentor_eval`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorEval:
        """Retrieve evaluation criteria for a specific mentor.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user
        making the request.     mentor: The identifier of the mentor to retrieve evaluations
        for.  Returns:     Response: The evaluation criteria for the mentor.  Raises:
        NotFound: If the specified mentor or evaluations do not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorEval
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_eval_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_eval_retrieve.build_request(
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
        body: MentorEvalRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorEval: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        id: int | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        passing_score: int | None | Unset = UNSET,
        questions: list[MentorEvalQuestionRequest] | None | Unset = UNSET,
        evaluation_prompt: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorEval: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorEvalRequest | Unset = UNSET,
        id: int | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        passing_score: int | None | Unset = UNSET,
        questions: list[MentorEvalQuestionRequest] | None | Unset = UNSET,
        evaluation_prompt: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorEval:
        """Create or update evaluation criteria for a specific mentor.  Args:     request: The HTTP
        request containing the evaluation data.     org: The organization/tenant identifier.
        user_id: The ID of the user making the request.     mentor: The identifier of the mentor
        to create/update evaluations for.  Returns:     Response: The created or updated
        evaluation criteria.  Raises:     BadRequest: If the provided data is invalid or the
        mentor does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorEvalRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: id, name, passing_score,
                questions, evaluation_prompt

        Returns:
            MentorEval
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.mentor_eval.create",
            body,
            MentorEvalRequest,
            [],
            (
                ("id", "id", id),
                ("name", "name", name),
                ("passing_score", "passing_score", passing_score),
                ("questions", "questions", questions),
                ("evaluation_prompt", "evaluation_prompt", evaluation_prompt),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_eval_create.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_eval_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.mentor_eval`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsMentorEvalResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
