"""`Client.ai_mentor.orgs.mentors.email_inbox`: 2 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_email_inbox_list as _ai_mentor_orgs_mentors_email_inbox_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_email_inbox_retrieve as _ai_mentor_orgs_mentors_email_inbox_retrieve,
)
from ......models.email_prompt_detail import EmailPromptDetail
from ......models.email_prompt_list import EmailPromptList
from ......models.paginated_email_prompt_list_list import PaginatedEmailPromptListList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsMentorsEmailInboxResource",
    "AiMentorOrgsMentorsEmailInboxResourceWithRawResponse",
    "AsyncAiMentorOrgsMentorsEmailInboxResource",
    "AsyncAiMentorOrgsMentorsEmailInboxResourceWithRawResponse",
]


class AiMentorOrgsMentorsEmailInboxResource:
    """`Client.ai_mentor.orgs.mentors.email_inbox`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMentorsEmailInboxResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMentorsEmailInboxResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        mentor: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedEmailPromptListList:
        """Retrieve a list of emails in a mentor's inbox.  The list can be filtered using the
        'search' query parameter to search for specific terms in the email content or subject.
        Args:     mentor: The unique identifier of the mentor.  Returns:     Response: A
        paginated list of emails in the mentor's inbox.  Raises:     NotFound: If the specified
        mentor does not exist.

        Args:
            org (str, path)
            mentor (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedEmailPromptListList
        """
        return self._client._send(
            _ai_mentor_orgs_mentors_email_inbox_list.OPERATION,
            _ai_mentor_orgs_mentors_email_inbox_list.build_request(
                org=org, mentor=mentor, page=page, page_size=page_size, search=search
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        mentor: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[EmailPromptList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_mentors_email_inbox_list.OPERATION,
            _ai_mentor_orgs_mentors_email_inbox_list.build_request(
                org=org, mentor=mentor, page=page, page_size=page_size, search=search
            ),
            _ai_mentor_orgs_mentors_email_inbox_list.PAGE,
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        mentor: str,
        email_prompt_id: int,
        **options: Unpack[RequestOptions],
    ) -> EmailPromptDetail:
        """Retrieve details of a specific email in a mentor's inbox.  Args:     request: The HTTP
        request.     email_prompt_id: The ID of the email to retrieve.  Returns:     Response:
        The detailed information about the email.  Raises:     NotFound: If the specified email
        does not exist.

        Args:
            org (str, path)
            mentor (str, path)
            email_prompt_id (int, path)

        Returns:
            EmailPromptDetail
        """
        return self._client._send(
            _ai_mentor_orgs_mentors_email_inbox_retrieve.OPERATION,
            _ai_mentor_orgs_mentors_email_inbox_retrieve.build_request(
                org=org, mentor=mentor, email_prompt_id=email_prompt_id
            ),
            options,
        )


class AiMentorOrgsMentorsEmailInboxResourceWithRawResponse:
    """`Client.ai_mentor.orgs.mentors.email_inbox`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMentorsEmailInboxResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsMentorsEmailInboxResource:
    """`AsyncClient.ai_mentor.orgs.mentors.email_inbox`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsMentorsEmailInboxResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMentorsEmailInboxResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        mentor: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedEmailPromptListList:
        """Retrieve a list of emails in a mentor's inbox.  The list can be filtered using the
        'search' query parameter to search for specific terms in the email content or subject.
        Args:     mentor: The unique identifier of the mentor.  Returns:     Response: A
        paginated list of emails in the mentor's inbox.  Raises:     NotFound: If the specified
        mentor does not exist.

        Args:
            org (str, path)
            mentor (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedEmailPromptListList
        """
        return await self._client._send(
            _ai_mentor_orgs_mentors_email_inbox_list.OPERATION,
            _ai_mentor_orgs_mentors_email_inbox_list.build_request(
                org=org, mentor=mentor, page=page, page_size=page_size, search=search
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        mentor: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[EmailPromptList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_mentors_email_inbox_list.OPERATION,
            _ai_mentor_orgs_mentors_email_inbox_list.build_request(
                org=org, mentor=mentor, page=page, page_size=page_size, search=search
            ),
            _ai_mentor_orgs_mentors_email_inbox_list.PAGE,
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        mentor: str,
        email_prompt_id: int,
        **options: Unpack[RequestOptions],
    ) -> EmailPromptDetail:
        """Retrieve details of a specific email in a mentor's inbox.  Args:     request: The HTTP
        request.     email_prompt_id: The ID of the email to retrieve.  Returns:     Response:
        The detailed information about the email.  Raises:     NotFound: If the specified email
        does not exist.

        Args:
            org (str, path)
            mentor (str, path)
            email_prompt_id (int, path)

        Returns:
            EmailPromptDetail
        """
        return await self._client._send(
            _ai_mentor_orgs_mentors_email_inbox_retrieve.OPERATION,
            _ai_mentor_orgs_mentors_email_inbox_retrieve.build_request(
                org=org, mentor=mentor, email_prompt_id=email_prompt_id
            ),
            options,
        )


class AsyncAiMentorOrgsMentorsEmailInboxResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.mentors.email_inbox`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMentorsEmailInboxResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
