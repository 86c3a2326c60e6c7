"""`Client.ai_analytics.orgs.users.conversation`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_conversation_list as _ai_analytics_orgs_users_conversation_list,
)
from ......models.conversation_volume import ConversationVolume
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersConversationResource",
    "AiAnalyticsOrgsUsersConversationResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersConversationResource",
    "AsyncAiAnalyticsOrgsUsersConversationResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersConversationResource:
    """`Client.ai_analytics.orgs.users.conversation`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersConversationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersConversationResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ConversationVolume]:
        """Retrieve conversation volume data over time.  This endpoint returns data on the number
        of conversations that occurred within a specified date range, with options for different
        time aggregations (hourly, daily, weekly). Results can be filtered by mentor.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.     user_id: User identifier (not used in the implementation).  Returns:
        Response: Time series data of conversation counts.  Raises:     NotFound: If the
        specified organization does not exist.     BadRequest: If the provided parameters are
        invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD)
        - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.
        mentor_id (str): Filter by mentor unique ID.     aggregation (str): Time aggregation
        level (hourly, daily, weekly) - default: daily.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            list[ConversationVolume]
        """
        return self._client._send(
            _ai_analytics_orgs_users_conversation_list.OPERATION,
            _ai_analytics_orgs_users_conversation_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                mentor_id=mentor_id,
            ),
            options,
        )


class AiAnalyticsOrgsUsersConversationResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.conversation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersConversationResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersConversationResource:
    """`AsyncClient.ai_analytics.orgs.users.conversation`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersConversationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersConversationResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ConversationVolume]:
        """Retrieve conversation volume data over time.  This endpoint returns data on the number
        of conversations that occurred within a specified date range, with options for different
        time aggregations (hourly, daily, weekly). Results can be filtered by mentor.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.     user_id: User identifier (not used in the implementation).  Returns:
        Response: Time series data of conversation counts.  Raises:     NotFound: If the
        specified organization does not exist.     BadRequest: If the provided parameters are
        invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD)
        - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.
        mentor_id (str): Filter by mentor unique ID.     aggregation (str): Time aggregation
        level (hourly, daily, weekly) - default: daily.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            list[ConversationVolume]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_conversation_list.OPERATION,
            _ai_analytics_orgs_users_conversation_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                mentor_id=mentor_id,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersConversationResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.conversation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersConversationResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
