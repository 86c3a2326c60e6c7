"""`Client.ai_analytics.orgs.users.observations`: 2 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_observations_list as _ai_analytics_orgs_users_observations_list,
)
from ......api.ai_analytics import (
    ai_analytics_orgs_users_observations_retrieve as _ai_analytics_orgs_users_observations_retrieve,
)
from ......models.observation import Observation
from ......models.paginated_observation_list import PaginatedObservationList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersObservationsResource",
    "AiAnalyticsOrgsUsersObservationsResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersObservationsResource",
    "AsyncAiAnalyticsOrgsUsersObservationsResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersObservationsResource:
    """`Client.ai_analytics.orgs.users.observations`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersObservationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersObservationsResourceWithRawResponse(self)

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
    ) -> PaginatedObservationList:
        """Viewset for retrieving and listing Langfuse observations.  This viewset provides
        read-only access to Langfuse observations data for platform admins. Observations
        represent detailed tracking of AI model interactions and responses.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedObservationList
        """
        return self._client._send(
            _ai_analytics_orgs_users_observations_list.OPERATION,
            _ai_analytics_orgs_users_observations_list.build_request(
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
    ) -> Iterator[Observation]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_analytics_orgs_users_observations_list.OPERATION,
            _ai_analytics_orgs_users_observations_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
            ),
            _ai_analytics_orgs_users_observations_list.PAGE,
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Observation:
        """Viewset for retrieving and listing Langfuse observations.  This viewset provides
        read-only access to Langfuse observations data for platform admins. Observations
        represent detailed tracking of AI model interactions and responses.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)

        Returns:
            Observation
        """
        return self._client._send(
            _ai_analytics_orgs_users_observations_retrieve.OPERATION,
            _ai_analytics_orgs_users_observations_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiAnalyticsOrgsUsersObservationsResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.observations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersObservationsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersObservationsResource:
    """`AsyncClient.ai_analytics.orgs.users.observations`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersObservationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersObservationsResourceWithRawResponse(self)

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
    ) -> PaginatedObservationList:
        """Viewset for retrieving and listing Langfuse observations.  This viewset provides
        read-only access to Langfuse observations data for platform admins. Observations
        represent detailed tracking of AI model interactions and responses.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedObservationList
        """
        return await self._client._send(
            _ai_analytics_orgs_users_observations_list.OPERATION,
            _ai_analytics_orgs_users_observations_list.build_request(
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
    ) -> AsyncIterator[Observation]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_analytics_orgs_users_observations_list.OPERATION,
            _ai_analytics_orgs_users_observations_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
            ),
            _ai_analytics_orgs_users_observations_list.PAGE,
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Observation:
        """Viewset for retrieving and listing Langfuse observations.  This viewset provides
        read-only access to Langfuse observations data for platform admins. Observations
        represent detailed tracking of AI model interactions and responses.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)

        Returns:
            Observation
        """
        return await self._client._send(
            _ai_analytics_orgs_users_observations_retrieve.OPERATION,
            _ai_analytics_orgs_users_observations_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersObservationsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.observations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersObservationsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
