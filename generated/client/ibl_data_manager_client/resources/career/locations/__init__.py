"""`Client.career.locations`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AsyncCareerLocationsOrgsResource,
        AsyncCareerLocationsOrgsResourceWithRawResponse,
        CareerLocationsOrgsResource,
        CareerLocationsOrgsResourceWithRawResponse,
    )

__all__ = [
    "CareerLocationsResource",
    "CareerLocationsResourceWithRawResponse",
    "AsyncCareerLocationsResource",
    "AsyncCareerLocationsResourceWithRawResponse",
]


class CareerLocationsResource:
    """`Client.career.locations`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerLocationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerLocationsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> CareerLocationsOrgsResource:
        from .orgs import CareerLocationsOrgsResource

        return CareerLocationsOrgsResource(self._client)


class CareerLocationsResourceWithRawResponse:
    """`Client.career.locations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerLocationsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> CareerLocationsOrgsResourceWithRawResponse:
        from .orgs import CareerLocationsOrgsResourceWithRawResponse

        return CareerLocationsOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncCareerLocationsResource:
    """`AsyncClient.career.locations`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerLocationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerLocationsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncCareerLocationsOrgsResource:
        from .orgs import AsyncCareerLocationsOrgsResource

        return AsyncCareerLocationsOrgsResource(self._client)


class AsyncCareerLocationsResourceWithRawResponse:
    """`AsyncClient.career.locations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerLocationsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncCareerLocationsOrgsResourceWithRawResponse:
        from .orgs import AsyncCareerLocationsOrgsResourceWithRawResponse

        return AsyncCareerLocationsOrgsResourceWithRawResponse(self._resource.orgs)
