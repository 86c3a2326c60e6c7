"""`Client.ai_mentor.orgs.users.starred_mentors`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_starred_mentors_list as _ai_mentor_orgs_users_starred_mentors_list,
)
from ......models.star_mentor import StarMentor

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersStarredMentorsResource",
    "AiMentorOrgsUsersStarredMentorsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersStarredMentorsResource",
    "AsyncAiMentorOrgsUsersStarredMentorsResourceWithRawResponse",
]


class AiMentorOrgsUsersStarredMentorsResource:
    """`Client.ai_mentor.orgs.users.starred_mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersStarredMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersStarredMentorsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[StarMentor]:
        """Retrieve a list of mentors starred by a specific user.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user to
        retrieve starred mentors for.  Returns:     Response: A list of the user's starred
        mentors, sorted by most recently accessed.  Raises:     NotFound: If the specified
        student does not exist.     BadRequest: If the request is invalid.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[StarMentor]
        """
        return self._client._send(
            _ai_mentor_orgs_users_starred_mentors_list.OPERATION,
            _ai_mentor_orgs_users_starred_mentors_list.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersStarredMentorsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.starred_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersStarredMentorsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersStarredMentorsResource:
    """`AsyncClient.ai_mentor.orgs.users.starred_mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersStarredMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersStarredMentorsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[StarMentor]:
        """Retrieve a list of mentors starred by a specific user.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user to
        retrieve starred mentors for.  Returns:     Response: A list of the user's starred
        mentors, sorted by most recently accessed.  Raises:     NotFound: If the specified
        student does not exist.     BadRequest: If the request is invalid.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[StarMentor]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_starred_mentors_list.OPERATION,
            _ai_mentor_orgs_users_starred_mentors_list.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersStarredMentorsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.starred_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersStarredMentorsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
