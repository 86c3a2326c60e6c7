"""`Client.ai_mentor.orgs.users.course_creation_task_files`: 6 operations."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_task_files_create as _ai_mentor_orgs_users_course_creation_task_files_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_task_files_destroy as _ai_mentor_orgs_users_course_creation_task_files_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_task_files_list as _ai_mentor_orgs_users_course_creation_task_files_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_task_files_partial_update as _ai_mentor_orgs_users_course_creation_task_files_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_task_files_retrieve as _ai_mentor_orgs_users_course_creation_task_files_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_task_files_update as _ai_mentor_orgs_users_course_creation_task_files_update,
)
from ......models.ai_mentor_orgs_users_course_creation_task_files_create_body import (
    AiMentorOrgsUsersCourseCreationTaskFilesCreateBody,
)
from ......models.ai_mentor_orgs_users_course_creation_task_files_partial_update_body import (
    AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody,
)
from ......models.ai_mentor_orgs_users_course_creation_task_files_update_body import (
    AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody,
)
from ......models.course_creation_task_file import CourseCreationTaskFile
from ......models.paginated_course_creation_task_file_list import (
    PaginatedCourseCreationTaskFileList,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTaskFilesResource",
    "AiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTaskFilesResource",
    "AsyncAiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTaskFilesResource:
    """`Client.ai_mentor.orgs.users.course_creation_task_files`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseCreationTaskFileList:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedCourseCreationTaskFileList
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[CourseCreationTaskFile]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_course_creation_task_files_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_mentor_orgs_users_course_creation_task_files_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTaskFilesCreateBody,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_creation_task: int,
        file: str,
        date_created: datetime.datetime,
        last_modified: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTaskFilesCreateBody | Unset = UNSET,
        id: int | Unset = UNSET,
        course_creation_task: int | Unset = UNSET,
        file: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersCourseCreationTaskFilesCreateBody, request body)
            Or the body's fields as keywords instead of body=: id, course_creation_task, file,
                date_created, last_modified

        Returns:
            CourseCreationTaskFile
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation_task_files.create",
            body,
            AiMentorOrgsUsersCourseCreationTaskFilesCreateBody,
            ["id", "course_creation_task", "file", "date_created", "last_modified"],
            (
                ("id", "id", id),
                ("course_creation_task", "course_creation_task", course_creation_task),
                ("file", "file", file),
                ("date_created", "date_created", date_created),
                ("last_modified", "last_modified", last_modified),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_create.build_request(
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
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_destroy.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_destroy.build_request(
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
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CourseCreationTaskFile
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_retrieve.build_request(
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
        body: AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int | Unset = UNSET,
        course_creation_task: int | Unset = UNSET,
        file: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody | Unset = UNSET,
        body_id: int | Unset = UNSET,
        course_creation_task: int | Unset = UNSET,
        file: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody | Unset, request
                body)
            Or the body's fields as keywords instead of body=: body_id, course_creation_task,
                file, date_created, last_modified

        Returns:
            CourseCreationTaskFile
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.course_creation_task_files.partial_update",
            body,
            AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody,
            [],
            (
                ("body_id", "id", body_id),
                ("course_creation_task", "course_creation_task", course_creation_task),
                ("file", "file", file),
                ("date_created", "date_created", date_created),
                ("last_modified", "last_modified", last_modified),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_partial_update.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_partial_update.build_request(
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
        body: AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int,
        course_creation_task: int,
        file: str,
        date_created: datetime.datetime,
        last_modified: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody | Unset = UNSET,
        body_id: int | Unset = UNSET,
        course_creation_task: int | Unset = UNSET,
        file: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody, request body)
            Or the body's fields as keywords instead of body=: body_id, course_creation_task,
                file, date_created, last_modified

        Returns:
            CourseCreationTaskFile
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation_task_files.update",
            body,
            AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody,
            ["body_id", "course_creation_task", "file", "date_created", "last_modified"],
            (
                ("body_id", "id", body_id),
                ("course_creation_task", "course_creation_task", course_creation_task),
                ("file", "file", file),
                ("date_created", "date_created", date_created),
                ("last_modified", "last_modified", last_modified),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_update.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation_task_files`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTaskFilesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersCourseCreationTaskFilesResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_task_files`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseCreationTaskFileList:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedCourseCreationTaskFileList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[CourseCreationTaskFile]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_course_creation_task_files_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_mentor_orgs_users_course_creation_task_files_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTaskFilesCreateBody,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_creation_task: int,
        file: str,
        date_created: datetime.datetime,
        last_modified: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTaskFilesCreateBody | Unset = UNSET,
        id: int | Unset = UNSET,
        course_creation_task: int | Unset = UNSET,
        file: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersCourseCreationTaskFilesCreateBody, request body)
            Or the body's fields as keywords instead of body=: id, course_creation_task, file,
                date_created, last_modified

        Returns:
            CourseCreationTaskFile
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation_task_files.create",
            body,
            AiMentorOrgsUsersCourseCreationTaskFilesCreateBody,
            ["id", "course_creation_task", "file", "date_created", "last_modified"],
            (
                ("id", "id", id),
                ("course_creation_task", "course_creation_task", course_creation_task),
                ("file", "file", file),
                ("date_created", "date_created", date_created),
                ("last_modified", "last_modified", last_modified),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_create.build_request(
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
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_destroy.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_destroy.build_request(
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
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CourseCreationTaskFile
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_retrieve.build_request(
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
        body: AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int | Unset = UNSET,
        course_creation_task: int | Unset = UNSET,
        file: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody | Unset = UNSET,
        body_id: int | Unset = UNSET,
        course_creation_task: int | Unset = UNSET,
        file: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody | Unset, request
                body)
            Or the body's fields as keywords instead of body=: body_id, course_creation_task,
                file, date_created, last_modified

        Returns:
            CourseCreationTaskFile
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.course_creation_task_files.partial_update",
            body,
            AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody,
            [],
            (
                ("body_id", "id", body_id),
                ("course_creation_task", "course_creation_task", course_creation_task),
                ("file", "file", file),
                ("date_created", "date_created", date_created),
                ("last_modified", "last_modified", last_modified),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_partial_update.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_partial_update.build_request(
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
        body: AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int,
        course_creation_task: int,
        file: str,
        date_created: datetime.datetime,
        last_modified: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody | Unset = UNSET,
        body_id: int | Unset = UNSET,
        course_creation_task: int | Unset = UNSET,
        file: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody, request body)
            Or the body's fields as keywords instead of body=: body_id, course_creation_task,
                file, date_created, last_modified

        Returns:
            CourseCreationTaskFile
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation_task_files.update",
            body,
            AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody,
            ["body_id", "course_creation_task", "file", "date_created", "last_modified"],
            (
                ("body_id", "id", body_id),
                ("course_creation_task", "course_creation_task", course_creation_task),
                ("file", "file", file),
                ("date_created", "date_created", date_created),
                ("last_modified", "last_modified", last_modified),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_task_files_update.OPERATION,
            _ai_mentor_orgs_users_course_creation_task_files_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_task_files`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationTaskFilesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
