"""`Client.ai_mentor.orgs.users.mentors.summaries`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_summaries_retrieve as _ai_mentor_orgs_users_mentors_summaries_retrieve,
)
from .......models.mentor_summary import MentorSummary

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsSummariesResource",
    "AiMentorOrgsUsersMentorsSummariesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsSummariesResource",
    "AsyncAiMentorOrgsUsersMentorsSummariesResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsSummariesResource:
    """`Client.ai_mentor.orgs.users.mentors.summaries`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsSummariesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsSummariesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        summary_type: str,
        **options: Unpack[RequestOptions],
    ) -> MentorSummary:
        """GET `/api/orgs/<platform_key>/users/<username>/mentors/<mentor_unique_id>/summaries/<sum
        mary_type>/`  Endpoint to get mentor summary. The summary type can be `user` or
        `general`.  Sample response: ``` {\"rating\": 3.9, \"summary\": \"The mentor had a good
        chat.\"} ```

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            summary_type (str, path)

        Returns:
            MentorSummary
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_summaries_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_summaries_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor, summary_type=summary_type
            ),
            options,
        )


class AiMentorOrgsUsersMentorsSummariesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.summaries`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsSummariesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorsSummariesResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.summaries`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsSummariesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsSummariesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        summary_type: str,
        **options: Unpack[RequestOptions],
    ) -> MentorSummary:
        """GET `/api/orgs/<platform_key>/users/<username>/mentors/<mentor_unique_id>/summaries/<sum
        mary_type>/`  Endpoint to get mentor summary. The summary type can be `user` or
        `general`.  Sample response: ``` {\"rating\": 3.9, \"summary\": \"The mentor had a good
        chat.\"} ```

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            summary_type (str, path)

        Returns:
            MentorSummary
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_summaries_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_summaries_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor, summary_type=summary_type
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsSummariesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.summaries`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsSummariesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
