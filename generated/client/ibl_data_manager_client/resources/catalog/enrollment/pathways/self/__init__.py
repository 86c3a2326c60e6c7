"""`Client.catalog.enrollment.pathways.self`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_enrollment_pathways_self_create as _catalog_enrollment_pathways_self_create,
)
from ......api.catalog import (
    catalog_enrollment_pathways_self_destroy as _catalog_enrollment_pathways_self_destroy,
)
from ......models.pathway_enrollment import PathwayEnrollment
from ......models.pathway_self_enrollment_request import PathwaySelfEnrollmentRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogEnrollmentPathwaysSelfResource",
    "CatalogEnrollmentPathwaysSelfResourceWithRawResponse",
    "AsyncCatalogEnrollmentPathwaysSelfResource",
    "AsyncCatalogEnrollmentPathwaysSelfResourceWithRawResponse",
]


class CatalogEnrollmentPathwaysSelfResource:
    """`Client.catalog.enrollment.pathways.self`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEnrollmentPathwaysSelfResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEnrollmentPathwaysSelfResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment:
        """Unenroll from a pathway. Deactivates enrollment.

        Args:
            active (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PathwayEnrollment
        """
        return self._client._send(
            _catalog_enrollment_pathways_self_destroy.OPERATION,
            _catalog_enrollment_pathways_self_destroy.build_request(
                active=active,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
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
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: PathwaySelfEnrollmentRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment: ...

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_key: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment: ...

    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: PathwaySelfEnrollmentRequest | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_key: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment:
        """Log user enrollment with a pathway.

        Args:
            active (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)
            body (PathwaySelfEnrollmentRequest | Unset, request body): Serializer for pathway
                self-enrollment request parameters.
            Or the body's fields as keywords instead of body=: body_user_id, body_username,
                body_pathway_id, body_pathway_key, body_slug, body_org, body_platform_key,
                body_active

        Returns:
            PathwayEnrollment
        """
        body = optional_body_from_fields(
            "catalog.enrollment.pathways.self.create",
            body,
            PathwaySelfEnrollmentRequest,
            [],
            (
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("body_pathway_id", "pathway_id", body_pathway_id),
                ("body_pathway_key", "pathway_key", body_pathway_key),
                ("body_slug", "slug", body_slug),
                ("body_org", "org", body_org),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_active", "active", body_active),
            ),
        )
        return self._client._send(
            _catalog_enrollment_pathways_self_create.OPERATION,
            _catalog_enrollment_pathways_self_create.build_request(
                active=active,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class CatalogEnrollmentPathwaysSelfResourceWithRawResponse:
    """`Client.catalog.enrollment.pathways.self`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEnrollmentPathwaysSelfResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.create = to_raw_response(resource.create)


class AsyncCatalogEnrollmentPathwaysSelfResource:
    """`AsyncClient.catalog.enrollment.pathways.self`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEnrollmentPathwaysSelfResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEnrollmentPathwaysSelfResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment:
        """Unenroll from a pathway. Deactivates enrollment.

        Args:
            active (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PathwayEnrollment
        """
        return await self._client._send(
            _catalog_enrollment_pathways_self_destroy.OPERATION,
            _catalog_enrollment_pathways_self_destroy.build_request(
                active=active,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
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
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: PathwaySelfEnrollmentRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment: ...

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_key: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment: ...

    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_key: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        body: PathwaySelfEnrollmentRequest | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_pathway_id: str | Unset = UNSET,
        body_pathway_key: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollment:
        """Log user enrollment with a pathway.

        Args:
            active (bool | Unset, query)
            org (str | Unset, query)
            pathway_id (str | Unset, query)
            pathway_key (str | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)
            body (PathwaySelfEnrollmentRequest | Unset, request body): Serializer for pathway
                self-enrollment request parameters.
            Or the body's fields as keywords instead of body=: body_user_id, body_username,
                body_pathway_id, body_pathway_key, body_slug, body_org, body_platform_key,
                body_active

        Returns:
            PathwayEnrollment
        """
        body = optional_body_from_fields(
            "catalog.enrollment.pathways.self.create",
            body,
            PathwaySelfEnrollmentRequest,
            [],
            (
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("body_pathway_id", "pathway_id", body_pathway_id),
                ("body_pathway_key", "pathway_key", body_pathway_key),
                ("body_slug", "slug", body_slug),
                ("body_org", "org", body_org),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_active", "active", body_active),
            ),
        )
        return await self._client._send(
            _catalog_enrollment_pathways_self_create.OPERATION,
            _catalog_enrollment_pathways_self_create.build_request(
                active=active,
                org=org,
                pathway_id=pathway_id,
                pathway_key=pathway_key,
                platform_key=platform_key,
                slug=slug,
                user_id=user_id,
                username=username,
                body=body,
            ),
            options,
        )


class AsyncCatalogEnrollmentPathwaysSelfResourceWithRawResponse:
    """`AsyncClient.catalog.enrollment.pathways.self`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEnrollmentPathwaysSelfResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.create = async_to_raw_response(resource.create)
