"""`Client.ai_mentor.orgs.users.mentors.reports.mentor_eval_report`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve as _ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve,
)
from ........models.mentor_eval_report import MentorEvalReport

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsReportsMentorEvalReportResource",
    "AiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResource",
    "AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsReportsMentorEvalReportResource:
    """`Client.ai_mentor.orgs.users.mentors.reports.mentor_eval_report`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        report_id: int,
        **options: Unpack[RequestOptions],
    ) -> MentorEvalReport:
        """Retrieve a specific evaluation report.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.     user_id: The ID of the user making the request.
        mentor: The identifier of the mentor that was evaluated.     report_id: The ID of the
        evaluation report to retrieve.  Returns:     Response: The detailed evaluation report.
        Raises:     BadRequest: If the report does not exist, does not match the mentor, or is
        still being generated.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            report_id (int, path)

        Returns:
            MentorEvalReport
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor, report_id=report_id
            ),
            options,
        )


class AiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.reports.mentor_eval_report`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsReportsMentorEvalReportResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.reports.mentor_eval_report`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        report_id: int,
        **options: Unpack[RequestOptions],
    ) -> MentorEvalReport:
        """Retrieve a specific evaluation report.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.     user_id: The ID of the user making the request.
        mentor: The identifier of the mentor that was evaluated.     report_id: The ID of the
        evaluation report to retrieve.  Returns:     Response: The detailed evaluation report.
        Raises:     BadRequest: If the report does not exist, does not match the mentor, or is
        still being generated.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            report_id (int, path)

        Returns:
            MentorEvalReport
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor, report_id=report_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.reports.mentor_eval_report`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
