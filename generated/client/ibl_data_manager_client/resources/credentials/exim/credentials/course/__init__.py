"""`Client.credentials.exim.credentials.course`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .export import (
        AsyncCredentialsEximCredentialsCourseExportResource,
        AsyncCredentialsEximCredentialsCourseExportResourceWithRawResponse,
        CredentialsEximCredentialsCourseExportResource,
        CredentialsEximCredentialsCourseExportResourceWithRawResponse,
    )
    from .import_ import (
        AsyncCredentialsEximCredentialsCourseImportResource,
        AsyncCredentialsEximCredentialsCourseImportResourceWithRawResponse,
        CredentialsEximCredentialsCourseImportResource,
        CredentialsEximCredentialsCourseImportResourceWithRawResponse,
    )

__all__ = [
    "CredentialsEximCredentialsCourseResource",
    "CredentialsEximCredentialsCourseResourceWithRawResponse",
    "AsyncCredentialsEximCredentialsCourseResource",
    "AsyncCredentialsEximCredentialsCourseResourceWithRawResponse",
]


class CredentialsEximCredentialsCourseResource:
    """`Client.credentials.exim.credentials.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsEximCredentialsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsEximCredentialsCourseResourceWithRawResponse(self)

    @cached_property
    def export(self) -> CredentialsEximCredentialsCourseExportResource:
        from .export import CredentialsEximCredentialsCourseExportResource

        return CredentialsEximCredentialsCourseExportResource(self._client)

    @cached_property
    def import_(self) -> CredentialsEximCredentialsCourseImportResource:
        from .import_ import CredentialsEximCredentialsCourseImportResource

        return CredentialsEximCredentialsCourseImportResource(self._client)


class CredentialsEximCredentialsCourseResourceWithRawResponse:
    """`Client.credentials.exim.credentials.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsEximCredentialsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def export(self) -> CredentialsEximCredentialsCourseExportResourceWithRawResponse:
        from .export import CredentialsEximCredentialsCourseExportResourceWithRawResponse

        return CredentialsEximCredentialsCourseExportResourceWithRawResponse(self._resource.export)

    @cached_property
    def import_(self) -> CredentialsEximCredentialsCourseImportResourceWithRawResponse:
        from .import_ import CredentialsEximCredentialsCourseImportResourceWithRawResponse

        return CredentialsEximCredentialsCourseImportResourceWithRawResponse(self._resource.import_)


class AsyncCredentialsEximCredentialsCourseResource:
    """`AsyncClient.credentials.exim.credentials.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsEximCredentialsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsEximCredentialsCourseResourceWithRawResponse(self)

    @cached_property
    def export(self) -> AsyncCredentialsEximCredentialsCourseExportResource:
        from .export import AsyncCredentialsEximCredentialsCourseExportResource

        return AsyncCredentialsEximCredentialsCourseExportResource(self._client)

    @cached_property
    def import_(self) -> AsyncCredentialsEximCredentialsCourseImportResource:
        from .import_ import AsyncCredentialsEximCredentialsCourseImportResource

        return AsyncCredentialsEximCredentialsCourseImportResource(self._client)


class AsyncCredentialsEximCredentialsCourseResourceWithRawResponse:
    """`AsyncClient.credentials.exim.credentials.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsEximCredentialsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def export(self) -> AsyncCredentialsEximCredentialsCourseExportResourceWithRawResponse:
        from .export import AsyncCredentialsEximCredentialsCourseExportResourceWithRawResponse

        return AsyncCredentialsEximCredentialsCourseExportResourceWithRawResponse(
            self._resource.export
        )

    @cached_property
    def import_(self) -> AsyncCredentialsEximCredentialsCourseImportResourceWithRawResponse:
        from .import_ import AsyncCredentialsEximCredentialsCourseImportResourceWithRawResponse

        return AsyncCredentialsEximCredentialsCourseImportResourceWithRawResponse(
            self._resource.import_
        )
