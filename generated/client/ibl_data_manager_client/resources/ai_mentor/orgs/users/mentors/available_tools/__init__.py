"""`Client.ai_mentor.orgs.users.mentors.available_tools`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_available_tools_list as _ai_mentor_orgs_users_mentors_available_tools_list,
)
from .......models.tool_response import ToolResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsAvailableToolsResource",
    "AiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsAvailableToolsResource",
    "AsyncAiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsAvailableToolsResource:
    """`Client.ai_mentor.orgs.users.mentors.available_tools`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ToolResponse]:
        """Retrieve tools available for a particular mentor. The 'is_allowed' field indicates
        whether the tool is compatible with the mentor's current LLM configuration.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            list[ToolResponse]
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_available_tools_list.OPERATION,
            _ai_mentor_orgs_users_mentors_available_tools_list.build_request(
                org=org, user_id=user_id, mentor=mentor, ordering=ordering, search=search
            ),
            options,
        )


class AiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.available_tools`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsAvailableToolsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersMentorsAvailableToolsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.available_tools`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ToolResponse]:
        """Retrieve tools available for a particular mentor. The 'is_allowed' field indicates
        whether the tool is compatible with the mentor's current LLM configuration.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            list[ToolResponse]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_available_tools_list.OPERATION,
            _ai_mentor_orgs_users_mentors_available_tools_list.build_request(
                org=org, user_id=user_id, mentor=mentor, ordering=ordering, search=search
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.available_tools`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsAvailableToolsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
