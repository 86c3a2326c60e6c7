"""`Client.catalog.access_requests.course`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .manage import (
        AsyncCatalogAccessRequestsCourseManageResource,
        AsyncCatalogAccessRequestsCourseManageResourceWithRawResponse,
        CatalogAccessRequestsCourseManageResource,
        CatalogAccessRequestsCourseManageResourceWithRawResponse,
    )
    from .request import (
        AsyncCatalogAccessRequestsCourseRequestResource,
        AsyncCatalogAccessRequestsCourseRequestResourceWithRawResponse,
        CatalogAccessRequestsCourseRequestResource,
        CatalogAccessRequestsCourseRequestResourceWithRawResponse,
    )

__all__ = [
    "CatalogAccessRequestsCourseResource",
    "CatalogAccessRequestsCourseResourceWithRawResponse",
    "AsyncCatalogAccessRequestsCourseResource",
    "AsyncCatalogAccessRequestsCourseResourceWithRawResponse",
]


class CatalogAccessRequestsCourseResource:
    """`Client.catalog.access_requests.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogAccessRequestsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogAccessRequestsCourseResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> CatalogAccessRequestsCourseManageResource:
        from .manage import CatalogAccessRequestsCourseManageResource

        return CatalogAccessRequestsCourseManageResource(self._client)

    @cached_property
    def request(self) -> CatalogAccessRequestsCourseRequestResource:
        from .request import CatalogAccessRequestsCourseRequestResource

        return CatalogAccessRequestsCourseRequestResource(self._client)


class CatalogAccessRequestsCourseResourceWithRawResponse:
    """`Client.catalog.access_requests.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogAccessRequestsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> CatalogAccessRequestsCourseManageResourceWithRawResponse:
        from .manage import CatalogAccessRequestsCourseManageResourceWithRawResponse

        return CatalogAccessRequestsCourseManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def request(self) -> CatalogAccessRequestsCourseRequestResourceWithRawResponse:
        from .request import CatalogAccessRequestsCourseRequestResourceWithRawResponse

        return CatalogAccessRequestsCourseRequestResourceWithRawResponse(self._resource.request)


class AsyncCatalogAccessRequestsCourseResource:
    """`AsyncClient.catalog.access_requests.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogAccessRequestsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogAccessRequestsCourseResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> AsyncCatalogAccessRequestsCourseManageResource:
        from .manage import AsyncCatalogAccessRequestsCourseManageResource

        return AsyncCatalogAccessRequestsCourseManageResource(self._client)

    @cached_property
    def request(self) -> AsyncCatalogAccessRequestsCourseRequestResource:
        from .request import AsyncCatalogAccessRequestsCourseRequestResource

        return AsyncCatalogAccessRequestsCourseRequestResource(self._client)


class AsyncCatalogAccessRequestsCourseResourceWithRawResponse:
    """`AsyncClient.catalog.access_requests.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogAccessRequestsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> AsyncCatalogAccessRequestsCourseManageResourceWithRawResponse:
        from .manage import AsyncCatalogAccessRequestsCourseManageResourceWithRawResponse

        return AsyncCatalogAccessRequestsCourseManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def request(self) -> AsyncCatalogAccessRequestsCourseRequestResourceWithRawResponse:
        from .request import AsyncCatalogAccessRequestsCourseRequestResourceWithRawResponse

        return AsyncCatalogAccessRequestsCourseRequestResourceWithRawResponse(
            self._resource.request
        )
