"""`Client.core.orgs.thumbnail.create`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import core_orgs_thumbnail_create_create as _core_orgs_thumbnail_create_create
from ......models.image_upload import ImageUpload
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreOrgsThumbnailCreateResource",
    "CoreOrgsThumbnailCreateResourceWithRawResponse",
    "AsyncCoreOrgsThumbnailCreateResource",
    "AsyncCoreOrgsThumbnailCreateResourceWithRawResponse",
]


class CoreOrgsThumbnailCreateResource:
    """`Client.core.orgs.thumbnail.create`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsThumbnailCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsThumbnailCreateResourceWithRawResponse(self)

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
            "core.orgs.thumbnail.create.create",
            body,
            ImageUpload,
            ["file"],
            (("file", "file", file),),
        )
        return self._client._send(
            _core_orgs_thumbnail_create_create.OPERATION,
            _core_orgs_thumbnail_create_create.build_request(org=org, body=body),
            options,
        )


class CoreOrgsThumbnailCreateResourceWithRawResponse:
    """`Client.core.orgs.thumbnail.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsThumbnailCreateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreOrgsThumbnailCreateResource:
    """`AsyncClient.core.orgs.thumbnail.create`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsThumbnailCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsThumbnailCreateResourceWithRawResponse(self)

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
            "core.orgs.thumbnail.create.create",
            body,
            ImageUpload,
            ["file"],
            (("file", "file", file),),
        )
        return await self._client._send(
            _core_orgs_thumbnail_create_create.OPERATION,
            _core_orgs_thumbnail_create_create.build_request(org=org, body=body),
            options,
        )


class AsyncCoreOrgsThumbnailCreateResourceWithRawResponse:
    """`AsyncClient.core.orgs.thumbnail.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsThumbnailCreateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
