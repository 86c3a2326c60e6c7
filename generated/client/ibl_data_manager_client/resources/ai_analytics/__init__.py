"""`Client.ai_analytics`: 9 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .audience import (
        AiAnalyticsAudienceResource,
        AiAnalyticsAudienceResourceWithRawResponse,
        AsyncAiAnalyticsAudienceResource,
        AsyncAiAnalyticsAudienceResourceWithRawResponse,
    )
    from .costs import (
        AiAnalyticsCostsResource,
        AiAnalyticsCostsResourceWithRawResponse,
        AsyncAiAnalyticsCostsResource,
        AsyncAiAnalyticsCostsResourceWithRawResponse,
    )
    from .departments import (
        AiAnalyticsDepartmentsResource,
        AiAnalyticsDepartmentsResourceWithRawResponse,
        AsyncAiAnalyticsDepartmentsResource,
        AsyncAiAnalyticsDepartmentsResourceWithRawResponse,
    )
    from .engagement import (
        AiAnalyticsEngagementResource,
        AiAnalyticsEngagementResourceWithRawResponse,
        AsyncAiAnalyticsEngagementResource,
        AsyncAiAnalyticsEngagementResourceWithRawResponse,
    )
    from .orgs import (
        AiAnalyticsOrgsResource,
        AiAnalyticsOrgsResourceWithRawResponse,
        AsyncAiAnalyticsOrgsResource,
        AsyncAiAnalyticsOrgsResourceWithRawResponse,
    )
    from .overview import (
        AiAnalyticsOverviewResource,
        AiAnalyticsOverviewResourceWithRawResponse,
        AsyncAiAnalyticsOverviewResource,
        AsyncAiAnalyticsOverviewResourceWithRawResponse,
    )
    from .performance import (
        AiAnalyticsPerformanceResource,
        AiAnalyticsPerformanceResourceWithRawResponse,
        AsyncAiAnalyticsPerformanceResource,
        AsyncAiAnalyticsPerformanceResourceWithRawResponse,
    )
    from .perlearner import (
        AiAnalyticsPerlearnerResource,
        AiAnalyticsPerlearnerResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerResource,
        AsyncAiAnalyticsPerlearnerResourceWithRawResponse,
    )
    from .user_groups import (
        AiAnalyticsUserGroupsResource,
        AiAnalyticsUserGroupsResourceWithRawResponse,
        AsyncAiAnalyticsUserGroupsResource,
        AsyncAiAnalyticsUserGroupsResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsResource",
    "AiAnalyticsResourceWithRawResponse",
    "AsyncAiAnalyticsResource",
    "AsyncAiAnalyticsResourceWithRawResponse",
]


class AiAnalyticsResource:
    """`Client.ai_analytics`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsResourceWithRawResponse(self)

    @cached_property
    def audience(self) -> AiAnalyticsAudienceResource:
        from .audience import AiAnalyticsAudienceResource

        return AiAnalyticsAudienceResource(self._client)

    @cached_property
    def costs(self) -> AiAnalyticsCostsResource:
        from .costs import AiAnalyticsCostsResource

        return AiAnalyticsCostsResource(self._client)

    @cached_property
    def departments(self) -> AiAnalyticsDepartmentsResource:
        from .departments import AiAnalyticsDepartmentsResource

        return AiAnalyticsDepartmentsResource(self._client)

    @cached_property
    def engagement(self) -> AiAnalyticsEngagementResource:
        from .engagement import AiAnalyticsEngagementResource

        return AiAnalyticsEngagementResource(self._client)

    @cached_property
    def orgs(self) -> AiAnalyticsOrgsResource:
        from .orgs import AiAnalyticsOrgsResource

        return AiAnalyticsOrgsResource(self._client)

    @cached_property
    def overview(self) -> AiAnalyticsOverviewResource:
        from .overview import AiAnalyticsOverviewResource

        return AiAnalyticsOverviewResource(self._client)

    @cached_property
    def performance(self) -> AiAnalyticsPerformanceResource:
        from .performance import AiAnalyticsPerformanceResource

        return AiAnalyticsPerformanceResource(self._client)

    @cached_property
    def perlearner(self) -> AiAnalyticsPerlearnerResource:
        from .perlearner import AiAnalyticsPerlearnerResource

        return AiAnalyticsPerlearnerResource(self._client)

    @cached_property
    def user_groups(self) -> AiAnalyticsUserGroupsResource:
        from .user_groups import AiAnalyticsUserGroupsResource

        return AiAnalyticsUserGroupsResource(self._client)


