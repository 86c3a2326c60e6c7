"""`Client.ai_mentor.orgs.users.memories`: 2 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memories_create as _ai_mentor_orgs_users_memories_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memories_list as _ai_mentor_orgs_users_memories_list,
)
from ......models.paginated_user_memory_list import PaginatedUserMemoryList
from ......models.user_memory import UserMemory
from ......models.user_memory_entry_request import UserMemoryEntryRequest
from ......models.user_memory_request import UserMemoryRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMemoriesResource",
    "AiMentorOrgsUsersMemoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMemoriesResource",
    "AsyncAiMentorOrgsUsersMemoriesResourceWithRawResponse",
]


class AiMentorOrgsUsersMemoriesResource:
    """`Client.ai_mentor.orgs.users.memories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMemoriesResourceWithRawResponse(self)

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
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList:
        """Retrieve a list of memories based on filter conditions.  Returns:     Response: A
        paginated list of memories.     Put your queries using the parameters in the query
        parameters. For example, to search a mentor's regular mode memory, use the following
        url:     ```     https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-u
        ser/memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa68279c40&mode=regular     ```  Raises:
        NotFound: If the query is invalid.

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

        Returns:
            PaginatedUserMemoryList
        """
        return self._client._send(
            _ai_mentor_orgs_users_memories_list.OPERATION,
            _ai_mentor_orgs_users_memories_list.build_request(
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
        **options: Unpack[RequestOptions],
    ) -> Iterator[UserMemory]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_memories_list.OPERATION,
            _ai_mentor_orgs_users_memories_list.build_request(
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
            ),
            _ai_mentor_orgs_users_memories_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        body: UserMemoryRequest,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        entries: list[UserMemoryEntryRequest],
        mode: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform: None | str | Unset = UNSET,
        mentor_unique_id: None | str | Unset = UNSET,
        session_id: None | str | Unset = UNSET,
        catalog_item_type: None | str | Unset = UNSET,
        catalog_item_id: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        body: UserMemoryRequest | Unset = UNSET,
        entries: list[UserMemoryEntryRequest] | Unset = UNSET,
        mode: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform: None | str | Unset = UNSET,
        mentor_unique_id: None | str | Unset = UNSET,
        session_id: None | str | Unset = UNSET,
        catalog_item_type: None | str | Unset = UNSET,
        catalog_item_id: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList:
        """Create memory

        Create memory using the request data

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            body (UserMemoryRequest, request body)
            Or the body's fields as keywords instead of body=: entries, mode, name, platform,
                mentor_unique_id, session_id, catalog_item_type, catalog_item_id, category

        Returns:
            PaginatedUserMemoryList
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.memories.create",
            body,
            UserMemoryRequest,
            ["entries"],
            (
                ("entries", "entries", entries),
                ("mode", "mode", mode),
                ("name", "name", name),
                ("platform", "platform", platform),
                ("mentor_unique_id", "mentor_unique_id", mentor_unique_id),
                ("session_id", "session_id", session_id),
                ("catalog_item_type", "catalog_item_type", catalog_item_type),
                ("catalog_item_id", "catalog_item_id", catalog_item_id),
                ("category", "category", category),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_memories_create.OPERATION,
            _ai_mentor_orgs_users_memories_create.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMemoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMemoriesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMemoriesResource:
    """`AsyncClient.ai_mentor.orgs.users.memories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMemoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMemoriesResourceWithRawResponse(self)

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
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList:
        """Retrieve a list of memories based on filter conditions.  Returns:     Response: A
        paginated list of memories.     Put your queries using the parameters in the query
        parameters. For example, to search a mentor's regular mode memory, use the following
        url:     ```     https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-u
        ser/memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa68279c40&mode=regular     ```  Raises:
        NotFound: If the query is invalid.

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

        Returns:
            PaginatedUserMemoryList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_memories_list.OPERATION,
            _ai_mentor_orgs_users_memories_list.build_request(
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
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[UserMemory]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_memories_list.OPERATION,
            _ai_mentor_orgs_users_memories_list.build_request(
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
            ),
            _ai_mentor_orgs_users_memories_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        body: UserMemoryRequest,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        entries: list[UserMemoryEntryRequest],
        mode: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform: None | str | Unset = UNSET,
        mentor_unique_id: None | str | Unset = UNSET,
        session_id: None | str | Unset = UNSET,
        catalog_item_type: None | str | Unset = UNSET,
        catalog_item_id: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        body: UserMemoryRequest | Unset = UNSET,
        entries: list[UserMemoryEntryRequest] | Unset = UNSET,
        mode: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        platform: None | str | Unset = UNSET,
        mentor_unique_id: None | str | Unset = UNSET,
        session_id: None | str | Unset = UNSET,
        catalog_item_type: None | str | Unset = UNSET,
        catalog_item_id: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserMemoryList:
        """Create memory

        Create memory using the request data

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            body (UserMemoryRequest, request body)
            Or the body's fields as keywords instead of body=: entries, mode, name, platform,
                mentor_unique_id, session_id, catalog_item_type, catalog_item_id, category

        Returns:
            PaginatedUserMemoryList
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.memories.create",
            body,
            UserMemoryRequest,
            ["entries"],
            (
                ("entries", "entries", entries),
                ("mode", "mode", mode),
                ("name", "name", name),
                ("platform", "platform", platform),
                ("mentor_unique_id", "mentor_unique_id", mentor_unique_id),
                ("session_id", "session_id", session_id),
                ("catalog_item_type", "catalog_item_type", catalog_item_type),
                ("catalog_item_id", "catalog_item_id", catalog_item_id),
                ("category", "category", category),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_memories_create.OPERATION,
            _ai_mentor_orgs_users_memories_create.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMemoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.memories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMemoriesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
