"""`Client.audience.orgs`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .active_users import (
        AsyncAudienceOrgsActiveUsersResource,
        AsyncAudienceOrgsActiveUsersResourceWithRawResponse,
        AudienceOrgsActiveUsersResource,
        AudienceOrgsActiveUsersResourceWithRawResponse,
    )
    from .enrollments import (
        AsyncAudienceOrgsEnrollmentsResource,
        AsyncAudienceOrgsEnrollmentsResourceWithRawResponse,
        AudienceOrgsEnrollmentsResource,
        AudienceOrgsEnrollmentsResourceWithRawResponse,
    )
    from .registered_users import (
        AsyncAudienceOrgsRegisteredUsersResource,
        AsyncAudienceOrgsRegisteredUsersResourceWithRawResponse,
        AudienceOrgsRegisteredUsersResource,
        AudienceOrgsRegisteredUsersResourceWithRawResponse,
    )

__all__ = [
    "AudienceOrgsResource",
    "AudienceOrgsResourceWithRawResponse",
    "AsyncAudienceOrgsResource",
    "AsyncAudienceOrgsResourceWithRawResponse",
]


class AudienceOrgsResource:
    """`Client.audience.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AudienceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AudienceOrgsResourceWithRawResponse(self)

    @cached_property
    def active_users(self) -> AudienceOrgsActiveUsersResource:
        from .active_users import AudienceOrgsActiveUsersResource

        return AudienceOrgsActiveUsersResource(self._client)

    @cached_property
    def enrollments(self) -> AudienceOrgsEnrollmentsResource:
        from .enrollments import AudienceOrgsEnrollmentsResource

        return AudienceOrgsEnrollmentsResource(self._client)

    @cached_property
    def registered_users(self) -> AudienceOrgsRegisteredUsersResource:
        from .registered_users import AudienceOrgsRegisteredUsersResource

        return AudienceOrgsRegisteredUsersResource(self._client)


class AudienceOrgsResourceWithRawResponse:
    """`Client.audience.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AudienceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def active_users(self) -> AudienceOrgsActiveUsersResourceWithRawResponse:
        from .active_users import AudienceOrgsActiveUsersResourceWithRawResponse

        return AudienceOrgsActiveUsersResourceWithRawResponse(self._resource.active_users)

    @cached_property
    def enrollments(self) -> AudienceOrgsEnrollmentsResourceWithRawResponse:
        from .enrollments import AudienceOrgsEnrollmentsResourceWithRawResponse

        return AudienceOrgsEnrollmentsResourceWithRawResponse(self._resource.enrollments)

    @cached_property
    def registered_users(self) -> AudienceOrgsRegisteredUsersResourceWithRawResponse:
        from .registered_users import AudienceOrgsRegisteredUsersResourceWithRawResponse

        return AudienceOrgsRegisteredUsersResourceWithRawResponse(self._resource.registered_users)


class AsyncAudienceOrgsResource:
    """`AsyncClient.audience.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAudienceOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAudienceOrgsResourceWithRawResponse(self)

    @cached_property
    def active_users(self) -> AsyncAudienceOrgsActiveUsersResource:
        from .active_users import AsyncAudienceOrgsActiveUsersResource

        return AsyncAudienceOrgsActiveUsersResource(self._client)

    @cached_property
    def enrollments(self) -> AsyncAudienceOrgsEnrollmentsResource:
        from .enrollments import AsyncAudienceOrgsEnrollmentsResource

        return AsyncAudienceOrgsEnrollmentsResource(self._client)

    @cached_property
    def registered_users(self) -> AsyncAudienceOrgsRegisteredUsersResource:
        from .registered_users import AsyncAudienceOrgsRegisteredUsersResource

        return AsyncAudienceOrgsRegisteredUsersResource(self._client)


class AsyncAudienceOrgsResourceWithRawResponse:
    """`AsyncClient.audience.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAudienceOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def active_users(self) -> AsyncAudienceOrgsActiveUsersResourceWithRawResponse:
        from .active_users import AsyncAudienceOrgsActiveUsersResourceWithRawResponse

        return AsyncAudienceOrgsActiveUsersResourceWithRawResponse(self._resource.active_users)

    @cached_property
    def enrollments(self) -> AsyncAudienceOrgsEnrollmentsResourceWithRawResponse:
        from .enrollments import AsyncAudienceOrgsEnrollmentsResourceWithRawResponse

        return AsyncAudienceOrgsEnrollmentsResourceWithRawResponse(self._resource.enrollments)

    @cached_property
    def registered_users(self) -> AsyncAudienceOrgsRegisteredUsersResourceWithRawResponse:
        from .registered_users import AsyncAudienceOrgsRegisteredUsersResourceWithRawResponse

        return AsyncAudienceOrgsRegisteredUsersResourceWithRawResponse(
            self._resource.registered_users
        )
