"""`Client.catalog.skills.reported`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_skills_reported_create as _catalog_skills_reported_create
from .....api.catalog import catalog_skills_reported_retrieve as _catalog_skills_reported_retrieve
from .....models.reported_skill import ReportedSkill
from .....models.reported_skill_create_update_request import ReportedSkillCreateUpdateRequest
from .....models.reported_skill_create_update_request_skills_item import (
    ReportedSkillCreateUpdateRequestSkillsItem,
)
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogSkillsReportedResource",
    "CatalogSkillsReportedResourceWithRawResponse",
    "AsyncCatalogSkillsReportedResource",
    "AsyncCatalogSkillsReportedResourceWithRawResponse",
]


class CatalogSkillsReportedResource:
    """`Client.catalog.skills.reported`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSkillsReportedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSkillsReportedResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill:
        """Retrieve reported skills for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            ReportedSkill
        """
        return self._client._send(
            _catalog_skills_reported_retrieve.OPERATION,
            _catalog_skills_reported_retrieve.build_request(user_id=user_id, username=username),
            options,
        )

    @overload
    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ReportedSkillCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill: ...

    @overload
    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        skills: list[ReportedSkillCreateUpdateRequestSkillsItem],
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill: ...

    def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ReportedSkillCreateUpdateRequest | Unset = UNSET,
        skills: list[ReportedSkillCreateUpdateRequestSkillsItem] | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill:
        """Add or update reported skills for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (ReportedSkillCreateUpdateRequest, request body): Serializer for reported skill
                creation/update request parameters.
            Or the body's fields as keywords instead of body=: skills, body_user_id,
                body_username, data

        Returns:
            ReportedSkill
        """
        body = body_from_fields(
            "catalog.skills.reported.create",
            body,
            ReportedSkillCreateUpdateRequest,
            ["skills"],
            (
                ("skills", "skills", skills),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_skills_reported_create.OPERATION,
            _catalog_skills_reported_create.build_request(
                user_id=user_id, username=username, body=body
            ),
            options,
        )


class CatalogSkillsReportedResourceWithRawResponse:
    """`Client.catalog.skills.reported`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSkillsReportedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogSkillsReportedResource:
    """`AsyncClient.catalog.skills.reported`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSkillsReportedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSkillsReportedResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill:
        """Retrieve reported skills for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            ReportedSkill
        """
        return await self._client._send(
            _catalog_skills_reported_retrieve.OPERATION,
            _catalog_skills_reported_retrieve.build_request(user_id=user_id, username=username),
            options,
        )

    @overload
    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ReportedSkillCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill: ...

    @overload
    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        skills: list[ReportedSkillCreateUpdateRequestSkillsItem],
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill: ...

    async def create(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        body: ReportedSkillCreateUpdateRequest | Unset = UNSET,
        skills: list[ReportedSkillCreateUpdateRequestSkillsItem] | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        body_username: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill:
        """Add or update reported skills for a user.

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)
            body (ReportedSkillCreateUpdateRequest, request body): Serializer for reported skill
                creation/update request parameters.
            Or the body's fields as keywords instead of body=: skills, body_user_id,
                body_username, data

        Returns:
            ReportedSkill
        """
        body = body_from_fields(
            "catalog.skills.reported.create",
            body,
            ReportedSkillCreateUpdateRequest,
            ["skills"],
            (
                ("skills", "skills", skills),
                ("body_user_id", "user_id", body_user_id),
                ("body_username", "username", body_username),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_skills_reported_create.OPERATION,
            _catalog_skills_reported_create.build_request(
                user_id=user_id, username=username, body=body
            ),
            options,
        )


class AsyncCatalogSkillsReportedResourceWithRawResponse:
    """`AsyncClient.catalog.skills.reported`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSkillsReportedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
