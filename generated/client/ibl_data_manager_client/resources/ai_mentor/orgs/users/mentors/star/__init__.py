"""`Client.ai_mentor.orgs.users.mentors.star`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_star_create as _ai_mentor_orgs_users_mentors_star_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_star_retrieve as _ai_mentor_orgs_users_mentors_star_retrieve,
)
from .......models.star_mentor import StarMentor

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsStarResource",
    "AiMentorOrgsUsersMentorsStarResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsStarResource",
    "AsyncAiMentorOrgsUsersMentorsStarResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsStarResource:
    """`Client.ai_mentor.orgs.users.mentors.star`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsStarResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsStarResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> StarMentor:
        """Endpoint for getting the star status of a mentor.  Accessible to students and admins.
        Returns:      200: Star status.      400: When request is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            StarMentor
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_star_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_star_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> StarMentor:
        """Endpoint for starring a mentor.  Accessible to students and admins.   Returns:      200:
        Star status.      400: When request is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            StarMentor
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_star_create.OPERATION,
            _ai_mentor_orgs_users_mentors_star_create.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersMentorsStarResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.star`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsStarResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsStarResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.star`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsStarResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsStarResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> StarMentor:
        """Endpoint for getting the star status of a mentor.  Accessible to students and admins.
        Returns:      200: Star status.      400: When request is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            StarMentor
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_star_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_star_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> StarMentor:
        """Endpoint for starring a mentor.  Accessible to students and admins.   Returns:      200:
        Star status.      400: When request is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            StarMentor
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_star_create.OPERATION,
            _ai_mentor_orgs_users_mentors_star_create.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsStarResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.star`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsStarResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
