"""`Client.ai_mentor.orgs.users.session_detail.mentors`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_session_detail_mentors_list as _ai_mentor_orgs_users_session_detail_mentors_list,
)
from .......models.session_detail import SessionDetail
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionDetailMentorsResource",
    "AiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionDetailMentorsResource",
    "AsyncAiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionDetailMentorsResource:
    """`Client.ai_mentor.orgs.users.session_detail.mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SessionDetail]:
        """Retrieve session details including message counts and timestamps.  Query Parameters:
        page (optional, int): Page number for pagination.  Returns:     - 200: Paginated list of
        session details.     - 404: Session not found.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            page (int | Unset, query)

        Returns:
            list[SessionDetail]
        """
        return self._client._send(
            _ai_mentor_orgs_users_session_detail_mentors_list.OPERATION,
            _ai_mentor_orgs_users_session_detail_mentors_list.build_request(
                org=org, user_id=user_id, mentor=mentor, page=page
            ),
            options,
        )


class AiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.session_detail.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionDetailMentorsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersSessionDetailMentorsResource:
    """`AsyncClient.ai_mentor.orgs.users.session_detail.mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SessionDetail]:
        """Retrieve session details including message counts and timestamps.  Query Parameters:
        page (optional, int): Page number for pagination.  Returns:     - 200: Paginated list of
        session details.     - 404: Session not found.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            page (int | Unset, query)

        Returns:
            list[SessionDetail]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_session_detail_mentors_list.OPERATION,
            _ai_mentor_orgs_users_session_detail_mentors_list.build_request(
                org=org, user_id=user_id, mentor=mentor, page=page
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionDetailMentorsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.session_detail.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionDetailMentorsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
