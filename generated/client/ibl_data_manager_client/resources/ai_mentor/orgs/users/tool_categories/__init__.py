"""`Client.ai_mentor.orgs.users.tool_categories`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_tool_categories_list as _ai_mentor_orgs_users_tool_categories_list,
)
from ......models.tool_category import ToolCategory

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersToolCategoriesResource",
    "AiMentorOrgsUsersToolCategoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersToolCategoriesResource",
    "AsyncAiMentorOrgsUsersToolCategoriesResourceWithRawResponse",
]


class AiMentorOrgsUsersToolCategoriesResource:
    """`Client.ai_mentor.orgs.users.tool_categories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersToolCategoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersToolCategoriesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[ToolCategory]:
        """Retrieve Tool Categories

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[ToolCategory]
        """
        return self._client._send(
            _ai_mentor_orgs_users_tool_categories_list.OPERATION,
            _ai_mentor_orgs_users_tool_categories_list.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersToolCategoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.tool_categories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersToolCategoriesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersToolCategoriesResource:
    """`AsyncClient.ai_mentor.orgs.users.tool_categories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersToolCategoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersToolCategoriesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[ToolCategory]:
        """Retrieve Tool Categories

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[ToolCategory]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_tool_categories_list.OPERATION,
            _ai_mentor_orgs_users_tool_categories_list.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersToolCategoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.tool_categories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersToolCategoriesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
