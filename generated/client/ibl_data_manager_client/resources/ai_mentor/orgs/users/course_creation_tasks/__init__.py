"""`Client.ai_mentor.orgs.users.course_creation_tasks`: 4 operations and 4 sub-resources."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create as _ai_mentor_orgs_users_course_creation_tasks_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_destroy as _ai_mentor_orgs_users_course_creation_tasks_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_list as _ai_mentor_orgs_users_course_creation_tasks_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_retrieve as _ai_mentor_orgs_users_course_creation_tasks_retrieve,
)
from ......models.ai_mentor_orgs_users_course_creation_tasks_create_body import (
    AiMentorOrgsUsersCourseCreationTasksCreateBody,
)
from ......models.course_creation_task import CourseCreationTask
from ......models.course_creation_task_file_request import CourseCreationTaskFileRequest
from ......models.paginated_course_creation_task_list import PaginatedCourseCreationTaskList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .cancel import (
        AiMentorOrgsUsersCourseCreationTasksCancelResource2,
        AiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2,
        AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse,
    )
    from .create_course import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2,
        AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2,
        AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse,
    )
    from .create_course_outline import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2,
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2,
        AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse,
    )
    from .start import (
        AiMentorOrgsUsersCourseCreationTasksStartResource2,
        AiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2,
        AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksResource2",
    "AiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksResource2",
    "AsyncAiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksResource2:
    """`Client.ai_mentor.orgs.users.course_creation_tasks`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse(self)

    @cached_property
    def cancel(self) -> AiMentorOrgsUsersCourseCreationTasksCancelResource2:
        from .cancel import AiMentorOrgsUsersCourseCreationTasksCancelResource2

        return AiMentorOrgsUsersCourseCreationTasksCancelResource2(self._client)

    @cached_property
    def create_course(self) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2:
        from .create_course import AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2

        return AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2(self._client)

    @cached_property
    def create_course_outline(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2:
        from .create_course_outline import (
            AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2,
        )

        return AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2(self._client)

    @cached_property
    def start(self) -> AiMentorOrgsUsersCourseCreationTasksStartResource2:
        from .start import AiMentorOrgsUsersCourseCreationTasksStartResource2

        return AiMentorOrgsUsersCourseCreationTasksStartResource2(self._client)

    def list(
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
            _ai_mentor_orgs_users_course_creation_tasks_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_list.build_request(
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
    ) -> Iterator[CourseCreationTask]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_course_creation_tasks_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_mentor_orgs_users_course_creation_tasks_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTasksCreateBody,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask: ...

    @overload
    def create(
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

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTasksCreateBody | Unset = UNSET,
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
            body (AiMentorOrgsUsersCourseCreationTasksCreateBody, request body)
            Or the body's fields as keywords instead of body=: id, body_user_id, student, name,
                description, target_audience, platform, platform_key, status, course_data, logs,
                files, date_created, last_modified, publish_course, provider, model,
                desired_number_of_sections

        Returns:
            CourseCreationTask
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation_tasks.create",
            body,
            AiMentorOrgsUsersCourseCreationTasksCreateBody,
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
            _ai_mentor_orgs_users_course_creation_tasks_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create.build_request(
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
            _ai_mentor_orgs_users_course_creation_tasks_destroy.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_destroy.build_request(
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
            _ai_mentor_orgs_users_course_creation_tasks_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation_tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTasksResource2) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def cancel(self) -> AiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse:
        from .cancel import AiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse

        return AiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse(
            self._resource.cancel
        )

    @cached_property
    def create_course(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse:
        from .create_course import (
            AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse(
            self._resource.create_course
        )

    @cached_property
    def create_course_outline(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse:
        from .create_course_outline import (
            AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse(
            self._resource.create_course_outline
        )

    @cached_property
    def start(self) -> AiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse:
        from .start import AiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse

        return AiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse(
            self._resource.start
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksResource2:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse(self)

    @cached_property
    def cancel(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2:
        from .cancel import AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2

        return AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2(self._client)

    @cached_property
    def create_course(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2:
        from .create_course import AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2

        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2(self._client)

    @cached_property
    def create_course_outline(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2:
        from .create_course_outline import (
            AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2,
        )

        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2(self._client)

    @cached_property
    def start(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2:
        from .start import AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2

        return AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2(self._client)

    async def list(
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
            _ai_mentor_orgs_users_course_creation_tasks_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_list.build_request(
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
    ) -> AsyncIterator[CourseCreationTask]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_course_creation_tasks_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_mentor_orgs_users_course_creation_tasks_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTasksCreateBody,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask: ...

    @overload
    async def create(
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

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersCourseCreationTasksCreateBody | Unset = UNSET,
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
            body (AiMentorOrgsUsersCourseCreationTasksCreateBody, request body)
            Or the body's fields as keywords instead of body=: id, body_user_id, student, name,
                description, target_audience, platform, platform_key, status, course_data, logs,
                files, date_created, last_modified, publish_course, provider, model,
                desired_number_of_sections

        Returns:
            CourseCreationTask
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation_tasks.create",
            body,
            AiMentorOrgsUsersCourseCreationTasksCreateBody,
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
            _ai_mentor_orgs_users_course_creation_tasks_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create.build_request(
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
            _ai_mentor_orgs_users_course_creation_tasks_destroy.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_destroy.build_request(
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
            _ai_mentor_orgs_users_course_creation_tasks_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksResource2) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def cancel(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse:
        from .cancel import AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse

        return AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse(
            self._resource.cancel
        )

    @cached_property
    def create_course(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse:
        from .create_course import (
            AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse(
            self._resource.create_course
        )

    @cached_property
    def create_course_outline(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse:
        from .create_course_outline import (
            AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse(
            self._resource.create_course_outline
        )

    @cached_property
    def start(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse:
        from .start import AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse

        return AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse(
            self._resource.start
        )
