"""`Client.ai_mentor.orgs.users.course_creation.course.sync_to_edx`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_sync_to_edx_create as _ai_mentor_orgs_users_course_creation_course_sync_to_edx_create,
)
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve as _ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve,
)
from ........models.edx_course_request import EdxCourseRequest
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseSyncToEdxResource",
    "AiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseSyncToEdxResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.sync_to_edx`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Publish the course structure on EdX synchronously.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: EdxCourseRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str,
        run: str,
        number: str,
        xblock_id: str,
        description: str | Unset = UNSET,
        task: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: EdxCourseRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        run: str | Unset = UNSET,
        number: str | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        task: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Publish the course structure on EdX synchronously.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (EdxCourseRequest, request body)
            Or the body's fields as keywords instead of body=: name, run, number, xblock_id,
                description, task

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.sync_to_edx.create",
            body,
            EdxCourseRequest,
            ["name", "run", "number", "xblock_id"],
            (
                ("name", "name", name),
                ("run", "run", run),
                ("number", "number", number),
                ("xblock_id", "xblock_id", xblock_id),
                ("description", "description", description),
                ("task", "task", task),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_sync_to_edx_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_sync_to_edx_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.sync_to_edx`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationCourseSyncToEdxResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.sync_to_edx`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Publish the course structure on EdX synchronously.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: EdxCourseRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        name: str,
        run: str,
        number: str,
        xblock_id: str,
        description: str | Unset = UNSET,
        task: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: EdxCourseRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        run: str | Unset = UNSET,
        number: str | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        task: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Publish the course structure on EdX synchronously.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (EdxCourseRequest, request body)
            Or the body's fields as keywords instead of body=: name, run, number, xblock_id,
                description, task

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.sync_to_edx.create",
            body,
            EdxCourseRequest,
            ["name", "run", "number", "xblock_id"],
            (
                ("name", "name", name),
                ("run", "run", run),
                ("number", "number", number),
                ("xblock_id", "xblock_id", xblock_id),
                ("description", "description", description),
                ("task", "task", task),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_sync_to_edx_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_sync_to_edx_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.sync_to_edx`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
