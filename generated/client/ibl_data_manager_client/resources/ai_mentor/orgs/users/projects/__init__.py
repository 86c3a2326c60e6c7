"""`Client.ai_mentor.orgs.users.projects`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_projects_create as _ai_mentor_orgs_users_projects_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_projects_destroy as _ai_mentor_orgs_users_projects_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_projects_list as _ai_mentor_orgs_users_projects_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_projects_partial_update as _ai_mentor_orgs_users_projects_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_projects_retrieve as _ai_mentor_orgs_users_projects_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_projects_update as _ai_mentor_orgs_users_projects_update,
)
from ......models.paginated_project_list import PaginatedProjectList
from ......models.patched_project import PatchedProject
from ......models.project import Project
from ......models.project_request import ProjectRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersProjectsResource",
    "AiMentorOrgsUsersProjectsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersProjectsResource",
    "AsyncAiMentorOrgsUsersProjectsResourceWithRawResponse",
]


class AiMentorOrgsUsersProjectsResource:
    """`Client.ai_mentor.orgs.users.projects`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersProjectsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersProjectsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProjectList:
        """List projects

        Retrieve a list of projects with optional filtering and search.

        Args:
            org (str, path)
            user_id (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)
            shared (bool | Unset, query)
            sort (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedProjectList
        """
        return self._client._send(
            _ai_mentor_orgs_users_projects_list.OPERATION,
            _ai_mentor_orgs_users_projects_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
                shared=shared,
                sort=sort,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Project]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_projects_list.OPERATION,
            _ai_mentor_orgs_users_projects_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
                shared=shared,
                sort=sort,
                username=username,
            ),
            _ai_mentor_orgs_users_projects_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ProjectRequest,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ProjectRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Create a new project

        Create a new project with optional mentors.

        Args:
            org (str, path)
            user_id (str, path)
            body (ProjectRequest, request body): Unified serializer for Project model.
                Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the
                project - mentors_to_remove: List of mentor unique IDs to remove from the
                project These fields are mutually exclusive and only used during create/update
                operations. For create: only mentors_to_add is used For update: either can be
                used, but not both at once
            Or the body's fields as keywords instead of body=: name, description, shared,
                mentors_to_add, mentors_to_remove

        Returns:
            Project
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.projects.create",
            body,
            ProjectRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("shared", "shared", shared),
                ("mentors_to_add", "mentors_to_add", mentors_to_add),
                ("mentors_to_remove", "mentors_to_remove", mentors_to_remove),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_projects_create.OPERATION,
            _ai_mentor_orgs_users_projects_create.build_request(
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
        """Delete a project

        Delete a project permanently.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_projects_destroy.OPERATION,
            _ai_mentor_orgs_users_projects_destroy.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Retrieve a project

        Get detailed information about a specific project including its mentors.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            Project
        """
        return self._client._send(
            _ai_mentor_orgs_users_projects_retrieve.OPERATION,
            _ai_mentor_orgs_users_projects_retrieve.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedProject | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedProject | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """API ViewSet for managing projects.  Projects are groups of mentors that can be created
        by anyone (students and tenant admins). They serve as a way to organize and group
        related mentors together.  Projects can be: - Personal (shared=False): Only visible to
        their owners - Shared (shared=True): Visible to platform admins and potentially other
        users  Projects are accessed through integrated URLs within the mentor router:
        /orgs/<org>/projects/ - All accessible projects in a platform (admin access)
        /orgs/<org>/projects/<id>/ - Specific project (admin access)
        /orgs/<org>/users/<user_id>/projects/ - User's projects (user access)
        /orgs/<org>/users/<user_id>/projects/<id>/ - User's specific project  Query Parameters:
        - username: Filter projects by owner's username (admin routes only)     - shared: Filter
        by shared status (true/false)     - search: Search in name and description     - sort:
        Order by field (prefix with - for descending). Example: sort=name or sort=-created_at
        Permissions:     - GET: Accessible to project owners and platform admins (for shared
        projects)     - POST: Any authenticated user can create projects     - PUT, PATCH,
        DELETE: Accessible to project owners only

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedProject | Unset, request body): Unified serializer for Project model.
                Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the
                project - mentors_to_remove: List of mentor unique IDs to remove from the
                project These fields are mutually exclusive and only used during create/update
                operations. For create: only mentors_to_add is used For update: either can be
                used, but not both at once
            Or the body's fields as keywords instead of body=: name, description, shared,
                mentors_to_add, mentors_to_remove

        Returns:
            Project
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.projects.partial_update",
            body,
            PatchedProject,
            [],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("shared", "shared", shared),
                ("mentors_to_add", "mentors_to_add", mentors_to_add),
                ("mentors_to_remove", "mentors_to_remove", mentors_to_remove),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_projects_partial_update.OPERATION,
            _ai_mentor_orgs_users_projects_partial_update.build_request(
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
        body: ProjectRequest,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: ProjectRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Update a project

        Update project information and optionally modify its mentors.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (ProjectRequest, request body): Unified serializer for Project model.
                Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the
                project - mentors_to_remove: List of mentor unique IDs to remove from the
                project These fields are mutually exclusive and only used during create/update
                operations. For create: only mentors_to_add is used For update: either can be
                used, but not both at once
            Or the body's fields as keywords instead of body=: name, description, shared,
                mentors_to_add, mentors_to_remove

        Returns:
            Project
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.projects.update",
            body,
            ProjectRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("shared", "shared", shared),
                ("mentors_to_add", "mentors_to_add", mentors_to_add),
                ("mentors_to_remove", "mentors_to_remove", mentors_to_remove),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_projects_update.OPERATION,
            _ai_mentor_orgs_users_projects_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersProjectsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.projects`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersProjectsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersProjectsResource:
    """`AsyncClient.ai_mentor.orgs.users.projects`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersProjectsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersProjectsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProjectList:
        """List projects

        Retrieve a list of projects with optional filtering and search.

        Args:
            org (str, path)
            user_id (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)
            shared (bool | Unset, query)
            sort (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedProjectList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_projects_list.OPERATION,
            _ai_mentor_orgs_users_projects_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
                shared=shared,
                sort=sort,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Project]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_projects_list.OPERATION,
            _ai_mentor_orgs_users_projects_list.build_request(
                org=org,
                user_id=user_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                search=search,
                shared=shared,
                sort=sort,
                username=username,
            ),
            _ai_mentor_orgs_users_projects_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ProjectRequest,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ProjectRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Create a new project

        Create a new project with optional mentors.

        Args:
            org (str, path)
            user_id (str, path)
            body (ProjectRequest, request body): Unified serializer for Project model.
                Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the
                project - mentors_to_remove: List of mentor unique IDs to remove from the
                project These fields are mutually exclusive and only used during create/update
                operations. For create: only mentors_to_add is used For update: either can be
                used, but not both at once
            Or the body's fields as keywords instead of body=: name, description, shared,
                mentors_to_add, mentors_to_remove

        Returns:
            Project
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.projects.create",
            body,
            ProjectRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("shared", "shared", shared),
                ("mentors_to_add", "mentors_to_add", mentors_to_add),
                ("mentors_to_remove", "mentors_to_remove", mentors_to_remove),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_projects_create.OPERATION,
            _ai_mentor_orgs_users_projects_create.build_request(
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
        """Delete a project

        Delete a project permanently.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_projects_destroy.OPERATION,
            _ai_mentor_orgs_users_projects_destroy.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Retrieve a project

        Get detailed information about a specific project including its mentors.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            Project
        """
        return await self._client._send(
            _ai_mentor_orgs_users_projects_retrieve.OPERATION,
            _ai_mentor_orgs_users_projects_retrieve.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedProject | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedProject | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """API ViewSet for managing projects.  Projects are groups of mentors that can be created
        by anyone (students and tenant admins). They serve as a way to organize and group
        related mentors together.  Projects can be: - Personal (shared=False): Only visible to
        their owners - Shared (shared=True): Visible to platform admins and potentially other
        users  Projects are accessed through integrated URLs within the mentor router:
        /orgs/<org>/projects/ - All accessible projects in a platform (admin access)
        /orgs/<org>/projects/<id>/ - Specific project (admin access)
        /orgs/<org>/users/<user_id>/projects/ - User's projects (user access)
        /orgs/<org>/users/<user_id>/projects/<id>/ - User's specific project  Query Parameters:
        - username: Filter projects by owner's username (admin routes only)     - shared: Filter
        by shared status (true/false)     - search: Search in name and description     - sort:
        Order by field (prefix with - for descending). Example: sort=name or sort=-created_at
        Permissions:     - GET: Accessible to project owners and platform admins (for shared
        projects)     - POST: Any authenticated user can create projects     - PUT, PATCH,
        DELETE: Accessible to project owners only

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedProject | Unset, request body): Unified serializer for Project model.
                Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the
                project - mentors_to_remove: List of mentor unique IDs to remove from the
                project These fields are mutually exclusive and only used during create/update
                operations. For create: only mentors_to_add is used For update: either can be
                used, but not both at once
            Or the body's fields as keywords instead of body=: name, description, shared,
                mentors_to_add, mentors_to_remove

        Returns:
            Project
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.projects.partial_update",
            body,
            PatchedProject,
            [],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("shared", "shared", shared),
                ("mentors_to_add", "mentors_to_add", mentors_to_add),
                ("mentors_to_remove", "mentors_to_remove", mentors_to_remove),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_projects_partial_update.OPERATION,
            _ai_mentor_orgs_users_projects_partial_update.build_request(
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
        body: ProjectRequest,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: ProjectRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shared: bool | Unset = UNSET,
        mentors_to_add: list[UUID] | Unset = UNSET,
        mentors_to_remove: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Project:
        """Update a project

        Update project information and optionally modify its mentors.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (ProjectRequest, request body): Unified serializer for Project model.
                Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the
                project - mentors_to_remove: List of mentor unique IDs to remove from the
                project These fields are mutually exclusive and only used during create/update
                operations. For create: only mentors_to_add is used For update: either can be
                used, but not both at once
            Or the body's fields as keywords instead of body=: name, description, shared,
                mentors_to_add, mentors_to_remove

        Returns:
            Project
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.projects.update",
            body,
            ProjectRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("shared", "shared", shared),
                ("mentors_to_add", "mentors_to_add", mentors_to_add),
                ("mentors_to_remove", "mentors_to_remove", mentors_to_remove),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_projects_update.OPERATION,
            _ai_mentor_orgs_users_projects_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersProjectsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.projects`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersProjectsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
