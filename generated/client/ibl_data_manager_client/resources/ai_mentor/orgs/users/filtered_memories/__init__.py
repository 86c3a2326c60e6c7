"""`Client.ai_mentor.orgs.users.filtered_memories`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_filtered_memories_list as _ai_mentor_orgs_users_filtered_memories_list,
)
from ......models.paginated_user_memory_list import PaginatedUserMemoryList
from ......models.user_memory import UserMemory
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersFilteredMemoriesResource",
    "AiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersFilteredMemoriesResource",
    "AsyncAiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse",
]


class AiMentorOrgsUsersFilteredMemoriesResource:
    """`Client.ai_mentor.orgs.users.filtered_memories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        category: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        mode: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        session: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList:
        """Retrieve a list of memories based on filter conditions. Only accessible to tenant
        admins.  Returns:     Response: A paginated list of memories.     Put your queries using
        the parameters in the query parameters. For example, to search a mentor's regular mode
        memory, use the following url:     ```     https://base.manager.iblai.app/api/ai-mentor/
        orgs/your-org/users/your-user/filtered-memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa6827
        9c40&mode=regular&username=another-user     ```  Raises:     NotFound: If the query is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            category (str | Unset, query)
            end_date (str | Unset, query)
            mentor (str | Unset, query)
            mode (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform (str | Unset, query)
            session (str | Unset, query)
            start_date (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedUserMemoryList
        """
        return self._client._send(
            _ai_mentor_orgs_users_filtered_memories_list.OPERATION,
            _ai_mentor_orgs_users_filtered_memories_list.build_request(
                org=org,
                user_id=user_id,
                category=category,
                end_date=end_date,
                mentor=mentor,
                mode=mode,
                page=page,
                page_size=page_size,
                platform=platform,
                session=session,
                start_date=start_date,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        category: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        mode: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        session: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[UserMemory]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_filtered_memories_list.OPERATION,
            _ai_mentor_orgs_users_filtered_memories_list.build_request(
                org=org,
                user_id=user_id,
                category=category,
                end_date=end_date,
                mentor=mentor,
                mode=mode,
                page=page,
                page_size=page_size,
                platform=platform,
                session=session,
                start_date=start_date,
                username=username,
            ),
            _ai_mentor_orgs_users_filtered_memories_list.PAGE,
            options,
        )


class AiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.filtered_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersFilteredMemoriesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersFilteredMemoriesResource:
    """`AsyncClient.ai_mentor.orgs.users.filtered_memories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        category: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        mode: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        session: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList:
        """Retrieve a list of memories based on filter conditions. Only accessible to tenant
        admins.  Returns:     Response: A paginated list of memories.     Put your queries using
        the parameters in the query parameters. For example, to search a mentor's regular mode
        memory, use the following url:     ```     https://base.manager.iblai.app/api/ai-mentor/
        orgs/your-org/users/your-user/filtered-memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa6827
        9c40&mode=regular&username=another-user     ```  Raises:     NotFound: If the query is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            category (str | Unset, query)
            end_date (str | Unset, query)
            mentor (str | Unset, query)
            mode (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform (str | Unset, query)
            session (str | Unset, query)
            start_date (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedUserMemoryList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_filtered_memories_list.OPERATION,
            _ai_mentor_orgs_users_filtered_memories_list.build_request(
                org=org,
                user_id=user_id,
                category=category,
                end_date=end_date,
                mentor=mentor,
                mode=mode,
                page=page,
                page_size=page_size,
                platform=platform,
                session=session,
                start_date=start_date,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        category: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        mode: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        session: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[UserMemory]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_filtered_memories_list.OPERATION,
            _ai_mentor_orgs_users_filtered_memories_list.build_request(
                org=org,
                user_id=user_id,
                category=category,
                end_date=end_date,
                mentor=mentor,
                mode=mode,
                page=page,
                page_size=page_size,
                platform=platform,
                session=session,
                start_date=start_date,
                username=username,
            ),
            _ai_mentor_orgs_users_filtered_memories_list.PAGE,
            options,
        )


class AsyncAiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.filtered_memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersFilteredMemoriesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
