"""`Client.ai_mentor.orgs.users.periodic_agent_logs`: 2 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_periodic_agent_logs_list as _ai_mentor_orgs_users_periodic_agent_logs_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_periodic_agent_logs_retrieve as _ai_mentor_orgs_users_periodic_agent_logs_retrieve,
)
from ......models.ai_mentor_orgs_users_periodic_agent_logs_list_status import (
    AiMentorOrgsUsersPeriodicAgentLogsListStatus,
)
from ......models.paginated_periodic_agent_log_list import PaginatedPeriodicAgentLogList
from ......models.periodic_agent_log import PeriodicAgentLog
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersPeriodicAgentLogsResource",
    "AiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersPeriodicAgentLogsResource",
    "AsyncAiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse",
]


class AiMentorOrgsUsersPeriodicAgentLogsResource:
    """`Client.ai_mentor.orgs.users.periodic_agent_logs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPeriodicAgentLogList:
        """Endpoint to view logs for periodic agent runs.  These logs contain the full mentor
        output for each run for debugging. Logs are ordered from newest to oldest. However this
        can be changed.  You can also filter logs for a PeriodicAgent by passing the
        `periodic_agent` query parameter in the URL.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            parent_mentor_id (str | Unset, query)
            parent_session_id (str | Unset, query)
            periodic_agent (int | Unset, query)
            search (str | Unset, query)
            status (AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedPeriodicAgentLogList
        """
        return self._client._send(
            _ai_mentor_orgs_users_periodic_agent_logs_list.OPERATION,
            _ai_mentor_orgs_users_periodic_agent_logs_list.build_request(
                org=org,
                user_id=user_id,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                parent_mentor_id=parent_mentor_id,
                parent_session_id=parent_session_id,
                periodic_agent=periodic_agent,
                search=search,
                status=status,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[PeriodicAgentLog]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_periodic_agent_logs_list.OPERATION,
            _ai_mentor_orgs_users_periodic_agent_logs_list.build_request(
                org=org,
                user_id=user_id,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                parent_mentor_id=parent_mentor_id,
                parent_session_id=parent_session_id,
                periodic_agent=periodic_agent,
                search=search,
                status=status,
                username=username,
            ),
            _ai_mentor_orgs_users_periodic_agent_logs_list.PAGE,
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentLog:
        """Endpoint to view logs for periodic agent runs.  These logs contain the full mentor
        output for each run for debugging. Logs are ordered from newest to oldest. However this
        can be changed.  You can also filter logs for a PeriodicAgent by passing the
        `periodic_agent` query parameter in the URL.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            PeriodicAgentLog
        """
        return self._client._send(
            _ai_mentor_orgs_users_periodic_agent_logs_retrieve.OPERATION,
            _ai_mentor_orgs_users_periodic_agent_logs_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.periodic_agent_logs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersPeriodicAgentLogsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersPeriodicAgentLogsResource:
    """`AsyncClient.ai_mentor.orgs.users.periodic_agent_logs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPeriodicAgentLogList:
        """Endpoint to view logs for periodic agent runs.  These logs contain the full mentor
        output for each run for debugging. Logs are ordered from newest to oldest. However this
        can be changed.  You can also filter logs for a PeriodicAgent by passing the
        `periodic_agent` query parameter in the URL.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            parent_mentor_id (str | Unset, query)
            parent_session_id (str | Unset, query)
            periodic_agent (int | Unset, query)
            search (str | Unset, query)
            status (AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedPeriodicAgentLogList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_periodic_agent_logs_list.OPERATION,
            _ai_mentor_orgs_users_periodic_agent_logs_list.build_request(
                org=org,
                user_id=user_id,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                parent_mentor_id=parent_mentor_id,
                parent_session_id=parent_session_id,
                periodic_agent=periodic_agent,
                search=search,
                status=status,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[PeriodicAgentLog]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_periodic_agent_logs_list.OPERATION,
            _ai_mentor_orgs_users_periodic_agent_logs_list.build_request(
                org=org,
                user_id=user_id,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                parent_mentor_id=parent_mentor_id,
                parent_session_id=parent_session_id,
                periodic_agent=periodic_agent,
                search=search,
                status=status,
                username=username,
            ),
            _ai_mentor_orgs_users_periodic_agent_logs_list.PAGE,
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentLog:
        """Endpoint to view logs for periodic agent runs.  These logs contain the full mentor
        output for each run for debugging. Logs are ordered from newest to oldest. However this
        can be changed.  You can also filter logs for a PeriodicAgent by passing the
        `periodic_agent` query parameter in the URL.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            PeriodicAgentLog
        """
        return await self._client._send(
            _ai_mentor_orgs_users_periodic_agent_logs_retrieve.OPERATION,
            _ai_mentor_orgs_users_periodic_agent_logs_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.periodic_agent_logs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersPeriodicAgentLogsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
