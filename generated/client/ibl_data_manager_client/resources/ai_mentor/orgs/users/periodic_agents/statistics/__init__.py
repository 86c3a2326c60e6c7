"""`Client.ai_mentor.orgs.users.periodic_agents.statistics`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_periodic_agents_statistics_retrieve as _ai_mentor_orgs_users_periodic_agents_statistics_retrieve,
)
from .......models.periodic_agent_statistics import PeriodicAgentStatistics
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersPeriodicAgentsStatisticsResource",
    "AiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResource",
    "AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse",
]


class AiMentorOrgsUsersPeriodicAgentsStatisticsResource:
    """`Client.ai_mentor.orgs.users.periodic_agents.statistics`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentStatistics:
        """Retrieve statistics for periodic agents, including counts of succeeded and failed tasks.
        A task is considered failed if its latest log has a failed status, and succeeded if its
        latest log has a success status. Query parameters can be used for filtering.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (UUID | Unset, query)

        Returns:
            PeriodicAgentStatistics
        """
        return self._client._send(
            _ai_mentor_orgs_users_periodic_agents_statistics_retrieve.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_statistics_retrieve.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )


class AiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.periodic_agents.statistics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersPeriodicAgentsStatisticsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResource:
    """`AsyncClient.ai_mentor.orgs.users.periodic_agents.statistics`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentStatistics:
        """Retrieve statistics for periodic agents, including counts of succeeded and failed tasks.
        A task is considered failed if its latest log has a failed status, and succeeded if its
        latest log has a success status. Query parameters can be used for filtering.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (UUID | Unset, query)

        Returns:
            PeriodicAgentStatistics
        """
        return await self._client._send(
            _ai_mentor_orgs_users_periodic_agents_statistics_retrieve.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_statistics_retrieve.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.periodic_agents.statistics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
