"""`Client.ai_mentor.orgs.users.moderation_logs`: 3 operations."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_moderation_logs_destroy as _ai_mentor_orgs_users_moderation_logs_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_moderation_logs_list as _ai_mentor_orgs_users_moderation_logs_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_moderation_logs_retrieve as _ai_mentor_orgs_users_moderation_logs_retrieve,
)
from ......models.ai_mentor_orgs_users_moderation_logs_list_target_system import (
    AiMentorOrgsUsersModerationLogsListTargetSystem,
)
from ......models.moderation_log import ModerationLog
from ......models.paginated_moderation_log_list import PaginatedModerationLogList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersModerationLogsResource",
    "AiMentorOrgsUsersModerationLogsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersModerationLogsResource",
    "AsyncAiMentorOrgsUsersModerationLogsResourceWithRawResponse",
]


class AiMentorOrgsUsersModerationLogsResource:
    """`Client.ai_mentor.orgs.users.moderation_logs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersModerationLogsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersModerationLogsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_time: datetime.datetime | Unset = UNSET,
        mentor: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedModerationLogList:
        """Endpoint to view and delete Moderation Logs for a tenant.  These can be filtered by
        username, platform_key and  mentor id   A search query can be conducted to search
        through the prompts and reason for the moderation catch event.

        Args:
            org (str, path)
            user_id (str, path)
            end_time (datetime.datetime | Unset, query)
            mentor (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            start_time (datetime.datetime | Unset, query)
            target_system (AiMentorOrgsUsersModerationLogsListTargetSystem | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedModerationLogList
        """
        return self._client._send(
            _ai_mentor_orgs_users_moderation_logs_list.OPERATION,
            _ai_mentor_orgs_users_moderation_logs_list.build_request(
                org=org,
                user_id=user_id,
                end_time=end_time,
                mentor=mentor,
                ordering=ordering,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                search=search,
                start_time=start_time,
                target_system=target_system,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        end_time: datetime.datetime | Unset = UNSET,
        mentor: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ModerationLog]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_moderation_logs_list.OPERATION,
            _ai_mentor_orgs_users_moderation_logs_list.build_request(
                org=org,
                user_id=user_id,
                end_time=end_time,
                mentor=mentor,
                ordering=ordering,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                search=search,
                start_time=start_time,
                target_system=target_system,
                username=username,
            ),
            _ai_mentor_orgs_users_moderation_logs_list.PAGE,
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to view and delete Moderation Logs for a tenant.  These can be filtered by
        username, platform_key and  mentor id   A search query can be conducted to search
        through the prompts and reason for the moderation catch event.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_moderation_logs_destroy.OPERATION,
            _ai_mentor_orgs_users_moderation_logs_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ModerationLog:
        """Endpoint to view and delete Moderation Logs for a tenant.  These can be filtered by
        username, platform_key and  mentor id   A search query can be conducted to search
        through the prompts and reason for the moderation catch event.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            ModerationLog
        """
        return self._client._send(
            _ai_mentor_orgs_users_moderation_logs_retrieve.OPERATION,
            _ai_mentor_orgs_users_moderation_logs_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersModerationLogsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.moderation_logs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersModerationLogsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersModerationLogsResource:
    """`AsyncClient.ai_mentor.orgs.users.moderation_logs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersModerationLogsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersModerationLogsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_time: datetime.datetime | Unset = UNSET,
        mentor: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedModerationLogList:
        """Endpoint to view and delete Moderation Logs for a tenant.  These can be filtered by
        username, platform_key and  mentor id   A search query can be conducted to search
        through the prompts and reason for the moderation catch event.

        Args:
            org (str, path)
            user_id (str, path)
            end_time (datetime.datetime | Unset, query)
            mentor (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            start_time (datetime.datetime | Unset, query)
            target_system (AiMentorOrgsUsersModerationLogsListTargetSystem | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedModerationLogList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_moderation_logs_list.OPERATION,
            _ai_mentor_orgs_users_moderation_logs_list.build_request(
                org=org,
                user_id=user_id,
                end_time=end_time,
                mentor=mentor,
                ordering=ordering,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                search=search,
                start_time=start_time,
                target_system=target_system,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        end_time: datetime.datetime | Unset = UNSET,
        mentor: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ModerationLog]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_moderation_logs_list.OPERATION,
            _ai_mentor_orgs_users_moderation_logs_list.build_request(
                org=org,
                user_id=user_id,
                end_time=end_time,
                mentor=mentor,
                ordering=ordering,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                search=search,
                start_time=start_time,
                target_system=target_system,
                username=username,
            ),
            _ai_mentor_orgs_users_moderation_logs_list.PAGE,
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to view and delete Moderation Logs for a tenant.  These can be filtered by
        username, platform_key and  mentor id   A search query can be conducted to search
        through the prompts and reason for the moderation catch event.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_moderation_logs_destroy.OPERATION,
            _ai_mentor_orgs_users_moderation_logs_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> ModerationLog:
        """Endpoint to view and delete Moderation Logs for a tenant.  These can be filtered by
        username, platform_key and  mentor id   A search query can be conducted to search
        through the prompts and reason for the moderation catch event.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            ModerationLog
        """
        return await self._client._send(
            _ai_mentor_orgs_users_moderation_logs_retrieve.OPERATION,
            _ai_mentor_orgs_users_moderation_logs_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersModerationLogsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.moderation_logs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersModerationLogsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
