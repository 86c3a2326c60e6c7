"""`Client.ai_mentor.orgs.users.course_creation.tasks`: 4 operations and 4 sub-resources."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_2 as _ai_mentor_orgs_users_course_creation_tasks_create_2,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_destroy_2 as _ai_mentor_orgs_users_course_creation_tasks_destroy_2,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_list_2 as _ai_mentor_orgs_users_course_creation_tasks_list_2,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_retrieve_2 as _ai_mentor_orgs_users_course_creation_tasks_retrieve_2,
)
from .......models.ai_mentor_orgs_users_course_creation_tasks_create_2_body import (
    AiMentorOrgsUsersCourseCreationTasksCreate2Body,
)
from .......models.course_creation_task import CourseCreationTask
from .......models.course_creation_task_file_request import CourseCreationTaskFileRequest
from .......models.paginated_course_creation_task_list import PaginatedCourseCreationTaskList
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .cancel import (
        AiMentorOrgsUsersCourseCreationTasksCancelResource,
        AiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource,
        AsyncAiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse,
    )
    from .create_course import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseResource,
        AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource,
        AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse,
    )
    from .create_course_outline import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource,
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource,
        AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse,
    )
    from .start import (
        AiMentorOrgsUsersCourseCreationTasksStartResource,
        AiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksStartResource,
        AsyncAiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksResource",
    "AiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksResource",
    "AsyncAiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksResource:
    """`Client.ai_mentor.orgs.users.course_creation.tasks`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse(self)

    @cached_property
    def cancel(self) -> AiMentorOrgsUsersCourseCreationTasksCancelResource:
        from .cancel import AiMentorOrgsUsersCourseCreationTasksCancelResource

        return AiMentorOrgsUsersCourseCreationTasksCancelResource(self._client)

    @cached_property
    def create_course(self) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseResource:
        from .create_course import AiMentorOrgsUsersCourseCreationTasksCreateCourseResource

        return AiMentorOrgsUsersCourseCreationTasksCreateCourseResource(self._client)

    @cached_property
    def create_course_outline(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource:
        from .create_course_outline import (
            AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource,
        )

        return AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource(self._client)

    @cached_property
    def start(self) -> AiMentorOrgsUsersCourseCreationTasksStartResource:
        from .start import AiMentorOrgsUsersCourseCreationTasksStartResource

        return AiMentorOrgsUsersCourseCreationTasksStartResource(self._client)

    def list_2(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseCreationTaskList:
        """Create, retrieve and delete course creation tasks  Course creation tasks allow you to
        schedule the creation of a course on OpenEdx deployment connected to this data manager.
        The course is created entirely by an ai model (as specified in your inputs).  The llm
        decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.  Clear and
        unambiguous parameters are more likely to produce better results.

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedCourseCreationTaskList
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_list_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_list_2.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    def iter_list_2(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[CourseCreationTask]:
        """Every item of every page of `list_2`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_course_creation_tasks_list_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_list_2.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_mentor_orgs_users_course_creation_tasks_list_2.PAGE,
            options,
        )

    @overload
    def create_2(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTasksCreate2Body,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask: ...

    @overload
    def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
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
    ) -> CourseCreationTask: ...

    def create_2(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTasksCreate2Body | Unset = UNSET,
        id: int | Unset = UNSET,
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
    ) -> CourseCreationTask:
        """Create, retrieve and delete course creation tasks  Course creation tasks allow you to
        schedule the creation of a course on OpenEdx deployment connected to this data manager.
        The course is created entirely by an ai model (as specified in your inputs).  The llm
        decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.  Clear and
        unambiguous parameters are more likely to produce better results.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreate2Body, request body)
            Or the body's fields as keywords instead of body=: id, body_user_id, student, name,
                description, target_audience, platform, platform_key, status, course_data, logs,
                files, date_created, last_modified, publish_course, provider, model,
                desired_number_of_sections

        Returns:
            CourseCreationTask
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.tasks.create_2",
            body,
            AiMentorOrgsUsersCourseCreationTasksCreate2Body,
            [
                "id",
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
                ("id", "id", id),
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
            _ai_mentor_orgs_users_course_creation_tasks_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_2.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create, retrieve and delete course creation tasks  Course creation tasks allow you to
        schedule the creation of a course on OpenEdx deployment connected to this data manager.
        The course is created entirely by an ai model (as specified in your inputs).  The llm
        decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.  Clear and
        unambiguous parameters are more likely to produce better results.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_destroy_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_destroy_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask:
        """Create, retrieve and delete course creation tasks  Course creation tasks allow you to
        schedule the creation of a course on OpenEdx deployment connected to this data manager.
        The course is created entirely by an ai model (as specified in your inputs).  The llm
        decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.  Clear and
        unambiguous parameters are more likely to produce better results.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CourseCreationTask
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTasksResource) -> None:
        self._resource = resource
        self.list_2 = to_raw_response(resource.list_2)
        self.create_2 = to_raw_response(resource.create_2)
        self.destroy_2 = to_raw_response(resource.destroy_2)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)

    @cached_property
    def cancel(self) -> AiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse:
        from .cancel import AiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse

        return AiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse(
            self._resource.cancel
        )

    @cached_property
    def create_course(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
        from .create_course import (
            AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse(
            self._resource.create_course
        )

    @cached_property
    def create_course_outline(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
        from .create_course_outline import (
            AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse(
            self._resource.create_course_outline
        )

    @cached_property
    def start(self) -> AiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse:
        from .start import AiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse

        return AiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse(
            self._resource.start
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse(self)

    @cached_property
    def cancel(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource:
        from .cancel import AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource

        return AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource(self._client)

    @cached_property
    def create_course(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource:
        from .create_course import AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource

        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource(self._client)

    @cached_property
    def create_course_outline(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource:
        from .create_course_outline import (
            AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource,
        )

        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource(self._client)

    @cached_property
    def start(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksStartResource:
        from .start import AsyncAiMentorOrgsUsersCourseCreationTasksStartResource

        return AsyncAiMentorOrgsUsersCourseCreationTasksStartResource(self._client)

    async def list_2(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseCreationTaskList:
        """Create, retrieve and delete course creation tasks  Course creation tasks allow you to
        schedule the creation of a course on OpenEdx deployment connected to this data manager.
        The course is created entirely by an ai model (as specified in your inputs).  The llm
        decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.  Clear and
        unambiguous parameters are more likely to produce better results.

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedCourseCreationTaskList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_list_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_list_2.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    def iter_list_2(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[CourseCreationTask]:
        """Every item of every page of `list_2`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_course_creation_tasks_list_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_list_2.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_mentor_orgs_users_course_creation_tasks_list_2.PAGE,
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTasksCreate2Body,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask: ...

    @overload
    async def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
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
    ) -> CourseCreationTask: ...

    async def create_2(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTasksCreate2Body | Unset = UNSET,
        id: int | Unset = UNSET,
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
    ) -> CourseCreationTask:
        """Create, retrieve and delete course creation tasks  Course creation tasks allow you to
        schedule the creation of a course on OpenEdx deployment connected to this data manager.
        The course is created entirely by an ai model (as specified in your inputs).  The llm
        decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.  Clear and
        unambiguous parameters are more likely to produce better results.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreate2Body, request body)
            Or the body's fields as keywords instead of body=: id, body_user_id, student, name,
                description, target_audience, platform, platform_key, status, course_data, logs,
                files, date_created, last_modified, publish_course, provider, model,
                desired_number_of_sections

        Returns:
            CourseCreationTask
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.tasks.create_2",
            body,
            AiMentorOrgsUsersCourseCreationTasksCreate2Body,
            [
                "id",
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
                ("id", "id", id),
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
            _ai_mentor_orgs_users_course_creation_tasks_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_2.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create, retrieve and delete course creation tasks  Course creation tasks allow you to
        schedule the creation of a course on OpenEdx deployment connected to this data manager.
        The course is created entirely by an ai model (as specified in your inputs).  The llm
        decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.  Clear and
        unambiguous parameters are more likely to produce better results.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_destroy_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_destroy_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask:
        """Create, retrieve and delete course creation tasks  Course creation tasks allow you to
        schedule the creation of a course on OpenEdx deployment connected to this data manager.
        The course is created entirely by an ai model (as specified in your inputs).  The llm
        decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.  Clear and
        unambiguous parameters are more likely to produce better results.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CourseCreationTask
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksResource) -> None:
        self._resource = resource
        self.list_2 = async_to_raw_response(resource.list_2)
        self.create_2 = async_to_raw_response(resource.create_2)
        self.destroy_2 = async_to_raw_response(resource.destroy_2)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)

    @cached_property
    def cancel(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse:
        from .cancel import AsyncAiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse

        return AsyncAiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse(
            self._resource.cancel
        )

    @cached_property
    def create_course(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
        from .create_course import (
            AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse(
            self._resource.create_course
        )

    @cached_property
    def create_course_outline(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
        from .create_course_outline import (
            AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse(
            self._resource.create_course_outline
        )

    @cached_property
    def start(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse:
        from .start import AsyncAiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse

        return AsyncAiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse(
            self._resource.start
        )
