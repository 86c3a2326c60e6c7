"""`Client.ai_mentor.orgs.users.mentor.categories`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_categories_create as _ai_mentor_orgs_users_mentor_categories_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_categories_destroy as _ai_mentor_orgs_users_mentor_categories_destroy,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_categories_list as _ai_mentor_orgs_users_mentor_categories_list,
)
from .......models.mentor_category import MentorCategory
from .......models.mentor_category_create import MentorCategoryCreate
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorCategoriesResource",
    "AiMentorOrgsUsersMentorCategoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorCategoriesResource",
    "AsyncAiMentorOrgsUsersMentorCategoriesResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorCategoriesResource:
    """`Client.ai_mentor.orgs.users.mentor.categories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorCategoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorCategoriesResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a mentor category.  Accessible only to tenant admins.  Returns:     204: \"No
        content\" when Delete succeeded.     400: Bad request data received

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_categories_destroy.OPERATION,
            _ai_mentor_orgs_users_mentor_categories_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[MentorCategory]:
        """Retrieve a list of mentor categories.  Returns:     200: A list of mentor categories.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[MentorCategory]
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_categories_list.OPERATION,
            _ai_mentor_orgs_users_mentor_categories_list.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorCategoryCreate,
        **options: Unpack[RequestOptions],
    ) -> MentorCategory: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        category_group: int | None | Unset = UNSET,
        description: None | str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategory: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorCategoryCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        category_group: int | None | Unset = UNSET,
        description: None | str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategory:
        """Create a new mentor category.  Accessible only to tenant admins.  Returns:     200:
        Details of the created mentor category.

        Args:
            org (str, path)
            user_id (str, path)
            body (MentorCategoryCreate, request body)
            Or the body's fields as keywords instead of body=: name, category_group,
                description, audience, audiences

        Returns:
            MentorCategory
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor.categories.create",
            body,
            MentorCategoryCreate,
            ["name"],
            (
                ("name", "name", name),
                ("category_group", "category_group", category_group),
                ("description", "description", description),
                ("audience", "audience", audience),
                ("audiences", "audiences", audiences),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentor_categories_create.OPERATION,
            _ai_mentor_orgs_users_mentor_categories_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorCategoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor.categories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorCategoriesResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorCategoriesResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor.categories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorCategoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorCategoriesResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a mentor category.  Accessible only to tenant admins.  Returns:     204: \"No
        content\" when Delete succeeded.     400: Bad request data received

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_categories_destroy.OPERATION,
            _ai_mentor_orgs_users_mentor_categories_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[MentorCategory]:
        """Retrieve a list of mentor categories.  Returns:     200: A list of mentor categories.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[MentorCategory]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_categories_list.OPERATION,
            _ai_mentor_orgs_users_mentor_categories_list.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorCategoryCreate,
        **options: Unpack[RequestOptions],
    ) -> MentorCategory: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        category_group: int | None | Unset = UNSET,
        description: None | str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategory: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorCategoryCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        category_group: int | None | Unset = UNSET,
        description: None | str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategory:
        """Create a new mentor category.  Accessible only to tenant admins.  Returns:     200:
        Details of the created mentor category.

        Args:
            org (str, path)
            user_id (str, path)
            body (MentorCategoryCreate, request body)
            Or the body's fields as keywords instead of body=: name, category_group,
                description, audience, audiences

        Returns:
            MentorCategory
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor.categories.create",
            body,
            MentorCategoryCreate,
            ["name"],
            (
                ("name", "name", name),
                ("category_group", "category_group", category_group),
                ("description", "description", description),
                ("audience", "audience", audience),
                ("audiences", "audiences", audiences),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_categories_create.OPERATION,
            _ai_mentor_orgs_users_mentor_categories_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorCategoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor.categories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorCategoriesResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
