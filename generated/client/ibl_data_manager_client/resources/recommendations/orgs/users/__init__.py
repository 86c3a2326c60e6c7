"""`Client.recommendations.orgs.users`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.recommendations import (
    recommendations_orgs_users_retrieve as _recommendations_orgs_users_retrieve,
)
from .....models.recommendation_search_api import RecommendationSearchAPI

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "RecommendationsOrgsUsersResource",
    "RecommendationsOrgsUsersResourceWithRawResponse",
    "AsyncRecommendationsOrgsUsersResource",
    "AsyncRecommendationsOrgsUsersResourceWithRawResponse",
]


class RecommendationsOrgsUsersResource:
    """`Client.recommendations.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecommendationsOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RecommendationsOrgsUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> RecommendationSearchAPI:
        """API endpoint that returns a search api url prepopulated with context data See
        http://localhost:8000/api/schema/swagger-ui/#/recommendations

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            RecommendationSearchAPI
        """
        return self._client._send(
            _recommendations_orgs_users_retrieve.OPERATION,
            _recommendations_orgs_users_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class RecommendationsOrgsUsersResourceWithRawResponse:
    """`Client.recommendations.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RecommendationsOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncRecommendationsOrgsUsersResource:
    """`AsyncClient.recommendations.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecommendationsOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRecommendationsOrgsUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> RecommendationSearchAPI:
        """API endpoint that returns a search api url prepopulated with context data See
        http://localhost:8000/api/schema/swagger-ui/#/recommendations

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            RecommendationSearchAPI
        """
        return await self._client._send(
            _recommendations_orgs_users_retrieve.OPERATION,
            _recommendations_orgs_users_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncRecommendationsOrgsUsersResourceWithRawResponse:
    """`AsyncClient.recommendations.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRecommendationsOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
