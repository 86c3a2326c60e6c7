"""`Client.ai_mentor.orgs.users.disclaimers`: 5 operations and 2 sub-resources."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimers_create as _ai_mentor_orgs_users_disclaimers_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimers_list as _ai_mentor_orgs_users_disclaimers_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimers_partial_update as _ai_mentor_orgs_users_disclaimers_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimers_retrieve as _ai_mentor_orgs_users_disclaimers_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimers_update as _ai_mentor_orgs_users_disclaimers_update,
)
from ......models.ai_mentor_orgs_users_disclaimers_list_scope import (
    AiMentorOrgsUsersDisclaimersListScope,
)
from ......models.disclaimer import Disclaimer
from ......models.disclaimer_request import DisclaimerRequest
from ......models.disclaimer_scope_enum import DisclaimerScopeEnum
from ......models.paginated_disclaimer_list import PaginatedDisclaimerList
from ......models.patched_disclaimer import PatchedDisclaimer
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .add_mentor import (
        AiMentorOrgsUsersDisclaimersAddMentorResource,
        AiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse,
        AsyncAiMentorOrgsUsersDisclaimersAddMentorResource,
        AsyncAiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse,
    )
    from .remove_mentor import (
        AiMentorOrgsUsersDisclaimersRemoveMentorResource,
        AiMentorOrgsUsersDisclaimersRemoveMentorResourceWithRawResponse,
        AsyncAiMentorOrgsUsersDisclaimersRemoveMentorResource,
        AsyncAiMentorOrgsUsersDisclaimersRemoveMentorResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersDisclaimersResource",
    "AiMentorOrgsUsersDisclaimersResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersDisclaimersResource",
    "AsyncAiMentorOrgsUsersDisclaimersResourceWithRawResponse",
]


class AiMentorOrgsUsersDisclaimersResource:
    """`Client.ai_mentor.orgs.users.disclaimers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersDisclaimersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersDisclaimersResourceWithRawResponse(self)

    @cached_property
    def add_mentor(self) -> AiMentorOrgsUsersDisclaimersAddMentorResource:
        from .add_mentor import AiMentorOrgsUsersDisclaimersAddMentorResource

        return AiMentorOrgsUsersDisclaimersAddMentorResource(self._client)

    @cached_property
    def remove_mentor(self) -> AiMentorOrgsUsersDisclaimersRemoveMentorResource:
        from .remove_mentor import AiMentorOrgsUsersDisclaimersRemoveMentorResource

        return AiMentorOrgsUsersDisclaimersRemoveMentorResource(self._client)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        active: bool | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        scope: AiMentorOrgsUsersDisclaimersListScope | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedDisclaimerList:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            active (bool | Unset, query)
            mentor_id (UUID | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            scope (AiMentorOrgsUsersDisclaimersListScope | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedDisclaimerList
        """
        return self._client._send(
            _ai_mentor_orgs_users_disclaimers_list.OPERATION,
            _ai_mentor_orgs_users_disclaimers_list.build_request(
                org=org,
                user_id=user_id,
                active=active,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                scope=scope,
                search=search,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        active: bool | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        scope: AiMentorOrgsUsersDisclaimersListScope | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Disclaimer]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_disclaimers_list.OPERATION,
            _ai_mentor_orgs_users_disclaimers_list.build_request(
                org=org,
                user_id=user_id,
                active=active,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                scope=scope,
                search=search,
            ),
            _ai_mentor_orgs_users_disclaimers_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DisclaimerRequest,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        content: str,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DisclaimerRequest | Unset = UNSET,
        content: str | Unset = UNSET,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            body (DisclaimerRequest, request body)
            Or the body's fields as keywords instead of body=: content, scope, title, active,
                mentors

        Returns:
            Disclaimer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.disclaimers.create",
            body,
            DisclaimerRequest,
            ["content"],
            (
                ("content", "content", content),
                ("scope", "scope", scope),
                ("title", "title", title),
                ("active", "active", active),
                ("mentors", "mentors", mentors),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_disclaimers_create.OPERATION,
            _ai_mentor_orgs_users_disclaimers_create.build_request(
                org=org, user_id=user_id, body=body
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
    ) -> Disclaimer:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            Disclaimer
        """
        return self._client._send(
            _ai_mentor_orgs_users_disclaimers_retrieve.OPERATION,
            _ai_mentor_orgs_users_disclaimers_retrieve.build_request(
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
        body: PatchedDisclaimer | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        content: str | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedDisclaimer | Unset = UNSET,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        content: str | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedDisclaimer | Unset, request body)
            Or the body's fields as keywords instead of body=: scope, content, title, active,
                mentors

        Returns:
            Disclaimer
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.disclaimers.partial_update",
            body,
            PatchedDisclaimer,
            [],
            (
                ("scope", "scope", scope),
                ("content", "content", content),
                ("title", "title", title),
                ("active", "active", active),
                ("mentors", "mentors", mentors),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_disclaimers_partial_update.OPERATION,
            _ai_mentor_orgs_users_disclaimers_partial_update.build_request(
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
        body: DisclaimerRequest,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        content: str,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: DisclaimerRequest | Unset = UNSET,
        content: str | Unset = UNSET,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (DisclaimerRequest, request body)
            Or the body's fields as keywords instead of body=: content, scope, title, active,
                mentors

        Returns:
            Disclaimer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.disclaimers.update",
            body,
            DisclaimerRequest,
            ["content"],
            (
                ("content", "content", content),
                ("scope", "scope", scope),
                ("title", "title", title),
                ("active", "active", active),
                ("mentors", "mentors", mentors),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_disclaimers_update.OPERATION,
            _ai_mentor_orgs_users_disclaimers_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersDisclaimersResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.disclaimers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersDisclaimersResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def add_mentor(self) -> AiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse:
        from .add_mentor import AiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse

        return AiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse(
            self._resource.add_mentor
        )

    @cached_property
    def remove_mentor(self) -> AiMentorOrgsUsersDisclaimersRemoveMentorResourceWithRawResponse:
        from .remove_mentor import AiMentorOrgsUsersDisclaimersRemoveMentorResourceWithRawResponse

        return AiMentorOrgsUsersDisclaimersRemoveMentorResourceWithRawResponse(
            self._resource.remove_mentor
        )


class AsyncAiMentorOrgsUsersDisclaimersResource:
    """`AsyncClient.ai_mentor.orgs.users.disclaimers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersDisclaimersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersDisclaimersResourceWithRawResponse(self)

    @cached_property
    def add_mentor(self) -> AsyncAiMentorOrgsUsersDisclaimersAddMentorResource:
        from .add_mentor import AsyncAiMentorOrgsUsersDisclaimersAddMentorResource

        return AsyncAiMentorOrgsUsersDisclaimersAddMentorResource(self._client)

    @cached_property
    def remove_mentor(self) -> AsyncAiMentorOrgsUsersDisclaimersRemoveMentorResource:
        from .remove_mentor import AsyncAiMentorOrgsUsersDisclaimersRemoveMentorResource

        return AsyncAiMentorOrgsUsersDisclaimersRemoveMentorResource(self._client)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        active: bool | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        scope: AiMentorOrgsUsersDisclaimersListScope | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedDisclaimerList:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            active (bool | Unset, query)
            mentor_id (UUID | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            scope (AiMentorOrgsUsersDisclaimersListScope | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedDisclaimerList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimers_list.OPERATION,
            _ai_mentor_orgs_users_disclaimers_list.build_request(
                org=org,
                user_id=user_id,
                active=active,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                scope=scope,
                search=search,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        active: bool | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        scope: AiMentorOrgsUsersDisclaimersListScope | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Disclaimer]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_disclaimers_list.OPERATION,
            _ai_mentor_orgs_users_disclaimers_list.build_request(
                org=org,
                user_id=user_id,
                active=active,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                scope=scope,
                search=search,
            ),
            _ai_mentor_orgs_users_disclaimers_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DisclaimerRequest,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        content: str,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DisclaimerRequest | Unset = UNSET,
        content: str | Unset = UNSET,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            body (DisclaimerRequest, request body)
            Or the body's fields as keywords instead of body=: content, scope, title, active,
                mentors

        Returns:
            Disclaimer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.disclaimers.create",
            body,
            DisclaimerRequest,
            ["content"],
            (
                ("content", "content", content),
                ("scope", "scope", scope),
                ("title", "title", title),
                ("active", "active", active),
                ("mentors", "mentors", mentors),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimers_create.OPERATION,
            _ai_mentor_orgs_users_disclaimers_create.build_request(
                org=org, user_id=user_id, body=body
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
    ) -> Disclaimer:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            Disclaimer
        """
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimers_retrieve.OPERATION,
            _ai_mentor_orgs_users_disclaimers_retrieve.build_request(
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
        body: PatchedDisclaimer | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        content: str | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedDisclaimer | Unset = UNSET,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        content: str | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedDisclaimer | Unset, request body)
            Or the body's fields as keywords instead of body=: scope, content, title, active,
                mentors

        Returns:
            Disclaimer
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.disclaimers.partial_update",
            body,
            PatchedDisclaimer,
            [],
            (
                ("scope", "scope", scope),
                ("content", "content", content),
                ("title", "title", title),
                ("active", "active", active),
                ("mentors", "mentors", mentors),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimers_partial_update.OPERATION,
            _ai_mentor_orgs_users_disclaimers_partial_update.build_request(
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
        body: DisclaimerRequest,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        content: str,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: DisclaimerRequest | Unset = UNSET,
        content: str | Unset = UNSET,
        scope: DisclaimerScopeEnum | Unset = UNSET,
        title: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        mentors: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer:
        """ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating
        and managing mentor disclaimers, which are statements or information that mentors need
        to share with students.  Permissions:     - Platform administrators have full CRUD
        access     - Students have read-only access     - Unauthenticated users have no access
        Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
        - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET
        /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     -
        PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     -
        POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to
        disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ -
        Remove mentor from disclaimer  Query Parameters:     - Supports filtering via
        DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:
        List endpoint returns paginated results with disclaimer objects:      ```     {
        \"count\": int,         \"next\": str,         \"previous\": str,         \"results\": [
        {                 \"id\": int,                 \"title\": str,
        \"content\": str,                 \"mentor\": str,                 \"platform\": str,
        \"created_at\": datetime,                 \"updated_at\": datetime             },
        ...         ]     }     ```      Detail endpoints return a single disclaimer object with
        the same structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (DisclaimerRequest, request body)
            Or the body's fields as keywords instead of body=: content, scope, title, active,
                mentors

        Returns:
            Disclaimer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.disclaimers.update",
            body,
            DisclaimerRequest,
            ["content"],
            (
                ("content", "content", content),
                ("scope", "scope", scope),
                ("title", "title", title),
                ("active", "active", active),
                ("mentors", "mentors", mentors),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimers_update.OPERATION,
            _ai_mentor_orgs_users_disclaimers_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersDisclaimersResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.disclaimers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersDisclaimersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def add_mentor(self) -> AsyncAiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse:
        from .add_mentor import AsyncAiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse

        return AsyncAiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse(
            self._resource.add_mentor
        )

    @cached_property
    def remove_mentor(self) -> AsyncAiMentorOrgsUsersDisclaimersRemoveMentorResourceWithRawResponse:
        from .remove_mentor import (
            AsyncAiMentorOrgsUsersDisclaimersRemoveMentorResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersDisclaimersRemoveMentorResourceWithRawResponse(
            self._resource.remove_mentor
        )
