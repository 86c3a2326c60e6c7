"""`Client.ai_analytics.audience.orgs`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .active_users import (
        AiAnalyticsAudienceOrgsActiveUsersResource,
        AiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsActiveUsersResource,
        AsyncAiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse,
    )
    from .enrollments import (
        AiAnalyticsAudienceOrgsEnrollmentsResource,
        AiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsResource,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse,
    )
    from .registered_users import (
        AiAnalyticsAudienceOrgsRegisteredUsersResource,
        AiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsRegisteredUsersResource,
        AsyncAiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsAudienceOrgsResource",
    "AiAnalyticsAudienceOrgsResourceWithRawResponse",
    "AsyncAiAnalyticsAudienceOrgsResource",
    "AsyncAiAnalyticsAudienceOrgsResourceWithRawResponse",
]


class AiAnalyticsAudienceOrgsResource:
    """`Client.ai_analytics.audience.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsAudienceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsAudienceOrgsResourceWithRawResponse(self)

    @cached_property
    def active_users(self) -> AiAnalyticsAudienceOrgsActiveUsersResource:
        from .active_users import AiAnalyticsAudienceOrgsActiveUsersResource

        return AiAnalyticsAudienceOrgsActiveUsersResource(self._client)

    @cached_property
    def enrollments(self) -> AiAnalyticsAudienceOrgsEnrollmentsResource:
        from .enrollments import AiAnalyticsAudienceOrgsEnrollmentsResource

        return AiAnalyticsAudienceOrgsEnrollmentsResource(self._client)

    @cached_property
    def registered_users(self) -> AiAnalyticsAudienceOrgsRegisteredUsersResource:
        from .registered_users import AiAnalyticsAudienceOrgsRegisteredUsersResource

        return AiAnalyticsAudienceOrgsRegisteredUsersResource(self._client)


class AiAnalyticsAudienceOrgsResourceWithRawResponse:
    """`Client.ai_analytics.audience.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsAudienceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def active_users(self) -> AiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse:
        from .active_users import AiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse

        return AiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse(
            self._resource.active_users
        )

    @cached_property
    def enrollments(self) -> AiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse:
        from .enrollments import AiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse

        return AiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse(self._resource.enrollments)

    @cached_property
    def registered_users(self) -> AiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse:
        from .registered_users import AiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse

        return AiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse(
            self._resource.registered_users
        )


class AsyncAiAnalyticsAudienceOrgsResource:
    """`AsyncClient.ai_analytics.audience.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsAudienceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsAudienceOrgsResourceWithRawResponse(self)

    @cached_property
    def active_users(self) -> AsyncAiAnalyticsAudienceOrgsActiveUsersResource:
        from .active_users import AsyncAiAnalyticsAudienceOrgsActiveUsersResource

        return AsyncAiAnalyticsAudienceOrgsActiveUsersResource(self._client)

    @cached_property
    def enrollments(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsResource:
        from .enrollments import AsyncAiAnalyticsAudienceOrgsEnrollmentsResource

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsResource(self._client)

    @cached_property
    def registered_users(self) -> AsyncAiAnalyticsAudienceOrgsRegisteredUsersResource:
        from .registered_users import AsyncAiAnalyticsAudienceOrgsRegisteredUsersResource

        return AsyncAiAnalyticsAudienceOrgsRegisteredUsersResource(self._client)


class AsyncAiAnalyticsAudienceOrgsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.audience.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsAudienceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def active_users(self) -> AsyncAiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse:
        from .active_users import AsyncAiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse

        return AsyncAiAnalyticsAudienceOrgsActiveUsersResourceWithRawResponse(
            self._resource.active_users
        )

    @cached_property
    def enrollments(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse:
        from .enrollments import AsyncAiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsResourceWithRawResponse(
            self._resource.enrollments
        )

    @cached_property
    def registered_users(
        self,
    ) -> AsyncAiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse:
        from .registered_users import (
            AsyncAiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse,
        )

        return AsyncAiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse(
            self._resource.registered_users
        )
