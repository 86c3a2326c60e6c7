"""`Client.core.orgs.favicon.create`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import core_orgs_favicon_create_create as _core_orgs_favicon_create_create
from ......models.image_upload import ImageUpload
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreOrgsFaviconCreateResource",
    "CoreOrgsFaviconCreateResourceWithRawResponse",
    "AsyncCoreOrgsFaviconCreateResource",
    "AsyncCoreOrgsFaviconCreateResourceWithRawResponse",
]


class CoreOrgsFaviconCreateResource:
    """`Client.core.orgs.favicon.create`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsFaviconCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsFaviconCreateResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        body: ImageUpload,
        **options: Unpack[RequestOptions],
    ) -> ImageUpload: ...

    @overload
    def create(
        self,
        *,
        org: str,
        file: str,
        **options: Unpack[RequestOptions],
    ) -> ImageUpload: ...

    def create(
        self,
        *,
        org: str,
        body: ImageUpload | Unset = UNSET,
        file: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageUpload:
        """Upload a new platform logo

        Args:
            org (str, path)
            body (ImageUpload, request body)
            Or the body's fields as keywords instead of body=: file

        Returns:
            ImageUpload
        """
        body = body_from_fields(
            "core.orgs.favicon.create.create",
            body,
            ImageUpload,
            ["file"],
            (("file", "file", file),),
        )
        return self._client._send(
            _core_orgs_favicon_create_create.OPERATION,
            _core_orgs_favicon_create_create.build_request(org=org, body=body),
            options,
        )


class CoreOrgsFaviconCreateResourceWithRawResponse:
    """`Client.core.orgs.favicon.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsFaviconCreateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreOrgsFaviconCreateResource:
    """`AsyncClient.core.orgs.favicon.create`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsFaviconCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsFaviconCreateResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        body: ImageUpload,
        **options: Unpack[RequestOptions],
    ) -> ImageUpload: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        file: str,
        **options: Unpack[RequestOptions],
    ) -> ImageUpload: ...

    async def create(
        self,
        *,
        org: str,
        body: ImageUpload | Unset = UNSET,
        file: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageUpload:
        """Upload a new platform logo

        Args:
            org (str, path)
            body (ImageUpload, request body)
            Or the body's fields as keywords instead of body=: file

        Returns:
            ImageUpload
        """
        body = body_from_fields(
            "core.orgs.favicon.create.create",
            body,
            ImageUpload,
            ["file"],
            (("file", "file", file),),
        )
        return await self._client._send(
            _core_orgs_favicon_create_create.OPERATION,
            _core_orgs_favicon_create_create.build_request(org=org, body=body),
            options,
        )


class AsyncCoreOrgsFaviconCreateResourceWithRawResponse:
    """`AsyncClient.core.orgs.favicon.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsFaviconCreateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
