"""`Client.ai_mentor.orgs.users.edx_memory`: 3 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_edx_memory_destroy as _ai_mentor_orgs_users_edx_memory_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_edx_memory_list as _ai_mentor_orgs_users_edx_memory_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_edx_memory_retrieve as _ai_mentor_orgs_users_edx_memory_retrieve,
)
from ......models.paginated_user_edx_memory_list import PaginatedUserEdxMemoryList
from ......models.user_edx_memory import UserEdxMemory
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersEdxMemoryResource",
    "AiMentorOrgsUsersEdxMemoryResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersEdxMemoryResource",
    "AsyncAiMentorOrgsUsersEdxMemoryResourceWithRawResponse",
]


class AiMentorOrgsUsersEdxMemoryResource:
    """`Client.ai_mentor.orgs.users.edx_memory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersEdxMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersEdxMemoryResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserEdxMemoryList:
        """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
        corresponding edx course they have interracted with. This information is passed to the
        corresponding mentor so the mentor has context information about the course and unit
        that the user last interracted with.  There can be only one UserEdxMemory instance per
        student and course_id.  Url Args:     org (str): The organization's platform key.
        user_id (str): The username  identifier of the individual.  Returns:      200: A
        paginated list of UserEdxMemory objects  Examples:      - List all memories         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/          Request:        None
        Response:       {                             \"count\": 0,
        \"next\": null,                             \"previous\": null,
        \"results\": [{                                 \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                                 \"date_created\":
        \"2024-06-25T15:30:26.257140\",                                 \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                             }]                         }
        - Get a single UserEdxMemory object         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/          Request:        None
        Response:       {                             \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                             \"date_created\":
        \"2024-06-25T15:30:26.257140\",                             \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                         }

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            student (int | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedUserEdxMemoryList
        """
        return self._client._send(
            _ai_mentor_orgs_users_edx_memory_list.OPERATION,
            _ai_mentor_orgs_users_edx_memory_list.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                student=student,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[UserEdxMemory]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_edx_memory_list.OPERATION,
            _ai_mentor_orgs_users_edx_memory_list.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                student=student,
                username=username,
            ),
            _ai_mentor_orgs_users_edx_memory_list.PAGE,
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
        """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
        corresponding edx course they have interracted with. This information is passed to the
        corresponding mentor so the mentor has context information about the course and unit
        that the user last interracted with.  There can be only one UserEdxMemory instance per
        student and course_id.  Url Args:     org (str): The organization's platform key.
        user_id (str): The username  identifier of the individual.  Returns:      200: A
        paginated list of UserEdxMemory objects  Examples:      - List all memories         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/          Request:        None
        Response:       {                             \"count\": 0,
        \"next\": null,                             \"previous\": null,
        \"results\": [{                                 \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                                 \"date_created\":
        \"2024-06-25T15:30:26.257140\",                                 \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                             }]                         }
        - Get a single UserEdxMemory object         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/          Request:        None
        Response:       {                             \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                             \"date_created\":
        \"2024-06-25T15:30:26.257140\",                             \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                         }

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_edx_memory_destroy.OPERATION,
            _ai_mentor_orgs_users_edx_memory_destroy.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> UserEdxMemory:
        """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
        corresponding edx course they have interracted with. This information is passed to the
        corresponding mentor so the mentor has context information about the course and unit
        that the user last interracted with.  There can be only one UserEdxMemory instance per
        student and course_id.  Url Args:     org (str): The organization's platform key.
        user_id (str): The username  identifier of the individual.  Returns:      200: A
        paginated list of UserEdxMemory objects  Examples:      - List all memories         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/          Request:        None
        Response:       {                             \"count\": 0,
        \"next\": null,                             \"previous\": null,
        \"results\": [{                                 \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                                 \"date_created\":
        \"2024-06-25T15:30:26.257140\",                                 \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                             }]                         }
        - Get a single UserEdxMemory object         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/          Request:        None
        Response:       {                             \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                             \"date_created\":
        \"2024-06-25T15:30:26.257140\",                             \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                         }

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            UserEdxMemory
        """
        return self._client._send(
            _ai_mentor_orgs_users_edx_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_edx_memory_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersEdxMemoryResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.edx_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersEdxMemoryResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersEdxMemoryResource:
    """`AsyncClient.ai_mentor.orgs.users.edx_memory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersEdxMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersEdxMemoryResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserEdxMemoryList:
        """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
        corresponding edx course they have interracted with. This information is passed to the
        corresponding mentor so the mentor has context information about the course and unit
        that the user last interracted with.  There can be only one UserEdxMemory instance per
        student and course_id.  Url Args:     org (str): The organization's platform key.
        user_id (str): The username  identifier of the individual.  Returns:      200: A
        paginated list of UserEdxMemory objects  Examples:      - List all memories         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/          Request:        None
        Response:       {                             \"count\": 0,
        \"next\": null,                             \"previous\": null,
        \"results\": [{                                 \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                                 \"date_created\":
        \"2024-06-25T15:30:26.257140\",                                 \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                             }]                         }
        - Get a single UserEdxMemory object         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/          Request:        None
        Response:       {                             \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                             \"date_created\":
        \"2024-06-25T15:30:26.257140\",                             \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                         }

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            student (int | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedUserEdxMemoryList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_edx_memory_list.OPERATION,
            _ai_mentor_orgs_users_edx_memory_list.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                student=student,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[UserEdxMemory]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_edx_memory_list.OPERATION,
            _ai_mentor_orgs_users_edx_memory_list.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                student=student,
                username=username,
            ),
            _ai_mentor_orgs_users_edx_memory_list.PAGE,
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
        """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
        corresponding edx course they have interracted with. This information is passed to the
        corresponding mentor so the mentor has context information about the course and unit
        that the user last interracted with.  There can be only one UserEdxMemory instance per
        student and course_id.  Url Args:     org (str): The organization's platform key.
        user_id (str): The username  identifier of the individual.  Returns:      200: A
        paginated list of UserEdxMemory objects  Examples:      - List all memories         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/          Request:        None
        Response:       {                             \"count\": 0,
        \"next\": null,                             \"previous\": null,
        \"results\": [{                                 \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                                 \"date_created\":
        \"2024-06-25T15:30:26.257140\",                                 \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                             }]                         }
        - Get a single UserEdxMemory object         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/          Request:        None
        Response:       {                             \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                             \"date_created\":
        \"2024-06-25T15:30:26.257140\",                             \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                         }

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_edx_memory_destroy.OPERATION,
            _ai_mentor_orgs_users_edx_memory_destroy.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> UserEdxMemory:
        """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
        corresponding edx course they have interracted with. This information is passed to the
        corresponding mentor so the mentor has context information about the course and unit
        that the user last interracted with.  There can be only one UserEdxMemory instance per
        student and course_id.  Url Args:     org (str): The organization's platform key.
        user_id (str): The username  identifier of the individual.  Returns:      200: A
        paginated list of UserEdxMemory objects  Examples:      - List all memories         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/          Request:        None
        Response:       {                             \"count\": 0,
        \"next\": null,                             \"previous\": null,
        \"results\": [{                                 \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                                 \"date_created\":
        \"2024-06-25T15:30:26.257140\",                                 \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                             }]                         }
        - Get a single UserEdxMemory object         GET:
        /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/          Request:        None
        Response:       {                             \"student\": 1,
        \"course_id\": \"course-v1:main+CARBON+2024_Fall\",
        \"data\": {},                             \"date_created\":
        \"2024-06-25T15:30:26.257140\",                             \"last_modified\":
        \"2024-06-25T15:30:26.257140\"                         }

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            UserEdxMemory
        """
        return await self._client._send(
            _ai_mentor_orgs_users_edx_memory_retrieve.OPERATION,
            _ai_mentor_orgs_users_edx_memory_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersEdxMemoryResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.edx_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersEdxMemoryResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
