"""`Client.ai_mentor.orgs.users.available_template_mentors`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_available_template_mentors_retrieve as _ai_mentor_orgs_users_available_template_mentors_retrieve,
)
from ......models.template_mentor import TemplateMentor

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersAvailableTemplateMentorsResource",
    "AiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersAvailableTemplateMentorsResource",
    "AsyncAiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse",
]


class AiMentorOrgsUsersAvailableTemplateMentorsResource:
    """`Client.ai_mentor.orgs.users.available_template_mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TemplateMentor:
        """This endpoint list available template mentors for a tenant  Returns:      200 : List of
        Template Mentors

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TemplateMentor
        """
        return self._client._send(
            _ai_mentor_orgs_users_available_template_mentors_retrieve.OPERATION,
            _ai_mentor_orgs_users_available_template_mentors_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.available_template_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersAvailableTemplateMentorsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersAvailableTemplateMentorsResource:
    """`AsyncClient.ai_mentor.orgs.users.available_template_mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TemplateMentor:
        """This endpoint list available template mentors for a tenant  Returns:      200 : List of
        Template Mentors

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TemplateMentor
        """
        return await self._client._send(
            _ai_mentor_orgs_users_available_template_mentors_retrieve.OPERATION,
            _ai_mentor_orgs_users_available_template_mentors_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.available_template_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersAvailableTemplateMentorsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
