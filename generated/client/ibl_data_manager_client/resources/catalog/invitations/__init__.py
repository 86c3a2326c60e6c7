"""`Client.catalog.invitations`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .course import (
        AsyncCatalogInvitationsCourseResource,
        AsyncCatalogInvitationsCourseResourceWithRawResponse,
        CatalogInvitationsCourseResource,
        CatalogInvitationsCourseResourceWithRawResponse,
    )
    from .platform import (
        AsyncCatalogInvitationsPlatformResource,
        AsyncCatalogInvitationsPlatformResourceWithRawResponse,
        CatalogInvitationsPlatformResource,
        CatalogInvitationsPlatformResourceWithRawResponse,
    )
    from .program import (
        AsyncCatalogInvitationsProgramResource,
        AsyncCatalogInvitationsProgramResourceWithRawResponse,
        CatalogInvitationsProgramResource,
        CatalogInvitationsProgramResourceWithRawResponse,
    )

__all__ = [
    "CatalogInvitationsResource",
    "CatalogInvitationsResourceWithRawResponse",
    "AsyncCatalogInvitationsResource",
    "AsyncCatalogInvitationsResourceWithRawResponse",
]


class CatalogInvitationsResource:
    """`Client.catalog.invitations`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> CatalogInvitationsCourseResource:
        from .course import CatalogInvitationsCourseResource

        return CatalogInvitationsCourseResource(self._client)

    @cached_property
    def platform(self) -> CatalogInvitationsPlatformResource:
        from .platform import CatalogInvitationsPlatformResource

        return CatalogInvitationsPlatformResource(self._client)

    @cached_property
    def program(self) -> CatalogInvitationsProgramResource:
        from .program import CatalogInvitationsProgramResource

        return CatalogInvitationsProgramResource(self._client)


class CatalogInvitationsResourceWithRawResponse:
    """`Client.catalog.invitations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> CatalogInvitationsCourseResourceWithRawResponse:
        from .course import CatalogInvitationsCourseResourceWithRawResponse

        return CatalogInvitationsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def platform(self) -> CatalogInvitationsPlatformResourceWithRawResponse:
        from .platform import CatalogInvitationsPlatformResourceWithRawResponse

        return CatalogInvitationsPlatformResourceWithRawResponse(self._resource.platform)

    @cached_property
    def program(self) -> CatalogInvitationsProgramResourceWithRawResponse:
        from .program import CatalogInvitationsProgramResourceWithRawResponse

        return CatalogInvitationsProgramResourceWithRawResponse(self._resource.program)


class AsyncCatalogInvitationsResource:
    """`AsyncClient.catalog.invitations`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AsyncCatalogInvitationsCourseResource:
        from .course import AsyncCatalogInvitationsCourseResource

        return AsyncCatalogInvitationsCourseResource(self._client)

    @cached_property
    def platform(self) -> AsyncCatalogInvitationsPlatformResource:
        from .platform import AsyncCatalogInvitationsPlatformResource

        return AsyncCatalogInvitationsPlatformResource(self._client)

    @cached_property
    def program(self) -> AsyncCatalogInvitationsProgramResource:
        from .program import AsyncCatalogInvitationsProgramResource

        return AsyncCatalogInvitationsProgramResource(self._client)


class AsyncCatalogInvitationsResourceWithRawResponse:
    """`AsyncClient.catalog.invitations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AsyncCatalogInvitationsCourseResourceWithRawResponse:
        from .course import AsyncCatalogInvitationsCourseResourceWithRawResponse

        return AsyncCatalogInvitationsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def platform(self) -> AsyncCatalogInvitationsPlatformResourceWithRawResponse:
        from .platform import AsyncCatalogInvitationsPlatformResourceWithRawResponse

        return AsyncCatalogInvitationsPlatformResourceWithRawResponse(self._resource.platform)

    @cached_property
    def program(self) -> AsyncCatalogInvitationsProgramResourceWithRawResponse:
        from .program import AsyncCatalogInvitationsProgramResourceWithRawResponse

        return AsyncCatalogInvitationsProgramResourceWithRawResponse(self._resource.program)
