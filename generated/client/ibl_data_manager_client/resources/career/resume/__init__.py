"""`Client.career.resume`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AsyncCareerResumeOrgsResource,
        AsyncCareerResumeOrgsResourceWithRawResponse,
        CareerResumeOrgsResource,
        CareerResumeOrgsResourceWithRawResponse,
    )

__all__ = [
    "CareerResumeResource",
    "CareerResumeResourceWithRawResponse",
    "AsyncCareerResumeResource",
    "AsyncCareerResumeResourceWithRawResponse",
]


class CareerResumeResource:
    """`Client.career.resume`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerResumeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerResumeResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> CareerResumeOrgsResource:
        from .orgs import CareerResumeOrgsResource

        return CareerResumeOrgsResource(self._client)


class CareerResumeResourceWithRawResponse:
    """`Client.career.resume`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerResumeResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> CareerResumeOrgsResourceWithRawResponse:
        from .orgs import CareerResumeOrgsResourceWithRawResponse

        return CareerResumeOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncCareerResumeResource:
    """`AsyncClient.career.resume`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerResumeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerResumeResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncCareerResumeOrgsResource:
        from .orgs import AsyncCareerResumeOrgsResource

        return AsyncCareerResumeOrgsResource(self._client)


class AsyncCareerResumeResourceWithRawResponse:
    """`AsyncClient.career.resume`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerResumeResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncCareerResumeOrgsResourceWithRawResponse:
        from .orgs import AsyncCareerResumeOrgsResourceWithRawResponse

        return AsyncCareerResumeOrgsResourceWithRawResponse(self._resource.orgs)
