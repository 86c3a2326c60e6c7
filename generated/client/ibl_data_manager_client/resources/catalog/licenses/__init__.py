"""`Client.catalog.licenses`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .course import (
        AsyncCatalogLicensesCourseResource,
        AsyncCatalogLicensesCourseResourceWithRawResponse,
        CatalogLicensesCourseResource,
        CatalogLicensesCourseResourceWithRawResponse,
    )
    from .platform import (
        AsyncCatalogLicensesPlatformResource,
        AsyncCatalogLicensesPlatformResourceWithRawResponse,
        CatalogLicensesPlatformResource,
        CatalogLicensesPlatformResourceWithRawResponse,
    )
    from .program import (
        AsyncCatalogLicensesProgramResource,
        AsyncCatalogLicensesProgramResourceWithRawResponse,
        CatalogLicensesProgramResource,
        CatalogLicensesProgramResourceWithRawResponse,
    )
    from .user import (
        AsyncCatalogLicensesUserResource,
        AsyncCatalogLicensesUserResourceWithRawResponse,
        CatalogLicensesUserResource,
        CatalogLicensesUserResourceWithRawResponse,
    )

__all__ = [
    "CatalogLicensesResource",
    "CatalogLicensesResourceWithRawResponse",
    "AsyncCatalogLicensesResource",
    "AsyncCatalogLicensesResourceWithRawResponse",
]


class CatalogLicensesResource:
    """`Client.catalog.licenses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesResourceWithRawResponse(self)

    @cached_property
    def course(self) -> CatalogLicensesCourseResource:
        from .course import CatalogLicensesCourseResource

        return CatalogLicensesCourseResource(self._client)

    @cached_property
    def platform(self) -> CatalogLicensesPlatformResource:
        from .platform import CatalogLicensesPlatformResource

        return CatalogLicensesPlatformResource(self._client)

    @cached_property
    def program(self) -> CatalogLicensesProgramResource:
        from .program import CatalogLicensesProgramResource

        return CatalogLicensesProgramResource(self._client)

    @cached_property
    def user(self) -> CatalogLicensesUserResource:
        from .user import CatalogLicensesUserResource

        return CatalogLicensesUserResource(self._client)


class CatalogLicensesResourceWithRawResponse:
    """`Client.catalog.licenses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> CatalogLicensesCourseResourceWithRawResponse:
        from .course import CatalogLicensesCourseResourceWithRawResponse

        return CatalogLicensesCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def platform(self) -> CatalogLicensesPlatformResourceWithRawResponse:
        from .platform import CatalogLicensesPlatformResourceWithRawResponse

        return CatalogLicensesPlatformResourceWithRawResponse(self._resource.platform)

    @cached_property
    def program(self) -> CatalogLicensesProgramResourceWithRawResponse:
        from .program import CatalogLicensesProgramResourceWithRawResponse

        return CatalogLicensesProgramResourceWithRawResponse(self._resource.program)

    @cached_property
    def user(self) -> CatalogLicensesUserResourceWithRawResponse:
        from .user import CatalogLicensesUserResourceWithRawResponse

        return CatalogLicensesUserResourceWithRawResponse(self._resource.user)


class AsyncCatalogLicensesResource:
    """`AsyncClient.catalog.licenses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AsyncCatalogLicensesCourseResource:
        from .course import AsyncCatalogLicensesCourseResource

        return AsyncCatalogLicensesCourseResource(self._client)

    @cached_property
    def platform(self) -> AsyncCatalogLicensesPlatformResource:
        from .platform import AsyncCatalogLicensesPlatformResource

        return AsyncCatalogLicensesPlatformResource(self._client)

    @cached_property
    def program(self) -> AsyncCatalogLicensesProgramResource:
        from .program import AsyncCatalogLicensesProgramResource

        return AsyncCatalogLicensesProgramResource(self._client)

    @cached_property
    def user(self) -> AsyncCatalogLicensesUserResource:
        from .user import AsyncCatalogLicensesUserResource

        return AsyncCatalogLicensesUserResource(self._client)


class AsyncCatalogLicensesResourceWithRawResponse:
    """`AsyncClient.catalog.licenses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AsyncCatalogLicensesCourseResourceWithRawResponse:
        from .course import AsyncCatalogLicensesCourseResourceWithRawResponse

        return AsyncCatalogLicensesCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def platform(self) -> AsyncCatalogLicensesPlatformResourceWithRawResponse:
        from .platform import AsyncCatalogLicensesPlatformResourceWithRawResponse

        return AsyncCatalogLicensesPlatformResourceWithRawResponse(self._resource.platform)

    @cached_property
    def program(self) -> AsyncCatalogLicensesProgramResourceWithRawResponse:
        from .program import AsyncCatalogLicensesProgramResourceWithRawResponse

        return AsyncCatalogLicensesProgramResourceWithRawResponse(self._resource.program)

    @cached_property
    def user(self) -> AsyncCatalogLicensesUserResourceWithRawResponse:
        from .user import AsyncCatalogLicensesUserResourceWithRawResponse

        return AsyncCatalogLicensesUserResourceWithRawResponse(self._resource.user)
