"""`Client.career.locations.orgs`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.career import career_locations_orgs_retrieve as _career_locations_orgs_retrieve

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CareerLocationsOrgsResource",
    "CareerLocationsOrgsResourceWithRawResponse",
    "AsyncCareerLocationsOrgsResource",
    "AsyncCareerLocationsOrgsResourceWithRawResponse",
]


class CareerLocationsOrgsResource:
    """`Client.career.locations.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerLocationsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerLocationsOrgsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Platform-wide location statistics (GET only)

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_locations_orgs_retrieve.OPERATION,
            _career_locations_orgs_retrieve.build_request(org=org),
            options,
        )


class CareerLocationsOrgsResourceWithRawResponse:
    """`Client.career.locations.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerLocationsOrgsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCareerLocationsOrgsResource:
    """`AsyncClient.career.locations.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerLocationsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerLocationsOrgsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Platform-wide location statistics (GET only)

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_locations_orgs_retrieve.OPERATION,
            _career_locations_orgs_retrieve.build_request(org=org),
            options,
        )


class AsyncCareerLocationsOrgsResourceWithRawResponse:
    """`AsyncClient.career.locations.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerLocationsOrgsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
