"""`Client.credentials.exim.credentials.course.export`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.credentials import (
    credentials_exim_credentials_course_export_retrieve as _credentials_exim_credentials_course_export_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CredentialsEximCredentialsCourseExportResource",
    "CredentialsEximCredentialsCourseExportResourceWithRawResponse",
    "AsyncCredentialsEximCredentialsCourseExportResource",
    "AsyncCredentialsEximCredentialsCourseExportResourceWithRawResponse",
]


class CredentialsEximCredentialsCourseExportResource:
    """`Client.credentials.exim.credentials.course.export`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsEximCredentialsCourseExportResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsEximCredentialsCourseExportResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Export credential information for a specific course.  Args:     request: The HTTP
        request object     course_id: Course ID to export credentials for  Returns:
        Response: JSON response with credential data

        Args:
            course_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_exim_credentials_course_export_retrieve.OPERATION,
            _credentials_exim_credentials_course_export_retrieve.build_request(course_id=course_id),
            options,
        )


class CredentialsEximCredentialsCourseExportResourceWithRawResponse:
    """`Client.credentials.exim.credentials.course.export`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsEximCredentialsCourseExportResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCredentialsEximCredentialsCourseExportResource:
    """`AsyncClient.credentials.exim.credentials.course.export`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCredentialsEximCredentialsCourseExportResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsEximCredentialsCourseExportResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Export credential information for a specific course.  Args:     request: The HTTP
        request object     course_id: Course ID to export credentials for  Returns:
        Response: JSON response with credential data

        Args:
            course_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_exim_credentials_course_export_retrieve.OPERATION,
            _credentials_exim_credentials_course_export_retrieve.build_request(course_id=course_id),
            options,
        )


class AsyncCredentialsEximCredentialsCourseExportResourceWithRawResponse:
    """`AsyncClient.credentials.exim.credentials.course.export`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsEximCredentialsCourseExportResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
