"""`Client.ai_mentor.orgs.mentors.email_inbox_summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_email_inbox_summary_retrieve as _ai_mentor_orgs_mentors_email_inbox_summary_retrieve,
)
from ......models.email_prompt_summary import EmailPromptSummary

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsMentorsEmailInboxSummaryResource",
    "AiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse",
    "AsyncAiMentorOrgsMentorsEmailInboxSummaryResource",
    "AsyncAiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse",
]


class AiMentorOrgsMentorsEmailInboxSummaryResource:
    """`Client.ai_mentor.orgs.mentors.email_inbox_summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> EmailPromptSummary:
        """Retrieve a summary of a mentor's email inbox.  Args:     request: The HTTP request.
        mentor: The unique identifier of the mentor.  Returns:     Response: A summary of the
        mentor's email inbox statistics.  Raises:     NotFound: If the specified mentor does not
        exist.

        Args:
            org (str, path)
            mentor (str, path)

        Returns:
            EmailPromptSummary
        """
        return self._client._send(
            _ai_mentor_orgs_mentors_email_inbox_summary_retrieve.OPERATION,
            _ai_mentor_orgs_mentors_email_inbox_summary_retrieve.build_request(
                org=org, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse:
    """`Client.ai_mentor.orgs.mentors.email_inbox_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMentorsEmailInboxSummaryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsMentorsEmailInboxSummaryResource:
    """`AsyncClient.ai_mentor.orgs.mentors.email_inbox_summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> EmailPromptSummary:
        """Retrieve a summary of a mentor's email inbox.  Args:     request: The HTTP request.
        mentor: The unique identifier of the mentor.  Returns:     Response: A summary of the
        mentor's email inbox statistics.  Raises:     NotFound: If the specified mentor does not
        exist.

        Args:
            org (str, path)
            mentor (str, path)

        Returns:
            EmailPromptSummary
        """
        return await self._client._send(
            _ai_mentor_orgs_mentors_email_inbox_summary_retrieve.OPERATION,
            _ai_mentor_orgs_mentors_email_inbox_summary_retrieve.build_request(
                org=org, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.mentors.email_inbox_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMentorsEmailInboxSummaryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
