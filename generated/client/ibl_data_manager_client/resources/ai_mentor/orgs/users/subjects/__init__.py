"""`Client.ai_mentor.orgs.users.subjects`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_subjects_list as _ai_mentor_orgs_users_subjects_list,
)
from ......models.subject import Subject

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSubjectsResource",
    "AiMentorOrgsUsersSubjectsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSubjectsResource",
    "AsyncAiMentorOrgsUsersSubjectsResourceWithRawResponse",
]


class AiMentorOrgsUsersSubjectsResource:
    """`Client.ai_mentor.orgs.users.subjects`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSubjectsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSubjectsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[Subject]:
        """Retrieve Subjects

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[Subject]
        """
        return self._client._send(
            _ai_mentor_orgs_users_subjects_list.OPERATION,
            _ai_mentor_orgs_users_subjects_list.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersSubjectsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.subjects`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSubjectsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersSubjectsResource:
    """`AsyncClient.ai_mentor.orgs.users.subjects`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSubjectsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSubjectsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[Subject]:
        """Retrieve Subjects

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[Subject]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_subjects_list.OPERATION,
            _ai_mentor_orgs_users_subjects_list.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersSubjectsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.subjects`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSubjectsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
