"""`Client.catalog.enrollment.pathways`: 3 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import (
    catalog_enrollment_pathways_create as _catalog_enrollment_pathways_create,
)
from .....api.catalog import (
    catalog_enrollment_pathways_destroy as _catalog_enrollment_pathways_destroy,
)
from .....api.catalog import (
    catalog_enrollment_pathways_retrieve as _catalog_enrollment_pathways_retrieve,
)
from .....models.pathway_enrollment import PathwayEnrollment
from .....models.pathway_enrollment_plus import PathwayEnrollmentPlus
from .....models.pathway_enrollment_request import PathwayEnrollmentRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .search import (
        AsyncCatalogEnrollmentPathwaysSearchResource,
        AsyncCatalogEnrollmentPathwaysSearchResourceWithRawResponse,
        CatalogEnrollmentPathwaysSearchResource,
        CatalogEnrollmentPathwaysSearchResourceWithRawResponse,
    )
    from .self import (
        AsyncCatalogEnrollmentPathwaysSelfResource,
        AsyncCatalogEnrollmentPathwaysSelfResourceWithRawResponse,
        CatalogEnrollmentPathwaysSelfResource,
        CatalogEnrollmentPathwaysSelfResourceWithRawResponse,
    )

__all__ = [
    "CatalogEnrollmentPathwaysResource",
    "CatalogEnrollmentPathwaysResourceWithRawResponse",
    "AsyncCatalogEnrollmentPathwaysResource",
    "AsyncCatalogEnrollmentPathwaysResourceWithRawResponse",
]


class CatalogEnrollmentPathwaysResource:
    """`Client.catalog.enrollment.pathways`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEnrollmentPathwaysResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEnrollmentPathwaysResourceWithRawResponse(self)

    @cached_property
    def search(self) -> CatalogEnrollmentPathwaysSearchResource:
        from .search import CatalogEnrollmentPathwaysSearchResource

        return CatalogEnrollmentPathwaysSearchResource(self._client)

    @cached_property
    def self(self) -> CatalogEnrollmentPathwaysSelfResource:
        from .self import CatalogEnrollmentPathwaysSelfResource

        return CatalogEnrollmentPathwaysSelfResource(self._client)

    def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment:
        """Unenroll from a pathway. Deactivates enrollment.

        Args:
            active (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PathwayEnrollment
        """
        return self._client._send(
            _catalog_enrollment_pathways_destroy.OPERATION,
            _catalog_enrollment_pathways_destroy.build_request(
                active=active,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollmentPlus:
        """Search pathway enrollments. Requires user_id or username and pathway_id or slug.

        Args:
            active (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PathwayEnrollmentPlus
        """
        return self._client._send(
            _catalog_enrollment_pathways_retrieve.OPERATION,
            _catalog_enrollment_pathways_retrieve.build_request(
                active=active,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: PathwayEnrollmentRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment: ...

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_uuid: str | Unset = UNSET,
        body_pathway_key: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_include_default_platform: bool | Unset = UNSET,
        body_include_metadata: bool | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment: ...

    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: PathwayEnrollmentRequest | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_uuid: str | Unset = UNSET,
        body_pathway_key: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_include_default_platform: bool | Unset = UNSET,
        body_include_metadata: bool | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment:
        """Log user enrollment with a pathway.

        Args:
            active (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)
            body (PathwayEnrollmentRequest | Unset, request body): Serializer for pathway
                enrollment request parameters.
            Or the body's fields as keywords instead of body=: body_user_id, body_username,
                body_pathway_id, body_pathway_uuid, body_pathway_key, body_slug, body_org,
                body_platform_key, body_include_default_platform, body_include_metadata,
                body_active

        Returns:
            PathwayEnrollment
        """
        body = optional_body_from_fields(
            "catalog.enrollment.pathways.create",
            body,
            PathwayEnrollmentRequest,
            [],
            (
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("body_pathway_id", "pathway_id", body_pathway_id),
                ("body_pathway_uuid", "pathway_uuid", body_pathway_uuid),
                ("body_pathway_key", "pathway_key", body_pathway_key),
                ("body_slug", "slug", body_slug),
                ("body_org", "org", body_org),
                ("body_platform_key", "platform_key", body_platform_key),
                (
                    "body_include_default_platform",
                    "include_default_platform",
                    body_include_default_platform,
                ),
                ("body_include_metadata", "include_metadata", body_include_metadata),
                ("body_active", "active", body_active),
            ),
        )
        return self._client._send(
            _catalog_enrollment_pathways_create.OPERATION,
            _catalog_enrollment_pathways_create.build_request(
                active=active,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class CatalogEnrollmentPathwaysResourceWithRawResponse:
    """`Client.catalog.enrollment.pathways`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEnrollmentPathwaysResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def search(self) -> CatalogEnrollmentPathwaysSearchResourceWithRawResponse:
        from .search import CatalogEnrollmentPathwaysSearchResourceWithRawResponse

        return CatalogEnrollmentPathwaysSearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def self(self) -> CatalogEnrollmentPathwaysSelfResourceWithRawResponse:
        from .self import CatalogEnrollmentPathwaysSelfResourceWithRawResponse

        return CatalogEnrollmentPathwaysSelfResourceWithRawResponse(self._resource.self)


class AsyncCatalogEnrollmentPathwaysResource:
    """`AsyncClient.catalog.enrollment.pathways`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEnrollmentPathwaysResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEnrollmentPathwaysResourceWithRawResponse(self)

    @cached_property
    def search(self) -> AsyncCatalogEnrollmentPathwaysSearchResource:
        from .search import AsyncCatalogEnrollmentPathwaysSearchResource

        return AsyncCatalogEnrollmentPathwaysSearchResource(self._client)

    @cached_property
    def self(self) -> AsyncCatalogEnrollmentPathwaysSelfResource:
        from .self import AsyncCatalogEnrollmentPathwaysSelfResource

        return AsyncCatalogEnrollmentPathwaysSelfResource(self._client)

    async def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment:
        """Unenroll from a pathway. Deactivates enrollment.

        Args:
            active (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PathwayEnrollment
        """
        return await self._client._send(
            _catalog_enrollment_pathways_destroy.OPERATION,
            _catalog_enrollment_pathways_destroy.build_request(
                active=active,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollmentPlus:
        """Search pathway enrollments. Requires user_id or username and pathway_id or slug.

        Args:
            active (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PathwayEnrollmentPlus
        """
        return await self._client._send(
            _catalog_enrollment_pathways_retrieve.OPERATION,
            _catalog_enrollment_pathways_retrieve.build_request(
                active=active,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: PathwayEnrollmentRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment: ...

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_uuid: str | Unset = UNSET,
        body_pathway_key: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_include_default_platform: bool | Unset = UNSET,
        body_include_metadata: bool | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment: ...

    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        include_metadata: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: PathwayEnrollmentRequest | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_uuid: str | Unset = UNSET,
        body_pathway_key: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_include_default_platform: bool | Unset = UNSET,
        body_include_metadata: bool | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment:
        """Log user enrollment with a pathway.

        Args:
            active (bool | Unset, query)
            include_default_platform (bool | Unset, query)
            include_metadata (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            pathway_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)
            body (PathwayEnrollmentRequest | Unset, request body): Serializer for pathway
                enrollment request parameters.
            Or the body's fields as keywords instead of body=: body_user_id, body_username,
                body_pathway_id, body_pathway_uuid, body_pathway_key, body_slug, body_org,
                body_platform_key, body_include_default_platform, body_include_metadata,
                body_active

        Returns:
            PathwayEnrollment
        """
        body = optional_body_from_fields(
            "catalog.enrollment.pathways.create",
            body,
            PathwayEnrollmentRequest,
            [],
            (
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("body_pathway_id", "pathway_id", body_pathway_id),
                ("body_pathway_uuid", "pathway_uuid", body_pathway_uuid),
                ("body_pathway_key", "pathway_key", body_pathway_key),
                ("body_slug", "slug", body_slug),
                ("body_org", "org", body_org),
                ("body_platform_key", "platform_key", body_platform_key),
                (
                    "body_include_default_platform",
                    "include_default_platform",
                    body_include_default_platform,
                ),
                ("body_include_metadata", "include_metadata", body_include_metadata),
                ("body_active", "active", body_active),
            ),
        )
        return await self._client._send(
            _catalog_enrollment_pathways_create.OPERATION,
            _catalog_enrollment_pathways_create.build_request(
                active=active,
                include_default_platform=include_default_platform,
                include_metadata=include_metadata,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
                pathway_uuid=pathway_uuid,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class AsyncCatalogEnrollmentPathwaysResourceWithRawResponse:
    """`AsyncClient.catalog.enrollment.pathways`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEnrollmentPathwaysResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def search(self) -> AsyncCatalogEnrollmentPathwaysSearchResourceWithRawResponse:
        from .search import AsyncCatalogEnrollmentPathwaysSearchResourceWithRawResponse

        return AsyncCatalogEnrollmentPathwaysSearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def self(self) -> AsyncCatalogEnrollmentPathwaysSelfResourceWithRawResponse:
        from .self import AsyncCatalogEnrollmentPathwaysSelfResourceWithRawResponse

        return AsyncCatalogEnrollmentPathwaysSelfResourceWithRawResponse(self._resource.self)
