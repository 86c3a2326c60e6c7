"""`Client.perlearner.orgs.users.overview.grades`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .average import (
        AsyncPerlearnerOrgsUsersOverviewGradesAverageResource,
        AsyncPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse,
        PerlearnerOrgsUsersOverviewGradesAverageResource,
        PerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersOverviewGradesResource",
    "PerlearnerOrgsUsersOverviewGradesResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersOverviewGradesResource",
    "AsyncPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse",
]


class PerlearnerOrgsUsersOverviewGradesResource:
    """`Client.perlearner.orgs.users.overview.grades`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersOverviewGradesResourceWithRawResponse(self)

    @cached_property
    def average(self) -> PerlearnerOrgsUsersOverviewGradesAverageResource:
        from .average import PerlearnerOrgsUsersOverviewGradesAverageResource

        return PerlearnerOrgsUsersOverviewGradesAverageResource(self._client)


class PerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
    """`Client.perlearner.orgs.users.overview.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersOverviewGradesResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> PerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse:
        from .average import PerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse

        return PerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse(
            self._resource.average
        )


class AsyncPerlearnerOrgsUsersOverviewGradesResource:
    """`AsyncClient.perlearner.orgs.users.overview.grades`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AsyncPerlearnerOrgsUsersOverviewGradesAverageResource:
        from .average import AsyncPerlearnerOrgsUsersOverviewGradesAverageResource

        return AsyncPerlearnerOrgsUsersOverviewGradesAverageResource(self._client)


class AsyncPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.overview.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersOverviewGradesResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AsyncPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse:
        from .average import AsyncPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse(
            self._resource.average
        )
