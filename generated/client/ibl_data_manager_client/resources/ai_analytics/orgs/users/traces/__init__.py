"""`Client.ai_analytics.orgs.users.traces`: 2 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_traces_list as _ai_analytics_orgs_users_traces_list,
)
from ......api.ai_analytics import (
    ai_analytics_orgs_users_traces_retrieve as _ai_analytics_orgs_users_traces_retrieve,
)
from ......models.paginated_trace_list import PaginatedTraceList
from ......models.trace import Trace
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersTracesResource",
    "AiAnalyticsOrgsUsersTracesResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersTracesResource",
    "AsyncAiAnalyticsOrgsUsersTracesResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersTracesResource:
    """`Client.ai_analytics.orgs.users.traces`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersTracesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersTracesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedTraceList:
        """Viewset for retrieving and listing Langfuse traces.  This viewset provides read-only
        access to Langfuse traces data for platform admins. Traces represent high-level tracking
        of user interactions and AI responses.  Permissions:     - Restricted to platform
        administrators only

        Args:
            org (str, path)
            user_id (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedTraceList
        """
        return self._client._send(
            _ai_analytics_orgs_users_traces_list.OPERATION,
            _ai_analytics_orgs_users_traces_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Trace]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_analytics_orgs_users_traces_list.OPERATION,
            _ai_analytics_orgs_users_traces_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
            ),
            _ai_analytics_orgs_users_traces_list.PAGE,
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Trace:
        """Viewset for retrieving and listing Langfuse traces.  This viewset provides read-only
        access to Langfuse traces data for platform admins. Traces represent high-level tracking
        of user interactions and AI responses.  Permissions:     - Restricted to platform
        administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)

        Returns:
            Trace
        """
        return self._client._send(
            _ai_analytics_orgs_users_traces_retrieve.OPERATION,
            _ai_analytics_orgs_users_traces_retrieve.build_request(org=org, user_id=user_id, id=id),
            options,
        )


class AiAnalyticsOrgsUsersTracesResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.traces`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersTracesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersTracesResource:
    """`AsyncClient.ai_analytics.orgs.users.traces`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersTracesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersTracesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedTraceList:
        """Viewset for retrieving and listing Langfuse traces.  This viewset provides read-only
        access to Langfuse traces data for platform admins. Traces represent high-level tracking
        of user interactions and AI responses.  Permissions:     - Restricted to platform
        administrators only

        Args:
            org (str, path)
            user_id (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedTraceList
        """
        return await self._client._send(
            _ai_analytics_orgs_users_traces_list.OPERATION,
            _ai_analytics_orgs_users_traces_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Trace]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_analytics_orgs_users_traces_list.OPERATION,
            _ai_analytics_orgs_users_traces_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
            ),
            _ai_analytics_orgs_users_traces_list.PAGE,
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Trace:
        """Viewset for retrieving and listing Langfuse traces.  This viewset provides read-only
        access to Langfuse traces data for platform admins. Traces represent high-level tracking
        of user interactions and AI responses.  Permissions:     - Restricted to platform
        administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)

        Returns:
            Trace
        """
        return await self._client._send(
            _ai_analytics_orgs_users_traces_retrieve.OPERATION,
            _ai_analytics_orgs_users_traces_retrieve.build_request(org=org, user_id=user_id, id=id),
            options,
        )


class AsyncAiAnalyticsOrgsUsersTracesResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.traces`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersTracesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
