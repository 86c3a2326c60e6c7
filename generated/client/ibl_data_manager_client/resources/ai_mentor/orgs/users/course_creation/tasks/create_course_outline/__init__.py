"""`Client.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`: 2 operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2 as _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2,
)
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2 as _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2,
)
from ........models.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2_body import (
    AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body,
)
from ........models.course_creation_task_file_request import CourseCreationTaskFileRequest
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse(self)

    def retrieve_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int,
        body_user_id: str,
        student: int,
        name: str,
        description: str,
        target_audience: str,
        platform: int,
        platform_key: str,
        status: Any,
        course_data: Any,
        logs: str,
        files: list[CourseCreationTaskFileRequest],
        date_created: datetime.datetime,
        last_modified: datetime.datetime,
        publish_course: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        model: str | Unset = UNSET,
        desired_number_of_sections: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body | Unset = UNSET,
        body_id: int | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        student: int | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        target_audience: str | Unset = UNSET,
        platform: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        status: Any | Unset = UNSET,
        course_data: Any | Unset = UNSET,
        logs: str | Unset = UNSET,
        files: list[CourseCreationTaskFileRequest] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        publish_course: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        model: str | Unset = UNSET,
        desired_number_of_sections: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body, request
                body)
            Or the body's fields as keywords instead of body=: body_id, body_user_id, student,
                name, description, target_audience, platform, platform_key, status, course_data,
                logs, files, date_created, last_modified, publish_course, provider, model,
                desired_number_of_sections

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.tasks.create_course_outline.create_2",
            body,
            AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body,
            [
                "body_id",
                "body_user_id",
                "student",
                "name",
                "description",
                "target_audience",
                "platform",
                "platform_key",
                "status",
                "course_data",
                "logs",
                "files",
                "date_created",
                "last_modified",
            ],
            (
                ("body_id", "id", body_id),
                ("body_user_id", "user_id", body_user_id),
                ("student", "student", student),
                ("name", "name", name),
                ("description", "description", description),
                ("target_audience", "target_audience", target_audience),
                ("platform", "platform", platform),
                ("platform_key", "platform_key", platform_key),
                ("status", "status", status),
                ("course_data", "course_data", course_data),
                ("logs", "logs", logs),
                ("files", "files", files),
                ("date_created", "date_created", date_created),
                ("last_modified", "last_modified", last_modified),
                ("publish_course", "publish_course", publish_course),
                ("provider", "provider", provider),
                ("model", "model", model),
                (
                    "desired_number_of_sections",
                    "desired_number_of_sections",
                    desired_number_of_sections,
                ),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource
    ) -> None:
        self._resource = resource
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse(
            self
        )

    async def retrieve_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int,
        body_user_id: str,
        student: int,
        name: str,
        description: str,
        target_audience: str,
        platform: int,
        platform_key: str,
        status: Any,
        course_data: Any,
        logs: str,
        files: list[CourseCreationTaskFileRequest],
        date_created: datetime.datetime,
        last_modified: datetime.datetime,
        publish_course: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        model: str | Unset = UNSET,
        desired_number_of_sections: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body | Unset = UNSET,
        body_id: int | Unset = UNSET,
        body_user_id: str | Unset = UNSET,
        student: int | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        target_audience: str | Unset = UNSET,
        platform: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        status: Any | Unset = UNSET,
        course_data: Any | Unset = UNSET,
        logs: str | Unset = UNSET,
        files: list[CourseCreationTaskFileRequest] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        publish_course: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        model: str | Unset = UNSET,
        desired_number_of_sections: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body, request
                body)
            Or the body's fields as keywords instead of body=: body_id, body_user_id, student,
                name, description, target_audience, platform, platform_key, status, course_data,
                logs, files, date_created, last_modified, publish_course, provider, model,
                desired_number_of_sections

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.tasks.create_course_outline.create_2",
            body,
            AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body,
            [
                "body_id",
                "body_user_id",
                "student",
                "name",
                "description",
                "target_audience",
                "platform",
                "platform_key",
                "status",
                "course_data",
                "logs",
                "files",
                "date_created",
                "last_modified",
            ],
            (
                ("body_id", "id", body_id),
                ("body_user_id", "user_id", body_user_id),
                ("student", "student", student),
                ("name", "name", name),
                ("description", "description", description),
                ("target_audience", "target_audience", target_audience),
                ("platform", "platform", platform),
                ("platform_key", "platform_key", platform_key),
                ("status", "status", status),
                ("course_data", "course_data", course_data),
                ("logs", "logs", logs),
                ("files", "files", files),
                ("date_created", "date_created", date_created),
                ("last_modified", "last_modified", last_modified),
                ("publish_course", "publish_course", publish_course),
                ("provider", "provider", provider),
                ("model", "model", model),
                (
                    "desired_number_of_sections",
                    "desired_number_of_sections",
                    desired_number_of_sections,
                ),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource
    ) -> None:
        self._resource = resource
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)
