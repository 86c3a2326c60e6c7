"""`Client.credentials.exim.credentials.course.import_`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.credentials import (
    credentials_exim_credentials_course_import_create as _credentials_exim_credentials_course_import_create,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CredentialsEximCredentialsCourseImportResource",
    "CredentialsEximCredentialsCourseImportResourceWithRawResponse",
    "AsyncCredentialsEximCredentialsCourseImportResource",
    "AsyncCredentialsEximCredentialsCourseImportResourceWithRawResponse",
]


class CredentialsEximCredentialsCourseImportResource:
    """`Client.credentials.exim.credentials.course.import_`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsEximCredentialsCourseImportResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsEximCredentialsCourseImportResourceWithRawResponse(self)

    def create(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Import credential information for a specific course.  Args:     request: The HTTP
        request object     course_id: Course ID to import credentials for  Returns:
        Response: JSON response with import results

        Args:
            course_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_exim_credentials_course_import_create.OPERATION,
            _credentials_exim_credentials_course_import_create.build_request(course_id=course_id),
            options,
        )


class CredentialsEximCredentialsCourseImportResourceWithRawResponse:
    """`Client.credentials.exim.credentials.course.import_`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsEximCredentialsCourseImportResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCredentialsEximCredentialsCourseImportResource:
    """`AsyncClient.credentials.exim.credentials.course.import_`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCredentialsEximCredentialsCourseImportResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsEximCredentialsCourseImportResourceWithRawResponse(self)

    async def create(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Import credential information for a specific course.  Args:     request: The HTTP
        request object     course_id: Course ID to import credentials for  Returns:
        Response: JSON response with import results

        Args:
            course_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_exim_credentials_course_import_create.OPERATION,
            _credentials_exim_credentials_course_import_create.build_request(course_id=course_id),
            options,
        )


class AsyncCredentialsEximCredentialsCourseImportResourceWithRawResponse:
    """`AsyncClient.credentials.exim.credentials.course.import_`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsEximCredentialsCourseImportResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
