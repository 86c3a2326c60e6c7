"""`Client.ai_mentor.orgs.users.mentors.reports`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .mentor_eval_report import (
        AiMentorOrgsUsersMentorsReportsMentorEvalReportResource,
        AiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResource,
        AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersMentorsReportsResource",
    "AiMentorOrgsUsersMentorsReportsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsReportsResource",
    "AsyncAiMentorOrgsUsersMentorsReportsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsReportsResource:
    """`Client.ai_mentor.orgs.users.mentors.reports`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsReportsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsReportsResourceWithRawResponse(self)

    @cached_property
    def mentor_eval_report(self) -> AiMentorOrgsUsersMentorsReportsMentorEvalReportResource:
        from .mentor_eval_report import AiMentorOrgsUsersMentorsReportsMentorEvalReportResource

        return AiMentorOrgsUsersMentorsReportsMentorEvalReportResource(self._client)


class AiMentorOrgsUsersMentorsReportsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.reports`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsReportsResource) -> None:
        self._resource = resource

    @cached_property
    def mentor_eval_report(
        self,
    ) -> AiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse:
        from .mentor_eval_report import (
            AiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse(
            self._resource.mentor_eval_report
        )


class AsyncAiMentorOrgsUsersMentorsReportsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.reports`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsReportsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsReportsResourceWithRawResponse(self)

    @cached_property
    def mentor_eval_report(self) -> AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResource:
        from .mentor_eval_report import AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResource

        return AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResource(self._client)


class AsyncAiMentorOrgsUsersMentorsReportsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.reports`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsReportsResource) -> None:
        self._resource = resource

    @cached_property
    def mentor_eval_report(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse:
        from .mentor_eval_report import (
            AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsReportsMentorEvalReportResourceWithRawResponse(
            self._resource.mentor_eval_report
        )
