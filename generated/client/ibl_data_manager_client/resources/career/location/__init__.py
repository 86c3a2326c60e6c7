"""`Client.career.location`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AsyncCareerLocationOrgsResource,
        AsyncCareerLocationOrgsResourceWithRawResponse,
        CareerLocationOrgsResource,
        CareerLocationOrgsResourceWithRawResponse,
    )

__all__ = [
    "CareerLocationResource",
    "CareerLocationResourceWithRawResponse",
    "AsyncCareerLocationResource",
    "AsyncCareerLocationResourceWithRawResponse",
]


class CareerLocationResource:
    """`Client.career.location`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerLocationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerLocationResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> CareerLocationOrgsResource:
        from .orgs import CareerLocationOrgsResource

        return CareerLocationOrgsResource(self._client)


class CareerLocationResourceWithRawResponse:
    """`Client.career.location`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerLocationResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> CareerLocationOrgsResourceWithRawResponse:
        from .orgs import CareerLocationOrgsResourceWithRawResponse

        return CareerLocationOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncCareerLocationResource:
    """`AsyncClient.career.location`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerLocationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerLocationResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncCareerLocationOrgsResource:
        from .orgs import AsyncCareerLocationOrgsResource

        return AsyncCareerLocationOrgsResource(self._client)


class AsyncCareerLocationResourceWithRawResponse:
    """`AsyncClient.career.location`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerLocationResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncCareerLocationOrgsResourceWithRawResponse:
        from .orgs import AsyncCareerLocationOrgsResourceWithRawResponse

        return AsyncCareerLocationOrgsResourceWithRawResponse(self._resource.orgs)
