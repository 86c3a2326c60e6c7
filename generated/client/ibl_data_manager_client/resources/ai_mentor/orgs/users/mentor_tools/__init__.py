"""`Client.ai_mentor.orgs.users.mentor_tools`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_tools_list as _ai_mentor_orgs_users_mentor_tools_list,
)
from ......models.tool_response import ToolResponse

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorToolsResource",
    "AiMentorOrgsUsersMentorToolsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorToolsResource",
    "AsyncAiMentorOrgsUsersMentorToolsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorToolsResource:
    """`Client.ai_mentor.orgs.users.mentor_tools`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorToolsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorToolsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[ToolResponse]:
        """Retrieve the list of available mentor tools.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[ToolResponse]
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_tools_list.OPERATION,
            _ai_mentor_orgs_users_mentor_tools_list.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersMentorToolsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor_tools`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorToolsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersMentorToolsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor_tools`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorToolsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorToolsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[ToolResponse]:
        """Retrieve the list of available mentor tools.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[ToolResponse]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_tools_list.OPERATION,
            _ai_mentor_orgs_users_mentor_tools_list.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersMentorToolsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor_tools`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorToolsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
