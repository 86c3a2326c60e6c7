"""`Client.credentials.exim.credentials`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .course import (
        AsyncCredentialsEximCredentialsCourseResource,
        AsyncCredentialsEximCredentialsCourseResourceWithRawResponse,
        CredentialsEximCredentialsCourseResource,
        CredentialsEximCredentialsCourseResourceWithRawResponse,
    )

__all__ = [
    "CredentialsEximCredentialsResource",
    "CredentialsEximCredentialsResourceWithRawResponse",
    "AsyncCredentialsEximCredentialsResource",
    "AsyncCredentialsEximCredentialsResourceWithRawResponse",
]


class CredentialsEximCredentialsResource:
    """`Client.credentials.exim.credentials`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsEximCredentialsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsEximCredentialsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> CredentialsEximCredentialsCourseResource:
        from .course import CredentialsEximCredentialsCourseResource

        return CredentialsEximCredentialsCourseResource(self._client)


class CredentialsEximCredentialsResourceWithRawResponse:
    """`Client.credentials.exim.credentials`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsEximCredentialsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> CredentialsEximCredentialsCourseResourceWithRawResponse:
        from .course import CredentialsEximCredentialsCourseResourceWithRawResponse

        return CredentialsEximCredentialsCourseResourceWithRawResponse(self._resource.course)


class AsyncCredentialsEximCredentialsResource:
    """`AsyncClient.credentials.exim.credentials`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsEximCredentialsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsEximCredentialsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AsyncCredentialsEximCredentialsCourseResource:
        from .course import AsyncCredentialsEximCredentialsCourseResource

        return AsyncCredentialsEximCredentialsCourseResource(self._client)


class AsyncCredentialsEximCredentialsResourceWithRawResponse:
    """`AsyncClient.credentials.exim.credentials`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsEximCredentialsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AsyncCredentialsEximCredentialsCourseResourceWithRawResponse:
        from .course import AsyncCredentialsEximCredentialsCourseResourceWithRawResponse

        return AsyncCredentialsEximCredentialsCourseResourceWithRawResponse(self._resource.course)
