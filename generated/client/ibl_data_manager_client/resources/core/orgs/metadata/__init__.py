"""`Client.core.orgs.metadata`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_orgs_metadata_partial_update as _core_orgs_metadata_partial_update
from .....api.core import core_orgs_metadata_retrieve as _core_orgs_metadata_retrieve
from .....api.core import core_orgs_metadata_update as _core_orgs_metadata_update
from .....models.patched_platform_public_metadata import PatchedPlatformPublicMetadata
from .....models.platform_public_metadata import PlatformPublicMetadata
from .....models.platform_public_metadata_request import PlatformPublicMetadataRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreOrgsMetadataResource",
    "CoreOrgsMetadataResourceWithRawResponse",
    "AsyncCoreOrgsMetadataResource",
    "AsyncCoreOrgsMetadataResourceWithRawResponse",
]


class CoreOrgsMetadataResource:
    """`Client.core.orgs.metadata`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsMetadataResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata:
        """GET /api/core/orgs/{org}/metadata/

        Args:
            org (str, path)

        Returns:
            PlatformPublicMetadata
        """
        return self._client._send(
            _core_orgs_metadata_retrieve.OPERATION,
            _core_orgs_metadata_retrieve.build_request(org=org),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        body: PatchedPlatformPublicMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata: ...

    def partial_update(
        self,
        *,
        org: str,
        body: PatchedPlatformPublicMetadata | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata:
        """PATCH /api/core/orgs/{org}/metadata/

        Args:
            org (str, path)
            body (PatchedPlatformPublicMetadata | Unset, request body)
            Or the body's fields as keywords instead of body=: metadata

        Returns:
            PlatformPublicMetadata
        """
        body = optional_body_from_fields(
            "core.orgs.metadata.partial_update",
            body,
            PatchedPlatformPublicMetadata,
            [],
            (("metadata", "metadata", metadata),),
        )
        return self._client._send(
            _core_orgs_metadata_partial_update.OPERATION,
            _core_orgs_metadata_partial_update.build_request(org=org, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        body: PlatformPublicMetadataRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata: ...

    @overload
    def update(
        self,
        *,
        org: str,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata: ...

    def update(
        self,
        *,
        org: str,
        body: PlatformPublicMetadataRequest | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata:
        """PUT /api/core/orgs/{org}/metadata/

        Args:
            org (str, path)
            body (PlatformPublicMetadataRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: metadata

        Returns:
            PlatformPublicMetadata
        """
        body = optional_body_from_fields(
            "core.orgs.metadata.update",
            body,
            PlatformPublicMetadataRequest,
            [],
            (("metadata", "metadata", metadata),),
        )
        return self._client._send(
            _core_orgs_metadata_update.OPERATION,
            _core_orgs_metadata_update.build_request(org=org, body=body),
            options,
        )


class CoreOrgsMetadataResourceWithRawResponse:
    """`Client.core.orgs.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsMetadataResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncCoreOrgsMetadataResource:
    """`AsyncClient.core.orgs.metadata`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsMetadataResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata:
        """GET /api/core/orgs/{org}/metadata/

        Args:
            org (str, path)

        Returns:
            PlatformPublicMetadata
        """
        return await self._client._send(
            _core_orgs_metadata_retrieve.OPERATION,
            _core_orgs_metadata_retrieve.build_request(org=org),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        body: PatchedPlatformPublicMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata: ...

    async def partial_update(
        self,
        *,
        org: str,
        body: PatchedPlatformPublicMetadata | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata:
        """PATCH /api/core/orgs/{org}/metadata/

        Args:
            org (str, path)
            body (PatchedPlatformPublicMetadata | Unset, request body)
            Or the body's fields as keywords instead of body=: metadata

        Returns:
            PlatformPublicMetadata
        """
        body = optional_body_from_fields(
            "core.orgs.metadata.partial_update",
            body,
            PatchedPlatformPublicMetadata,
            [],
            (("metadata", "metadata", metadata),),
        )
        return await self._client._send(
            _core_orgs_metadata_partial_update.OPERATION,
            _core_orgs_metadata_partial_update.build_request(org=org, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        body: PlatformPublicMetadataRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata: ...

    async def update(
        self,
        *,
        org: str,
        body: PlatformPublicMetadataRequest | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicMetadata:
        """PUT /api/core/orgs/{org}/metadata/

        Args:
            org (str, path)
            body (PlatformPublicMetadataRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: metadata

        Returns:
            PlatformPublicMetadata
        """
        body = optional_body_from_fields(
            "core.orgs.metadata.update",
            body,
            PlatformPublicMetadataRequest,
            [],
            (("metadata", "metadata", metadata),),
        )
        return await self._client._send(
            _core_orgs_metadata_update.OPERATION,
            _core_orgs_metadata_update.build_request(org=org, body=body),
            options,
        )


class AsyncCoreOrgsMetadataResourceWithRawResponse:
    """`AsyncClient.core.orgs.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsMetadataResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
