"""`Client.catalog.skills.desired`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_skills_desired_create as _catalog_skills_desired_create
from .....api.catalog import catalog_skills_desired_retrieve as _catalog_skills_desired_retrieve
from .....models.desired_skill import DesiredSkill
from .....models.desired_skill_create_update_request import DesiredSkillCreateUpdateRequest
from .....models.desired_skill_create_update_request_skills_item import (
    DesiredSkillCreateUpdateRequestSkillsItem,
)
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogSkillsDesiredResource",
    "CatalogSkillsDesiredResourceWithRawResponse",
    "AsyncCatalogSkillsDesiredResource",
    "AsyncCatalogSkillsDesiredResourceWithRawResponse",
]


class CatalogSkillsDesiredResource:
    """`Client.catalog.skills.desired`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSkillsDesiredResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSkillsDesiredResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill:
        """Retrieve desired skills for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            DesiredSkill
        """
        return self._client._send(
            _catalog_skills_desired_retrieve.OPERATION,
            _catalog_skills_desired_retrieve.build_request(user_id=user_id, username=username),
            options,
        )

    @overload
    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: DesiredSkillCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill: ...

    @overload
    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        skills: list[DesiredSkillCreateUpdateRequestSkillsItem],
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill: ...

    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: DesiredSkillCreateUpdateRequest | Unset = UNSET,
        skills: list[DesiredSkillCreateUpdateRequestSkillsItem] | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill:
        """Add or update desired skills for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (DesiredSkillCreateUpdateRequest, request body): Serializer for desired skill
                creation/update request parameters.
            Or the body's fields as keywords instead of body=: skills, body_user_id,
                body_username, data

        Returns:
            DesiredSkill
        """
        body = body_from_fields(
            "catalog.skills.desired.create",
            body,
            DesiredSkillCreateUpdateRequest,
            ["skills"],
            (
                ("skills", "skills", skills),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_skills_desired_create.OPERATION,
            _catalog_skills_desired_create.build_request(
                user_id=user_id, username=username, body=body
            ),
            options,
        )


class CatalogSkillsDesiredResourceWithRawResponse:
    """`Client.catalog.skills.desired`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSkillsDesiredResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogSkillsDesiredResource:
    """`AsyncClient.catalog.skills.desired`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSkillsDesiredResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSkillsDesiredResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill:
        """Retrieve desired skills for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            DesiredSkill
        """
        return await self._client._send(
            _catalog_skills_desired_retrieve.OPERATION,
            _catalog_skills_desired_retrieve.build_request(user_id=user_id, username=username),
            options,
        )

    @overload
    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: DesiredSkillCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill: ...

    @overload
    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        skills: list[DesiredSkillCreateUpdateRequestSkillsItem],
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill: ...

    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: DesiredSkillCreateUpdateRequest | Unset = UNSET,
        skills: list[DesiredSkillCreateUpdateRequestSkillsItem] | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill:
        """Add or update desired skills for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (DesiredSkillCreateUpdateRequest, request body): Serializer for desired skill
                creation/update request parameters.
            Or the body's fields as keywords instead of body=: skills, body_user_id,
                body_username, data

        Returns:
            DesiredSkill
        """
        body = body_from_fields(
            "catalog.skills.desired.create",
            body,
            DesiredSkillCreateUpdateRequest,
            ["skills"],
            (
                ("skills", "skills", skills),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_skills_desired_create.OPERATION,
            _catalog_skills_desired_create.build_request(
                user_id=user_id, username=username, body=body
            ),
            options,
        )


class AsyncCatalogSkillsDesiredResourceWithRawResponse:
    """`AsyncClient.catalog.skills.desired`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSkillsDesiredResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
