"""`Client.catalog.enrollment`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .courses import (
        AsyncCatalogEnrollmentCoursesResource,
        AsyncCatalogEnrollmentCoursesResourceWithRawResponse,
        CatalogEnrollmentCoursesResource,
        CatalogEnrollmentCoursesResourceWithRawResponse,
    )
    from .pathways import (
        AsyncCatalogEnrollmentPathwaysResource,
        AsyncCatalogEnrollmentPathwaysResourceWithRawResponse,
        CatalogEnrollmentPathwaysResource,
        CatalogEnrollmentPathwaysResourceWithRawResponse,
    )
    from .programs import (
        AsyncCatalogEnrollmentProgramsResource,
        AsyncCatalogEnrollmentProgramsResourceWithRawResponse,
        CatalogEnrollmentProgramsResource,
        CatalogEnrollmentProgramsResourceWithRawResponse,
    )

__all__ = [
    "CatalogEnrollmentResource",
    "CatalogEnrollmentResourceWithRawResponse",
    "AsyncCatalogEnrollmentResource",
    "AsyncCatalogEnrollmentResourceWithRawResponse",
]


class CatalogEnrollmentResource:
    """`Client.catalog.enrollment`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEnrollmentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEnrollmentResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> CatalogEnrollmentCoursesResource:
        from .courses import CatalogEnrollmentCoursesResource

        return CatalogEnrollmentCoursesResource(self._client)

    @cached_property
    def pathways(self) -> CatalogEnrollmentPathwaysResource:
        from .pathways import CatalogEnrollmentPathwaysResource

        return CatalogEnrollmentPathwaysResource(self._client)

    @cached_property
    def programs(self) -> CatalogEnrollmentProgramsResource:
        from .programs import CatalogEnrollmentProgramsResource

        return CatalogEnrollmentProgramsResource(self._client)


class CatalogEnrollmentResourceWithRawResponse:
    """`Client.catalog.enrollment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEnrollmentResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> CatalogEnrollmentCoursesResourceWithRawResponse:
        from .courses import CatalogEnrollmentCoursesResourceWithRawResponse

        return CatalogEnrollmentCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def pathways(self) -> CatalogEnrollmentPathwaysResourceWithRawResponse:
        from .pathways import CatalogEnrollmentPathwaysResourceWithRawResponse

        return CatalogEnrollmentPathwaysResourceWithRawResponse(self._resource.pathways)

    @cached_property
    def programs(self) -> CatalogEnrollmentProgramsResourceWithRawResponse:
        from .programs import CatalogEnrollmentProgramsResourceWithRawResponse

        return CatalogEnrollmentProgramsResourceWithRawResponse(self._resource.programs)


class AsyncCatalogEnrollmentResource:
    """`AsyncClient.catalog.enrollment`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEnrollmentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEnrollmentResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AsyncCatalogEnrollmentCoursesResource:
        from .courses import AsyncCatalogEnrollmentCoursesResource

        return AsyncCatalogEnrollmentCoursesResource(self._client)

    @cached_property
    def pathways(self) -> AsyncCatalogEnrollmentPathwaysResource:
        from .pathways import AsyncCatalogEnrollmentPathwaysResource

        return AsyncCatalogEnrollmentPathwaysResource(self._client)

    @cached_property
    def programs(self) -> AsyncCatalogEnrollmentProgramsResource:
        from .programs import AsyncCatalogEnrollmentProgramsResource

        return AsyncCatalogEnrollmentProgramsResource(self._client)


class AsyncCatalogEnrollmentResourceWithRawResponse:
    """`AsyncClient.catalog.enrollment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEnrollmentResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AsyncCatalogEnrollmentCoursesResourceWithRawResponse:
        from .courses import AsyncCatalogEnrollmentCoursesResourceWithRawResponse

        return AsyncCatalogEnrollmentCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def pathways(self) -> AsyncCatalogEnrollmentPathwaysResourceWithRawResponse:
        from .pathways import AsyncCatalogEnrollmentPathwaysResourceWithRawResponse

        return AsyncCatalogEnrollmentPathwaysResourceWithRawResponse(self._resource.pathways)

    @cached_property
    def programs(self) -> AsyncCatalogEnrollmentProgramsResourceWithRawResponse:
        from .programs import AsyncCatalogEnrollmentProgramsResourceWithRawResponse

        return AsyncCatalogEnrollmentProgramsResourceWithRawResponse(self._resource.programs)
