"""`Client.ai_mentor.orgs.users.mentors.mentor_eval_execution`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_mentor_eval_execution_create as _ai_mentor_orgs_users_mentors_mentor_eval_execution_create,
)
from .......models.run_mentor_eval import RunMentorEval
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsMentorEvalExecutionResource",
    "AiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResource",
    "AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsMentorEvalExecutionResource:
    """`Client.ai_mentor.orgs.users.mentors.mentor_eval_execution`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: RunMentorEval,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: RunMentorEval | Unset = UNSET,
        id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Run an evaluation for a specific mentor.  Args:     request: The HTTP request containing
        the evaluation ID.     org: The organization/tenant identifier.     user_id: The ID of
        the user making the request.     mentor: The identifier of the mentor to evaluate.
        Returns:     Response: The ID of the generated evaluation report.  Raises:
        BadRequest: If the evaluation ID is invalid or the mentor does not match.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (RunMentorEval, request body)
            Or the body's fields as keywords instead of body=: id

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.mentor_eval_execution.create",
            body,
            RunMentorEval,
            ["id"],
            (("id", "id", id),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_eval_execution_create.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_eval_execution_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.mentor_eval_execution`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsMentorEvalExecutionResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.mentor_eval_execution`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: RunMentorEval,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: RunMentorEval | Unset = UNSET,
        id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Run an evaluation for a specific mentor.  Args:     request: The HTTP request containing
        the evaluation ID.     org: The organization/tenant identifier.     user_id: The ID of
        the user making the request.     mentor: The identifier of the mentor to evaluate.
        Returns:     Response: The ID of the generated evaluation report.  Raises:
        BadRequest: If the evaluation ID is invalid or the mentor does not match.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (RunMentorEval, request body)
            Or the body's fields as keywords instead of body=: id

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.mentor_eval_execution.create",
            body,
            RunMentorEval,
            ["id"],
            (("id", "id", id),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_eval_execution_create.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_eval_execution_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.mentor_eval_execution`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
