"""`Client.core.orgs`: 6 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .dark_mode_logo import (
        AsyncCoreOrgsDarkModeLogoResource,
        AsyncCoreOrgsDarkModeLogoResourceWithRawResponse,
        CoreOrgsDarkModeLogoResource,
        CoreOrgsDarkModeLogoResourceWithRawResponse,
    )
    from .favicon import (
        AsyncCoreOrgsFaviconResource,
        AsyncCoreOrgsFaviconResourceWithRawResponse,
        CoreOrgsFaviconResource,
        CoreOrgsFaviconResourceWithRawResponse,
    )
    from .logo import (
        AsyncCoreOrgsLogoResource,
        AsyncCoreOrgsLogoResourceWithRawResponse,
        CoreOrgsLogoResource,
        CoreOrgsLogoResourceWithRawResponse,
    )
    from .metadata import (
        AsyncCoreOrgsMetadataResource,
        AsyncCoreOrgsMetadataResourceWithRawResponse,
        CoreOrgsMetadataResource,
        CoreOrgsMetadataResourceWithRawResponse,
    )
    from .redirect_tokens import (
        AsyncCoreOrgsRedirectTokensResource,
        AsyncCoreOrgsRedirectTokensResourceWithRawResponse,
        CoreOrgsRedirectTokensResource,
        CoreOrgsRedirectTokensResourceWithRawResponse,
    )
    from .thumbnail import (
        AsyncCoreOrgsThumbnailResource,
        AsyncCoreOrgsThumbnailResourceWithRawResponse,
        CoreOrgsThumbnailResource,
        CoreOrgsThumbnailResourceWithRawResponse,
    )

__all__ = [
    "CoreOrgsResource",
    "CoreOrgsResourceWithRawResponse",
    "AsyncCoreOrgsResource",
    "AsyncCoreOrgsResourceWithRawResponse",
]


class CoreOrgsResource:
    """`Client.core.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsResourceWithRawResponse(self)

    @cached_property
    def dark_mode_logo(self) -> CoreOrgsDarkModeLogoResource:
        from .dark_mode_logo import CoreOrgsDarkModeLogoResource

        return CoreOrgsDarkModeLogoResource(self._client)

    @cached_property
    def favicon(self) -> CoreOrgsFaviconResource:
        from .favicon import CoreOrgsFaviconResource

        return CoreOrgsFaviconResource(self._client)

    @cached_property
    def logo(self) -> CoreOrgsLogoResource:
        from .logo import CoreOrgsLogoResource

        return CoreOrgsLogoResource(self._client)

    @cached_property
    def metadata(self) -> CoreOrgsMetadataResource:
        from .metadata import CoreOrgsMetadataResource

        return CoreOrgsMetadataResource(self._client)

    @cached_property
    def redirect_tokens(self) -> CoreOrgsRedirectTokensResource:
        from .redirect_tokens import CoreOrgsRedirectTokensResource

        return CoreOrgsRedirectTokensResource(self._client)

    @cached_property
    def thumbnail(self) -> CoreOrgsThumbnailResource:
        from .thumbnail import CoreOrgsThumbnailResource

        return CoreOrgsThumbnailResource(self._client)


class CoreOrgsResourceWithRawResponse:
    """`Client.core.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def dark_mode_logo(self) -> CoreOrgsDarkModeLogoResourceWithRawResponse:
        from .dark_mode_logo import CoreOrgsDarkModeLogoResourceWithRawResponse

        return CoreOrgsDarkModeLogoResourceWithRawResponse(self._resource.dark_mode_logo)

    @cached_property
    def favicon(self) -> CoreOrgsFaviconResourceWithRawResponse:
        from .favicon import CoreOrgsFaviconResourceWithRawResponse

        return CoreOrgsFaviconResourceWithRawResponse(self._resource.favicon)

    @cached_property
    def logo(self) -> CoreOrgsLogoResourceWithRawResponse:
        from .logo import CoreOrgsLogoResourceWithRawResponse

        return CoreOrgsLogoResourceWithRawResponse(self._resource.logo)

    @cached_property
    def metadata(self) -> CoreOrgsMetadataResourceWithRawResponse:
        from .metadata import CoreOrgsMetadataResourceWithRawResponse

        return CoreOrgsMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def redirect_tokens(self) -> CoreOrgsRedirectTokensResourceWithRawResponse:
        from .redirect_tokens import CoreOrgsRedirectTokensResourceWithRawResponse

        return CoreOrgsRedirectTokensResourceWithRawResponse(self._resource.redirect_tokens)

    @cached_property
    def thumbnail(self) -> CoreOrgsThumbnailResourceWithRawResponse:
        from .thumbnail import CoreOrgsThumbnailResourceWithRawResponse

        return CoreOrgsThumbnailResourceWithRawResponse(self._resource.thumbnail)