class AiAnalyticsResourceWithRawResponse:
    """`Client.ai_analytics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsResource) -> None:
        self._resource = resource

    @cached_property
    def audience(self) -> AiAnalyticsAudienceResourceWithRawResponse:
        from .audience import AiAnalyticsAudienceResourceWithRawResponse

        return AiAnalyticsAudienceResourceWithRawResponse(self._resource.audience)

    @cached_property
    def costs(self) -> AiAnalyticsCostsResourceWithRawResponse:
        from .costs import AiAnalyticsCostsResourceWithRawResponse

        return AiAnalyticsCostsResourceWithRawResponse(self._resource.costs)

    @cached_property
    def departments(self) -> AiAnalyticsDepartmentsResourceWithRawResponse:
        from .departments import AiAnalyticsDepartmentsResourceWithRawResponse

        return AiAnalyticsDepartmentsResourceWithRawResponse(self._resource.departments)

    @cached_property
    def engagement(self) -> AiAnalyticsEngagementResourceWithRawResponse:
        from .engagement import AiAnalyticsEngagementResourceWithRawResponse

        return AiAnalyticsEngagementResourceWithRawResponse(self._resource.engagement)

    @cached_property
    def orgs(self) -> AiAnalyticsOrgsResourceWithRawResponse:
        from .orgs import AiAnalyticsOrgsResourceWithRawResponse

        return AiAnalyticsOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def overview(self) -> AiAnalyticsOverviewResourceWithRawResponse:
        from .overview import AiAnalyticsOverviewResourceWithRawResponse

        return AiAnalyticsOverviewResourceWithRawResponse(self._resource.overview)

    @cached_property
    def performance(self) -> AiAnalyticsPerformanceResourceWithRawResponse:
        from .performance import AiAnalyticsPerformanceResourceWithRawResponse

        return AiAnalyticsPerformanceResourceWithRawResponse(self._resource.performance)

    @cached_property
    def perlearner(self) -> AiAnalyticsPerlearnerResourceWithRawResponse:
        from .perlearner import AiAnalyticsPerlearnerResourceWithRawResponse

        return AiAnalyticsPerlearnerResourceWithRawResponse(self._resource.perlearner)

    @cached_property
    def user_groups(self) -> AiAnalyticsUserGroupsResourceWithRawResponse:
        from .user_groups import AiAnalyticsUserGroupsResourceWithRawResponse

        return AiAnalyticsUserGroupsResourceWithRawResponse(self._resource.user_groups)


class AsyncAiAnalyticsResource:
    """`AsyncClient.ai_analytics`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsResourceWithRawResponse(self)

    @cached_property
    def audience(self) -> AsyncAiAnalyticsAudienceResource:
        from .audience import AsyncAiAnalyticsAudienceResource

        return AsyncAiAnalyticsAudienceResource(self._client)

    @cached_property
    def costs(self) -> AsyncAiAnalyticsCostsResource:
        from .costs import AsyncAiAnalyticsCostsResource

        return AsyncAiAnalyticsCostsResource(self._client)

    @cached_property
    def departments(self) -> AsyncAiAnalyticsDepartmentsResource:
        from .departments import AsyncAiAnalyticsDepartmentsResource

        return AsyncAiAnalyticsDepartmentsResource(self._client)

    @cached_property
    def engagement(self) -> AsyncAiAnalyticsEngagementResource:
        from .engagement import AsyncAiAnalyticsEngagementResource

        return AsyncAiAnalyticsEngagementResource(self._client)

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsOrgsResource:
        from .orgs import AsyncAiAnalyticsOrgsResource

        return AsyncAiAnalyticsOrgsResource(self._client)

    @cached_property
    def overview(self) -> AsyncAiAnalyticsOverviewResource:
        from .overview import AsyncAiAnalyticsOverviewResource

        return AsyncAiAnalyticsOverviewResource(self._client)

    @cached_property
    def performance(self) -> AsyncAiAnalyticsPerformanceResource:
        from .performance import AsyncAiAnalyticsPerformanceResource

        return AsyncAiAnalyticsPerformanceResource(self._client)

    @cached_property
    def perlearner(self) -> AsyncAiAnalyticsPerlearnerResource:
        from .perlearner import AsyncAiAnalyticsPerlearnerResource

        return AsyncAiAnalyticsPerlearnerResource(self._client)

    @cached_property
    def user_groups(self) -> AsyncAiAnalyticsUserGroupsResource:
        from .user_groups import AsyncAiAnalyticsUserGroupsResource

        return AsyncAiAnalyticsUserGroupsResource(self._client)


