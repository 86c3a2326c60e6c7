"""`Client.ai_mentor.orgs.users.recently_accessed_mentors`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_recently_accessed_mentors_list as _ai_mentor_orgs_users_recently_accessed_mentors_list,
)
from ......models.recently_accessed_mentor import RecentlyAccessedMentor

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersRecentlyAccessedMentorsResource",
    "AiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResource",
    "AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse",
]


class AiMentorOrgsUsersRecentlyAccessedMentorsResource:
    """`Client.ai_mentor.orgs.users.recently_accessed_mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[RecentlyAccessedMentor]:
        """Endpoint for listing most recently accessed mentors.  Accessible to students and admins.
        Returns:      200: List of most recently accessed mentors.      400: When request is not
        valid.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[RecentlyAccessedMentor]
        """
        return self._client._send(
            _ai_mentor_orgs_users_recently_accessed_mentors_list.OPERATION,
            _ai_mentor_orgs_users_recently_accessed_mentors_list.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.recently_accessed_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersRecentlyAccessedMentorsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResource:
    """`AsyncClient.ai_mentor.orgs.users.recently_accessed_mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[RecentlyAccessedMentor]:
        """Endpoint for listing most recently accessed mentors.  Accessible to students and admins.
        Returns:      200: List of most recently accessed mentors.      400: When request is not
        valid.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[RecentlyAccessedMentor]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_recently_accessed_mentors_list.OPERATION,
            _ai_mentor_orgs_users_recently_accessed_mentors_list.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.recently_accessed_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