class AsyncCoreOrgsResource:
    """`AsyncClient.core.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsResourceWithRawResponse(self)

    @cached_property
    def dark_mode_logo(self) -> AsyncCoreOrgsDarkModeLogoResource:
        from .dark_mode_logo import AsyncCoreOrgsDarkModeLogoResource

        return AsyncCoreOrgsDarkModeLogoResource(self._client)

    @cached_property
    def favicon(self) -> AsyncCoreOrgsFaviconResource:
        from .favicon import AsyncCoreOrgsFaviconResource

        return AsyncCoreOrgsFaviconResource(self._client)

    @cached_property
    def logo(self) -> AsyncCoreOrgsLogoResource:
        from .logo import AsyncCoreOrgsLogoResource

        return AsyncCoreOrgsLogoResource(self._client)

    @cached_property
    def metadata(self) -> AsyncCoreOrgsMetadataResource:
        from .metadata import AsyncCoreOrgsMetadataResource

        return AsyncCoreOrgsMetadataResource(self._client)

    @cached_property
    def redirect_tokens(self) -> AsyncCoreOrgsRedirectTokensResource:
        from .redirect_tokens import AsyncCoreOrgsRedirectTokensResource

        return AsyncCoreOrgsRedirectTokensResource(self._client)

    @cached_property
    def thumbnail(self) -> AsyncCoreOrgsThumbnailResource:
        from .thumbnail import AsyncCoreOrgsThumbnailResource

        return AsyncCoreOrgsThumbnailResource(self._client)


class AsyncCoreOrgsResourceWithRawResponse:
    """`AsyncClient.core.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def dark_mode_logo(self) -> AsyncCoreOrgsDarkModeLogoResourceWithRawResponse:
        from .dark_mode_logo import AsyncCoreOrgsDarkModeLogoResourceWithRawResponse

        return AsyncCoreOrgsDarkModeLogoResourceWithRawResponse(self._resource.dark_mode_logo)

    @cached_property
    def favicon(self) -> AsyncCoreOrgsFaviconResourceWithRawResponse:
        from .favicon import AsyncCoreOrgsFaviconResourceWithRawResponse

        return AsyncCoreOrgsFaviconResourceWithRawResponse(self._resource.favicon)

    @cached_property
    def logo(self) -> AsyncCoreOrgsLogoResourceWithRawResponse:
        from .logo import AsyncCoreOrgsLogoResourceWithRawResponse

        return AsyncCoreOrgsLogoResourceWithRawResponse(self._resource.logo)

    @cached_property
    def metadata(self) -> AsyncCoreOrgsMetadataResourceWithRawResponse:
        from .metadata import AsyncCoreOrgsMetadataResourceWithRawResponse

        return AsyncCoreOrgsMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def redirect_tokens(self) -> AsyncCoreOrgsRedirectTokensResourceWithRawResponse:
        from .redirect_tokens import AsyncCoreOrgsRedirectTokensResourceWithRawResponse

        return AsyncCoreOrgsRedirectTokensResourceWithRawResponse(self._resource.redirect_tokens)

    @cached_property
    def thumbnail(self) -> AsyncCoreOrgsThumbnailResourceWithRawResponse:
        from .thumbnail import AsyncCoreOrgsThumbnailResourceWithRawResponse

        return AsyncCoreOrgsThumbnailResourceWithRawResponse(self._resource.thumbnail)
