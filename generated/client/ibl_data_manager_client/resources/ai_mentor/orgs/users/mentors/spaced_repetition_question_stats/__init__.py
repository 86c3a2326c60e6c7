"""`Client.ai_mentor.orgs.users.mentors.spaced_repetition_question_stats`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve as _ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve,
)
from .......models.spaced_repetition_question_stats import SpacedRepetitionQuestionStats

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource",
    "AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource",
    "AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource:
    """`Client.ai_mentor.orgs.users.mentors.spaced_repetition_question_stats`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> SpacedRepetitionQuestionStats:
        """Retrieve spaced repetition question statistics.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to retrieve
        statistics for.     mentor: The unique identifier of the mentor.  Returns:     Response:
        Statistics about the user's performance on spaced repetition questions.  Raises:
        NotFound: If the mentor or student does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            SpacedRepetitionQuestionStats
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.spaced_repetition_question_stats`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.spaced_repetition_question_stats`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse(
            self
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> SpacedRepetitionQuestionStats:
        """Retrieve spaced repetition question statistics.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to retrieve
        statistics for.     mentor: The unique identifier of the mentor.  Returns:     Response:
        Statistics about the user's performance on spaced repetition questions.  Raises:
        NotFound: If the mentor or student does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            SpacedRepetitionQuestionStats
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.spaced_repetition_question_stats`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
