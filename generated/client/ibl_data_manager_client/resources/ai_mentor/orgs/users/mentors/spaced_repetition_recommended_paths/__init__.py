"""`Client.ai_mentor.orgs.users.mentors.spaced_repetition_recommended_paths`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list as _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update as _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update,
)
from .......models.question_card_tag import QuestionCardTag
from .......models.spaced_repetition_learning_path import SpacedRepetitionLearningPath
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource",
    "AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource",
    "AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource:
    """`Client.ai_mentor.orgs.users.mentors.spaced_repetition_recommended_paths`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> list[QuestionCardTag]:
        """Retrieve a list of learning paths associated with a specific mentor and student.  This
        endpoint uses the memory component to establish the learning context for a student under
        the guidance of a mentor. It verifies that the provided organization identifier matches
        the mentor's platform key, and then retrieves learning path tags associated with the
        student's question cards. Each tag is annotated with the total number of question cards
        and the count of cards with successful repetitions (i.e., correct answers). The learning
        paths are ordered by the number of correct answers and limited to the top five entries.
        Args:     request: The HTTP request containing the necessary context.     org (str): The
        organization identifier/platform key.     user_id (str): The username of the student.
        mentor (str): The unique identifier of the mentor.     *args: Additional positional
        arguments.     **kwargs: Additional keyword arguments.  Returns:     Resp200onse: memory
        component detail infomrmation  Raises:     NotFound: If the memory component for the
        specified mentor and student cannot be found,               or if the organization
        identifier does not match the mentor's platform key.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            list[QuestionCardTag]
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list.OPERATION,
            _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list.build_request(
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
        body: SpacedRepetitionLearningPath,
        **options: Unpack[RequestOptions],
    ) -> SpacedRepetitionLearningPath: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        learning_path: str,
        **options: Unpack[RequestOptions],
    ) -> SpacedRepetitionLearningPath: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: SpacedRepetitionLearningPath | Unset = UNSET,
        learning_path: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SpacedRepetitionLearningPath:
        """Set a specific learning path for spaced repetition.  Args:     request: The HTTP request
        containing the learning path.     org: The organization/tenant identifier.     user_id:
        The ID of the user to set the learning path for.     mentor: The unique identifier of
        the mentor.  Returns:     Response: The set learning path.  Raises:     BadRequest: If
        the provided data is invalid.     NotFound: If the learning path, mentor, or student
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (SpacedRepetitionLearningPath, request body)
            Or the body's fields as keywords instead of body=: learning_path

        Returns:
            SpacedRepetitionLearningPath
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.spaced_repetition_recommended_paths.update",
            body,
            SpacedRepetitionLearningPath,
            ["learning_path"],
            (("learning_path", "learning_path", learning_path),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update.OPERATION,
            _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.spaced_repetition_recommended_paths`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource
    ) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.spaced_repetition_recommended_paths`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse(
            self
        )

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> list[QuestionCardTag]:
        """Retrieve a list of learning paths associated with a specific mentor and student.  This
        endpoint uses the memory component to establish the learning context for a student under
        the guidance of a mentor. It verifies that the provided organization identifier matches
        the mentor's platform key, and then retrieves learning path tags associated with the
        student's question cards. Each tag is annotated with the total number of question cards
        and the count of cards with successful repetitions (i.e., correct answers). The learning
        paths are ordered by the number of correct answers and limited to the top five entries.
        Args:     request: The HTTP request containing the necessary context.     org (str): The
        organization identifier/platform key.     user_id (str): The username of the student.
        mentor (str): The unique identifier of the mentor.     *args: Additional positional
        arguments.     **kwargs: Additional keyword arguments.  Returns:     Resp200onse: memory
        component detail infomrmation  Raises:     NotFound: If the memory component for the
        specified mentor and student cannot be found,               or if the organization
        identifier does not match the mentor's platform key.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            list[QuestionCardTag]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list.OPERATION,
            _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list.build_request(
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
        body: SpacedRepetitionLearningPath,
        **options: Unpack[RequestOptions],
    ) -> SpacedRepetitionLearningPath: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        learning_path: str,
        **options: Unpack[RequestOptions],
    ) -> SpacedRepetitionLearningPath: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: SpacedRepetitionLearningPath | Unset = UNSET,
        learning_path: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SpacedRepetitionLearningPath:
        """Set a specific learning path for spaced repetition.  Args:     request: The HTTP request
        containing the learning path.     org: The organization/tenant identifier.     user_id:
        The ID of the user to set the learning path for.     mentor: The unique identifier of
        the mentor.  Returns:     Response: The set learning path.  Raises:     BadRequest: If
        the provided data is invalid.     NotFound: If the learning path, mentor, or student
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (SpacedRepetitionLearningPath, request body)
            Or the body's fields as keywords instead of body=: learning_path

        Returns:
            SpacedRepetitionLearningPath
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.spaced_repetition_recommended_paths.update",
            body,
            SpacedRepetitionLearningPath,
            ["learning_path"],
            (("learning_path", "learning_path", learning_path),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update.OPERATION,
            _ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.spaced_repetition_recommended_paths`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource
    ) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.update = async_to_raw_response(resource.update)
