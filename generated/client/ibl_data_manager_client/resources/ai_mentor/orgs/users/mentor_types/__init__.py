"""`Client.ai_mentor.orgs.users.mentor_types`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_types_list as _ai_mentor_orgs_users_mentor_types_list,
)
from ......models.mentor_type import MentorType

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorTypesResource",
    "AiMentorOrgsUsersMentorTypesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorTypesResource",
    "AsyncAiMentorOrgsUsersMentorTypesResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorTypesResource:
    """`Client.ai_mentor.orgs.users.mentor_types`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorTypesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorTypesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[MentorType]:
        """Retrieve Mentor Types

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[MentorType]
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_types_list.OPERATION,
            _ai_mentor_orgs_users_mentor_types_list.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersMentorTypesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor_types`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorTypesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersMentorTypesResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor_types`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorTypesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorTypesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[MentorType]:
        """Retrieve Mentor Types

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[MentorType]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_types_list.OPERATION,
            _ai_mentor_orgs_users_mentor_types_list.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersMentorTypesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor_types`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorTypesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
