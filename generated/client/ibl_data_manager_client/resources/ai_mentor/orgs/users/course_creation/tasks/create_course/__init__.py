"""`Client.ai_mentor.orgs.users.course_creation.tasks.create_course`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_course_create_2 as _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2,
)
from ........models.ai_mentor_orgs_users_course_creation_tasks_create_course_create_2_body import (
    AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body,
)
from ........models.course_creation_task_file_request import CourseCreationTaskFileRequest
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseResource",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksCreateCourseResource:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.create_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse(self)

    @overload
    def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body,
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
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body | Unset = UNSET,
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
        """Create a blank course on EdX and trigger background settings update.  Creates the course
        on EdX synchronously. If successful, schedules a background task to generate and apply
        course settings and images via AI.  Returns immediately after course creation —
        settings/images are applied asynchronously.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body, request body)
            Or the body's fields as keywords instead of body=: body_id, body_user_id, student,
                name, description, target_audience, platform, platform_key, status, course_data,
                logs, files, date_created, last_modified, publish_course, provider, model,
                desired_number_of_sections

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.tasks.create_course.create_2",
            body,
            AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body,
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
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.create_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTasksCreateCourseResource) -> None:
        self._resource = resource
        self.create_2 = to_raw_response(resource.create_2)


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.create_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse(self)

    @overload
    async def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body,
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
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body | Unset = UNSET,
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
        """Create a blank course on EdX and trigger background settings update.  Creates the course
        on EdX synchronously. If successful, schedules a background task to generate and apply
        course settings and images via AI.  Returns immediately after course creation —
        settings/images are applied asynchronously.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body, request body)
            Or the body's fields as keywords instead of body=: body_id, body_user_id, student,
                name, description, target_audience, platform, platform_key, status, course_data,
                logs, files, date_created, last_modified, publish_course, provider, model,
                desired_number_of_sections

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.tasks.create_course.create_2",
            body,
            AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body,
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
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.create_course`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource
    ) -> None:
        self._resource = resource
        self.create_2 = async_to_raw_response(resource.create_2)
