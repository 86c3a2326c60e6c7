"""`Client.catalog.skills.public`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_skills_public_create as _catalog_skills_public_create
from .....models.skill import Skill
from .....models.skill_create_update_request import SkillCreateUpdateRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogSkillsPublicResource",
    "CatalogSkillsPublicResourceWithRawResponse",
    "AsyncCatalogSkillsPublicResource",
    "AsyncCatalogSkillsPublicResourceWithRawResponse",
]


class CatalogSkillsPublicResource:
    """`Client.catalog.skills.public`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSkillsPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSkillsPublicResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: SkillCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Skill: ...

    @overload
    def create(
        self,
        *,
        name: str,
        id: int | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill: ...

    def create(
        self,
        *,
        body: SkillCreateUpdateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        id: int | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Add or update a skill.

        Args:
            body (SkillCreateUpdateRequest, request body): Serializer for skill creation/update
                request parameters.
            Or the body's fields as keywords instead of body=: name, id, slug, platform_key,
                data

        Returns:
            Skill
        """
        body = body_from_fields(
            "catalog.skills.public.create",
            body,
            SkillCreateUpdateRequest,
            ["name"],
            (
                ("name", "name", name),
                ("id", "id", id),
                ("slug", "slug", slug),
                ("platform_key", "platform_key", platform_key),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_skills_public_create.OPERATION,
            _catalog_skills_public_create.build_request(body=body),
            options,
        )


class CatalogSkillsPublicResourceWithRawResponse:
    """`Client.catalog.skills.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSkillsPublicResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogSkillsPublicResource:
    """`AsyncClient.catalog.skills.public`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSkillsPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSkillsPublicResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: SkillCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Skill: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        id: int | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill: ...

    async def create(
        self,
        *,
        body: SkillCreateUpdateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        id: int | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Add or update a skill.

        Args:
            body (SkillCreateUpdateRequest, request body): Serializer for skill creation/update
                request parameters.
            Or the body's fields as keywords instead of body=: name, id, slug, platform_key,
                data

        Returns:
            Skill
        """
        body = body_from_fields(
            "catalog.skills.public.create",
            body,
            SkillCreateUpdateRequest,
            ["name"],
            (
                ("name", "name", name),
                ("id", "id", id),
                ("slug", "slug", slug),
                ("platform_key", "platform_key", platform_key),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_skills_public_create.OPERATION,
            _catalog_skills_public_create.build_request(body=body),
            options,
        )


class AsyncCatalogSkillsPublicResourceWithRawResponse:
    """`AsyncClient.catalog.skills.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSkillsPublicResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
