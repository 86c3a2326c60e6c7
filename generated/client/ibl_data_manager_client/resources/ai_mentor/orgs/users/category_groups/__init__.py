"""`Client.ai_mentor.orgs.users.category_groups`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_category_groups_create as _ai_mentor_orgs_users_category_groups_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_category_groups_destroy as _ai_mentor_orgs_users_category_groups_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_category_groups_list as _ai_mentor_orgs_users_category_groups_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_category_groups_partial_update as _ai_mentor_orgs_users_category_groups_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_category_groups_retrieve as _ai_mentor_orgs_users_category_groups_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_category_groups_update as _ai_mentor_orgs_users_category_groups_update,
)
from ......models.mentor_category_group import MentorCategoryGroup
from ......models.mentor_category_group_create import MentorCategoryGroupCreate
from ......models.mentor_category_group_create_request import MentorCategoryGroupCreateRequest
from ......models.patched_mentor_category_group_create import PatchedMentorCategoryGroupCreate
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCategoryGroupsResource",
    "AiMentorOrgsUsersCategoryGroupsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCategoryGroupsResource",
    "AsyncAiMentorOrgsUsersCategoryGroupsResourceWithRawResponse",
]


class AiMentorOrgsUsersCategoryGroupsResource:
    """`Client.ai_mentor.orgs.users.category_groups`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCategoryGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCategoryGroupsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        audience: int | Unset = UNSET,
        audience_name: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[MentorCategoryGroup]:
        """Retrieve a list of Mentor Category Groups.

        Args:
            org (str, path)
            user_id (str, path)
            audience (int | Unset, query)
            audience_name (str | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            list[MentorCategoryGroup]
        """
        return self._client._send(
            _ai_mentor_orgs_users_category_groups_list.OPERATION,
            _ai_mentor_orgs_users_category_groups_list.build_request(
                org=org,
                user_id=user_id,
                audience=audience,
                audience_name=audience_name,
                ordering=ordering,
                search=search,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorCategoryGroupCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroup: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: str,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroup: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorCategoryGroupCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroup:
        """Create a new Mentor Category Group. Only accessible to Platform Admins.

        Args:
            org (str, path)
            user_id (str, path)
            body (MentorCategoryGroupCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, description, audience,
                audiences

        Returns:
            MentorCategoryGroup
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.category_groups.create",
            body,
            MentorCategoryGroupCreateRequest,
            ["name", "description"],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("audience", "audience", audience),
                ("audiences", "audiences", audiences),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_category_groups_create.OPERATION,
            _ai_mentor_orgs_users_category_groups_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mentor Category Groups offer parent grouping for mentor category objects.  The parameter
        `audience` is deprecated and is currently left behind for backward compatibility.
        Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE,
        PATCH, PUT: Accessible to only Platform Admins

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_category_groups_destroy.OPERATION,
            _ai_mentor_orgs_users_category_groups_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroup:
        """Mentor Category Groups offer parent grouping for mentor category objects.  The parameter
        `audience` is deprecated and is currently left behind for backward compatibility.
        Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE,
        PATCH, PUT: Accessible to only Platform Admins

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            MentorCategoryGroup
        """
        return self._client._send(
            _ai_mentor_orgs_users_category_groups_retrieve.OPERATION,
            _ai_mentor_orgs_users_category_groups_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedMentorCategoryGroupCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedMentorCategoryGroupCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate:
        """Mentor Category Groups offer parent grouping for mentor category objects.  The parameter
        `audience` is deprecated and is currently left behind for backward compatibility.
        Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE,
        PATCH, PUT: Accessible to only Platform Admins

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedMentorCategoryGroupCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: name, description, audience,
                audiences

        Returns:
            MentorCategoryGroupCreate
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.category_groups.partial_update",
            body,
            PatchedMentorCategoryGroupCreate,
            [],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("audience", "audience", audience),
                ("audiences", "audiences", audiences),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_category_groups_partial_update.OPERATION,
            _ai_mentor_orgs_users_category_groups_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: MentorCategoryGroupCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str,
        description: str,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: MentorCategoryGroupCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate:
        """Mentor Category Groups offer parent grouping for mentor category objects.  The parameter
        `audience` is deprecated and is currently left behind for backward compatibility.
        Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE,
        PATCH, PUT: Accessible to only Platform Admins

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (MentorCategoryGroupCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, description, audience,
                audiences

        Returns:
            MentorCategoryGroupCreate
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.category_groups.update",
            body,
            MentorCategoryGroupCreateRequest,
            ["name", "description"],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("audience", "audience", audience),
                ("audiences", "audiences", audiences),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_category_groups_update.OPERATION,
            _ai_mentor_orgs_users_category_groups_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCategoryGroupsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.category_groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCategoryGroupsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersCategoryGroupsResource:
    """`AsyncClient.ai_mentor.orgs.users.category_groups`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersCategoryGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCategoryGroupsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        audience: int | Unset = UNSET,
        audience_name: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[MentorCategoryGroup]:
        """Retrieve a list of Mentor Category Groups.

        Args:
            org (str, path)
            user_id (str, path)
            audience (int | Unset, query)
            audience_name (str | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            list[MentorCategoryGroup]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_category_groups_list.OPERATION,
            _ai_mentor_orgs_users_category_groups_list.build_request(
                org=org,
                user_id=user_id,
                audience=audience,
                audience_name=audience_name,
                ordering=ordering,
                search=search,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorCategoryGroupCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroup: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: str,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroup: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorCategoryGroupCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroup:
        """Create a new Mentor Category Group. Only accessible to Platform Admins.

        Args:
            org (str, path)
            user_id (str, path)
            body (MentorCategoryGroupCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, description, audience,
                audiences

        Returns:
            MentorCategoryGroup
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.category_groups.create",
            body,
            MentorCategoryGroupCreateRequest,
            ["name", "description"],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("audience", "audience", audience),
                ("audiences", "audiences", audiences),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_category_groups_create.OPERATION,
            _ai_mentor_orgs_users_category_groups_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mentor Category Groups offer parent grouping for mentor category objects.  The parameter
        `audience` is deprecated and is currently left behind for backward compatibility.
        Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE,
        PATCH, PUT: Accessible to only Platform Admins

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_category_groups_destroy.OPERATION,
            _ai_mentor_orgs_users_category_groups_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroup:
        """Mentor Category Groups offer parent grouping for mentor category objects.  The parameter
        `audience` is deprecated and is currently left behind for backward compatibility.
        Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE,
        PATCH, PUT: Accessible to only Platform Admins

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            MentorCategoryGroup
        """
        return await self._client._send(
            _ai_mentor_orgs_users_category_groups_retrieve.OPERATION,
            _ai_mentor_orgs_users_category_groups_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedMentorCategoryGroupCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedMentorCategoryGroupCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate:
        """Mentor Category Groups offer parent grouping for mentor category objects.  The parameter
        `audience` is deprecated and is currently left behind for backward compatibility.
        Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE,
        PATCH, PUT: Accessible to only Platform Admins

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedMentorCategoryGroupCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: name, description, audience,
                audiences

        Returns:
            MentorCategoryGroupCreate
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.category_groups.partial_update",
            body,
            PatchedMentorCategoryGroupCreate,
            [],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("audience", "audience", audience),
                ("audiences", "audiences", audiences),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_category_groups_partial_update.OPERATION,
            _ai_mentor_orgs_users_category_groups_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: MentorCategoryGroupCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str,
        description: str,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: MentorCategoryGroupCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        audience: int | None | Unset = UNSET,
        audiences: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCategoryGroupCreate:
        """Mentor Category Groups offer parent grouping for mentor category objects.  The parameter
        `audience` is deprecated and is currently left behind for backward compatibility.
        Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE,
        PATCH, PUT: Accessible to only Platform Admins

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (MentorCategoryGroupCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, description, audience,
                audiences

        Returns:
            MentorCategoryGroupCreate
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.category_groups.update",
            body,
            MentorCategoryGroupCreateRequest,
            ["name", "description"],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("audience", "audience", audience),
                ("audiences", "audiences", audiences),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_category_groups_update.OPERATION,
            _ai_mentor_orgs_users_category_groups_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCategoryGroupsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.category_groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCategoryGroupsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
