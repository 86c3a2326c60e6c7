"""`Client.career`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .location import (
        AsyncCareerLocationResource,
        AsyncCareerLocationResourceWithRawResponse,
        CareerLocationResource,
        CareerLocationResourceWithRawResponse,
    )
    from .locations import (
        AsyncCareerLocationsResource,
        AsyncCareerLocationsResourceWithRawResponse,
        CareerLocationsResource,
        CareerLocationsResourceWithRawResponse,
    )
    from .orgs import (
        AsyncCareerOrgsResource,
        AsyncCareerOrgsResourceWithRawResponse,
        CareerOrgsResource,
        CareerOrgsResourceWithRawResponse,
    )
    from .resume import (
        AsyncCareerResumeResource,
        AsyncCareerResumeResourceWithRawResponse,
        CareerResumeResource,
        CareerResumeResourceWithRawResponse,
    )

__all__ = [
    "CareerResource",
    "CareerResourceWithRawResponse",
    "AsyncCareerResource",
    "AsyncCareerResourceWithRawResponse",
]


class CareerResource:
    """`Client.career`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerResourceWithRawResponse(self)

    @cached_property
    def location(self) -> CareerLocationResource:
        from .location import CareerLocationResource

        return CareerLocationResource(self._client)

    @cached_property
    def locations(self) -> CareerLocationsResource:
        from .locations import CareerLocationsResource

        return CareerLocationsResource(self._client)

    @cached_property
    def orgs(self) -> CareerOrgsResource:
        from .orgs import CareerOrgsResource

        return CareerOrgsResource(self._client)

    @cached_property
    def resume(self) -> CareerResumeResource:
        from .resume import CareerResumeResource

        return CareerResumeResource(self._client)


class CareerResourceWithRawResponse:
    """`Client.career`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerResource) -> None:
        self._resource = resource

    @cached_property
    def location(self) -> CareerLocationResourceWithRawResponse:
        from .location import CareerLocationResourceWithRawResponse

        return CareerLocationResourceWithRawResponse(self._resource.location)

    @cached_property
    def locations(self) -> CareerLocationsResourceWithRawResponse:
        from .locations import CareerLocationsResourceWithRawResponse

        return CareerLocationsResourceWithRawResponse(self._resource.locations)

    @cached_property
    def orgs(self) -> CareerOrgsResourceWithRawResponse:
        from .orgs import CareerOrgsResourceWithRawResponse

        return CareerOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def resume(self) -> CareerResumeResourceWithRawResponse:
        from .resume import CareerResumeResourceWithRawResponse

        return CareerResumeResourceWithRawResponse(self._resource.resume)


class AsyncCareerResource:
    """`AsyncClient.career`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerResourceWithRawResponse(self)

    @cached_property
    def location(self) -> AsyncCareerLocationResource:
        from .location import AsyncCareerLocationResource

        return AsyncCareerLocationResource(self._client)

    @cached_property
    def locations(self) -> AsyncCareerLocationsResource:
        from .locations import AsyncCareerLocationsResource

        return AsyncCareerLocationsResource(self._client)

    @cached_property
    def orgs(self) -> AsyncCareerOrgsResource:
        from .orgs import AsyncCareerOrgsResource

        return AsyncCareerOrgsResource(self._client)

    @cached_property
    def resume(self) -> AsyncCareerResumeResource:
        from .resume import AsyncCareerResumeResource

        return AsyncCareerResumeResource(self._client)


class AsyncCareerResourceWithRawResponse:
    """`AsyncClient.career`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerResource) -> None:
        self._resource = resource

    @cached_property
    def location(self) -> AsyncCareerLocationResourceWithRawResponse:
        from .location import AsyncCareerLocationResourceWithRawResponse

        return AsyncCareerLocationResourceWithRawResponse(self._resource.location)

    @cached_property
    def locations(self) -> AsyncCareerLocationsResourceWithRawResponse:
        from .locations import AsyncCareerLocationsResourceWithRawResponse

        return AsyncCareerLocationsResourceWithRawResponse(self._resource.locations)

    @cached_property
    def orgs(self) -> AsyncCareerOrgsResourceWithRawResponse:
        from .orgs import AsyncCareerOrgsResourceWithRawResponse

        return AsyncCareerOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def resume(self) -> AsyncCareerResumeResourceWithRawResponse:
        from .resume import AsyncCareerResumeResourceWithRawResponse

        return AsyncCareerResumeResourceWithRawResponse(self._resource.resume)