class AsyncAiAnalyticsResourceWithRawResponse:
    """`AsyncClient.ai_analytics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsResource) -> None:
        self._resource = resource

    @cached_property
    def audience(self) -> AsyncAiAnalyticsAudienceResourceWithRawResponse:
        from .audience import AsyncAiAnalyticsAudienceResourceWithRawResponse

        return AsyncAiAnalyticsAudienceResourceWithRawResponse(self._resource.audience)

    @cached_property
    def costs(self) -> AsyncAiAnalyticsCostsResourceWithRawResponse:
        from .costs import AsyncAiAnalyticsCostsResourceWithRawResponse

        return AsyncAiAnalyticsCostsResourceWithRawResponse(self._resource.costs)

    @cached_property
    def departments(self) -> AsyncAiAnalyticsDepartmentsResourceWithRawResponse:
        from .departments import AsyncAiAnalyticsDepartmentsResourceWithRawResponse

        return AsyncAiAnalyticsDepartmentsResourceWithRawResponse(self._resource.departments)

    @cached_property
    def engagement(self) -> AsyncAiAnalyticsEngagementResourceWithRawResponse:
        from .engagement import AsyncAiAnalyticsEngagementResourceWithRawResponse

        return AsyncAiAnalyticsEngagementResourceWithRawResponse(self._resource.engagement)

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAnalyticsOrgsResourceWithRawResponse

        return AsyncAiAnalyticsOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def overview(self) -> AsyncAiAnalyticsOverviewResourceWithRawResponse:
        from .overview import AsyncAiAnalyticsOverviewResourceWithRawResponse

        return AsyncAiAnalyticsOverviewResourceWithRawResponse(self._resource.overview)

    @cached_property
    def performance(self) -> AsyncAiAnalyticsPerformanceResourceWithRawResponse:
        from .performance import AsyncAiAnalyticsPerformanceResourceWithRawResponse

        return AsyncAiAnalyticsPerformanceResourceWithRawResponse(self._resource.performance)

    @cached_property
    def perlearner(self) -> AsyncAiAnalyticsPerlearnerResourceWithRawResponse:
        from .perlearner import AsyncAiAnalyticsPerlearnerResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerResourceWithRawResponse(self._resource.perlearner)

    @cached_property
    def user_groups(self) -> AsyncAiAnalyticsUserGroupsResourceWithRawResponse:
        from .user_groups import AsyncAiAnalyticsUserGroupsResourceWithRawResponse

        return AsyncAiAnalyticsUserGroupsResourceWithRawResponse(self._resource.user_groups)
