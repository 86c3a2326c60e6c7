"""`Client.ai_mentor.orgs.users.mentors.fork`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_fork_create as _ai_mentor_orgs_users_mentors_fork_create,
)
from .......models.mentor import Mentor
from .......models.mentor_fork import MentorFork
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsForkResource",
    "AiMentorOrgsUsersMentorsForkResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsForkResource",
    "AsyncAiMentorOrgsUsersMentorsForkResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsForkResource:
    """`Client.ai_mentor.orgs.users.mentors.fork`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsForkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsForkResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorFork,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        new_mentor_name: str,
        destination_platform_key: str,
        clone_documents: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorFork | Unset = UNSET,
        new_mentor_name: str | Unset = UNSET,
        destination_platform_key: str | Unset = UNSET,
        clone_documents: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Fork (clone) an existing mentor.  Args:     request: The HTTP request containing the
        fork parameters.     org: The organization/tenant identifier.     mentor: The identifier
        of the mentor to fork.     user_id: The ID of the user initiating the fork.  Returns:
        Response: The newly created forked mentor.  Raises:     BadRequest: If the provided data
        is invalid or the fork operation fails.     NotFound: If the specified mentor does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorFork, request body)
            Or the body's fields as keywords instead of body=: new_mentor_name,
                destination_platform_key, clone_documents

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.fork.create",
            body,
            MentorFork,
            ["new_mentor_name", "destination_platform_key"],
            (
                ("new_mentor_name", "new_mentor_name", new_mentor_name),
                ("destination_platform_key", "destination_platform_key", destination_platform_key),
                ("clone_documents", "clone_documents", clone_documents),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_fork_create.OPERATION,
            _ai_mentor_orgs_users_mentors_fork_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsForkResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.fork`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsForkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsForkResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.fork`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsForkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsForkResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorFork,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        new_mentor_name: str,
        destination_platform_key: str,
        clone_documents: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorFork | Unset = UNSET,
        new_mentor_name: str | Unset = UNSET,
        destination_platform_key: str | Unset = UNSET,
        clone_documents: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Fork (clone) an existing mentor.  Args:     request: The HTTP request containing the
        fork parameters.     org: The organization/tenant identifier.     mentor: The identifier
        of the mentor to fork.     user_id: The ID of the user initiating the fork.  Returns:
        Response: The newly created forked mentor.  Raises:     BadRequest: If the provided data
        is invalid or the fork operation fails.     NotFound: If the specified mentor does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorFork, request body)
            Or the body's fields as keywords instead of body=: new_mentor_name,
                destination_platform_key, clone_documents

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.fork.create",
            body,
            MentorFork,
            ["new_mentor_name", "destination_platform_key"],
            (
                ("new_mentor_name", "new_mentor_name", new_mentor_name),
                ("destination_platform_key", "destination_platform_key", destination_platform_key),
                ("clone_documents", "clone_documents", clone_documents),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_fork_create.OPERATION,
            _ai_mentor_orgs_users_mentors_fork_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsForkResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.fork`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsForkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
