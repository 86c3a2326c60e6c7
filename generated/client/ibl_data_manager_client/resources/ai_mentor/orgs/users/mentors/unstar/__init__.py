"""`Client.ai_mentor.orgs.users.mentors.unstar`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_unstar_create as _ai_mentor_orgs_users_mentors_unstar_create,
)
from .......models.star_mentor import StarMentor

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsUnstarResource",
    "AiMentorOrgsUsersMentorsUnstarResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsUnstarResource",
    "AsyncAiMentorOrgsUsersMentorsUnstarResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsUnstarResource:
    """`Client.ai_mentor.orgs.users.mentors.unstar`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsUnstarResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsUnstarResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> StarMentor:
        """Remove a mentor from a user's starred list.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user unstarring the
        mentor.     mentor: The identifier of the mentor to unstar.  Returns:     Response: The
        updated star status of the mentor.  Raises:     NotFound: If the specified mentor or
        student does not exist.     BadRequest: If the request is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            StarMentor
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_unstar_create.OPERATION,
            _ai_mentor_orgs_users_mentors_unstar_create.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersMentorsUnstarResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.unstar`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsUnstarResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsUnstarResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.unstar`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsUnstarResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsUnstarResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> StarMentor:
        """Remove a mentor from a user's starred list.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user unstarring the
        mentor.     mentor: The identifier of the mentor to unstar.  Returns:     Response: The
        updated star status of the mentor.  Raises:     NotFound: If the specified mentor or
        student does not exist.     BadRequest: If the request is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            StarMentor
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_unstar_create.OPERATION,
            _ai_mentor_orgs_users_mentors_unstar_create.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsUnstarResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.unstar`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsUnstarResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
