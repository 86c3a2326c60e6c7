"""`Client.ai_mentor.orgs.users.course_creation.course`: 4 operations and 10 sub-resources."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_create as _ai_mentor_orgs_users_course_creation_course_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_destroy as _ai_mentor_orgs_users_course_creation_course_destroy,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_list as _ai_mentor_orgs_users_course_creation_course_list,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_retrieve as _ai_mentor_orgs_users_course_creation_course_retrieve,
)
from .......models.edx_course import EdxCourse
from .......models.edx_course_request import EdxCourseRequest
from .......models.paginated_edx_course_list import PaginatedEdxCourseList
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .create_xblock import (
        AiMentorOrgsUsersCourseCreationCourseCreateXblockResource,
        AiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse,
    )
    from .delete_xblock import (
        AiMentorOrgsUsersCourseCreationCourseDeleteXblockResource,
        AiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse,
    )
    from .draft_content_for_all_units import (
        AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource,
        AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse,
    )
    from .draft_content_for_unit import (
        AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource,
        AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse,
    )
    from .full_structure import (
        AiMentorOrgsUsersCourseCreationCourseFullStructureResource,
        AiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse,
    )
    from .outline import (
        AiMentorOrgsUsersCourseCreationCourseOutlineResource,
        AiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse,
    )
    from .reorder_children import (
        AiMentorOrgsUsersCourseCreationCourseReorderChildrenResource,
        AiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse,
    )
    from .student_progress import (
        AiMentorOrgsUsersCourseCreationCourseStudentProgressResource,
        AiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse,
    )
    from .sync_to_edx import (
        AiMentorOrgsUsersCourseCreationCourseSyncToEdxResource,
        AiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse,
    )
    from .update_xblock import (
        AiMentorOrgsUsersCourseCreationCourseUpdateXblockResource,
        AiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseResource",
    "AiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseResource:
    """`Client.ai_mentor.orgs.users.course_creation.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse(self)

    @cached_property
    def create_xblock(self) -> AiMentorOrgsUsersCourseCreationCourseCreateXblockResource:
        from .create_xblock import AiMentorOrgsUsersCourseCreationCourseCreateXblockResource

        return AiMentorOrgsUsersCourseCreationCourseCreateXblockResource(self._client)

    @cached_property
    def delete_xblock(self) -> AiMentorOrgsUsersCourseCreationCourseDeleteXblockResource:
        from .delete_xblock import AiMentorOrgsUsersCourseCreationCourseDeleteXblockResource

        return AiMentorOrgsUsersCourseCreationCourseDeleteXblockResource(self._client)

    @cached_property
    def draft_content_for_all_units(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource:
        from .draft_content_for_all_units import (
            AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource,
        )

        return AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource(self._client)

    @cached_property
    def draft_content_for_unit(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource:
        from .draft_content_for_unit import (
            AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource,
        )

        return AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource(self._client)

    @cached_property
    def full_structure(self) -> AiMentorOrgsUsersCourseCreationCourseFullStructureResource:
        from .full_structure import AiMentorOrgsUsersCourseCreationCourseFullStructureResource

        return AiMentorOrgsUsersCourseCreationCourseFullStructureResource(self._client)

    @cached_property
    def outline(self) -> AiMentorOrgsUsersCourseCreationCourseOutlineResource:
        from .outline import AiMentorOrgsUsersCourseCreationCourseOutlineResource

        return AiMentorOrgsUsersCourseCreationCourseOutlineResource(self._client)

    @cached_property
    def reorder_children(self) -> AiMentorOrgsUsersCourseCreationCourseReorderChildrenResource:
        from .reorder_children import AiMentorOrgsUsersCourseCreationCourseReorderChildrenResource

        return AiMentorOrgsUsersCourseCreationCourseReorderChildrenResource(self._client)

    @cached_property
    def student_progress(self) -> AiMentorOrgsUsersCourseCreationCourseStudentProgressResource:
        from .student_progress import AiMentorOrgsUsersCourseCreationCourseStudentProgressResource

        return AiMentorOrgsUsersCourseCreationCourseStudentProgressResource(self._client)

    @cached_property
    def sync_to_edx(self) -> AiMentorOrgsUsersCourseCreationCourseSyncToEdxResource:
        from .sync_to_edx import AiMentorOrgsUsersCourseCreationCourseSyncToEdxResource

        return AiMentorOrgsUsersCourseCreationCourseSyncToEdxResource(self._client)

    @cached_property
    def update_xblock(self) -> AiMentorOrgsUsersCourseCreationCourseUpdateXblockResource:
        from .update_xblock import AiMentorOrgsUsersCourseCreationCourseUpdateXblockResource

        return AiMentorOrgsUsersCourseCreationCourseUpdateXblockResource(self._client)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedEdxCourseList:
        """API viewset for managing EdX courses.  This viewset allows platform administrators to
        retrieve, delete, and perform various operations on EdX courses that were created
        through course creation tasks.  Permissions:     - Restricted to platform administrators
        only

        Args:
            org (str, path)
            user_id (str, path)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            task (int | Unset, query)

        Returns:
            PaginatedEdxCourseList
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                task=task,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[EdxCourse]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_course_creation_course_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                task=task,
            ),
            _ai_mentor_orgs_users_course_creation_course_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: EdxCourseRequest,
        **options: Unpack[RequestOptions],
    ) -> EdxCourse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        run: str,
        number: str,
        xblock_id: str,
        description: str | Unset = UNSET,
        task: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EdxCourse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: EdxCourseRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        run: str | Unset = UNSET,
        number: str | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        task: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EdxCourse:
        """API viewset for managing EdX courses.  This viewset allows platform administrators to
        retrieve, delete, and perform various operations on EdX courses that were created
        through course creation tasks.  Permissions:     - Restricted to platform administrators
        only

        Args:
            org (str, path)
            user_id (str, path)
            body (EdxCourseRequest, request body)
            Or the body's fields as keywords instead of body=: name, run, number, xblock_id,
                description, task

        Returns:
            EdxCourse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.create",
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
            _ai_mentor_orgs_users_course_creation_course_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_create.build_request(
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
        """API viewset for managing EdX courses.  This viewset allows platform administrators to
        retrieve, delete, and perform various operations on EdX courses that were created
        through course creation tasks.  Permissions:     - Restricted to platform administrators
        only

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_destroy.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_destroy.build_request(
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
    ) -> EdxCourse:
        """API viewset for managing EdX courses.  This viewset allows platform administrators to
        retrieve, delete, and perform various operations on EdX courses that were created
        through course creation tasks.  Permissions:     - Restricted to platform administrators
        only

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            EdxCourse
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationCourseResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def create_xblock(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse:
        from .create_xblock import (
            AiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse(
            self._resource.create_xblock
        )

    @cached_property
    def delete_xblock(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse:
        from .delete_xblock import (
            AiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse(
            self._resource.delete_xblock
        )

    @cached_property
    def draft_content_for_all_units(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse:
        from .draft_content_for_all_units import (
            AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse(
            self._resource.draft_content_for_all_units
        )

    @cached_property
    def draft_content_for_unit(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse:
        from .draft_content_for_unit import (
            AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse(
            self._resource.draft_content_for_unit
        )

    @cached_property
    def full_structure(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse:
        from .full_structure import (
            AiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse(
            self._resource.full_structure
        )

    @cached_property
    def outline(self) -> AiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse:
        from .outline import AiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse

        return AiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse(
            self._resource.outline
        )

    @cached_property
    def reorder_children(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse:
        from .reorder_children import (
            AiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse(
            self._resource.reorder_children
        )

    @cached_property
    def student_progress(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse:
        from .student_progress import (
            AiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse(
            self._resource.student_progress
        )

    @cached_property
    def sync_to_edx(self) -> AiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse:
        from .sync_to_edx import (
            AiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse(
            self._resource.sync_to_edx
        )

    @cached_property
    def update_xblock(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse:
        from .update_xblock import (
            AiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse(
            self._resource.update_xblock
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse(self)

    @cached_property
    def create_xblock(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResource:
        from .create_xblock import AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResource

        return AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResource(self._client)

    @cached_property
    def delete_xblock(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResource:
        from .delete_xblock import AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResource

        return AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResource(self._client)

    @cached_property
    def draft_content_for_all_units(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource:
        from .draft_content_for_all_units import (
            AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource(
            self._client
        )

    @cached_property
    def draft_content_for_unit(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource:
        from .draft_content_for_unit import (
            AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource(self._client)

    @cached_property
    def full_structure(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResource:
        from .full_structure import AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResource

        return AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResource(self._client)

    @cached_property
    def outline(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResource:
        from .outline import AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResource

        return AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResource(self._client)

    @cached_property
    def reorder_children(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResource:
        from .reorder_children import (
            AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResource,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResource(self._client)

    @cached_property
    def student_progress(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResource:
        from .student_progress import (
            AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResource,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResource(self._client)

    @cached_property
    def sync_to_edx(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResource:
        from .sync_to_edx import AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResource

        return AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResource(self._client)

    @cached_property
    def update_xblock(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResource:
        from .update_xblock import AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResource

        return AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResource(self._client)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedEdxCourseList:
        """API viewset for managing EdX courses.  This viewset allows platform administrators to
        retrieve, delete, and perform various operations on EdX courses that were created
        through course creation tasks.  Permissions:     - Restricted to platform administrators
        only

        Args:
            org (str, path)
            user_id (str, path)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            task (int | Unset, query)

        Returns:
            PaginatedEdxCourseList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                task=task,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[EdxCourse]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_course_creation_course_list.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                task=task,
            ),
            _ai_mentor_orgs_users_course_creation_course_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: EdxCourseRequest,
        **options: Unpack[RequestOptions],
    ) -> EdxCourse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        run: str,
        number: str,
        xblock_id: str,
        description: str | Unset = UNSET,
        task: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EdxCourse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: EdxCourseRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        run: str | Unset = UNSET,
        number: str | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        task: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EdxCourse:
        """API viewset for managing EdX courses.  This viewset allows platform administrators to
        retrieve, delete, and perform various operations on EdX courses that were created
        through course creation tasks.  Permissions:     - Restricted to platform administrators
        only

        Args:
            org (str, path)
            user_id (str, path)
            body (EdxCourseRequest, request body)
            Or the body's fields as keywords instead of body=: name, run, number, xblock_id,
                description, task

        Returns:
            EdxCourse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.create",
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
            _ai_mentor_orgs_users_course_creation_course_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_create.build_request(
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
        """API viewset for managing EdX courses.  This viewset allows platform administrators to
        retrieve, delete, and perform various operations on EdX courses that were created
        through course creation tasks.  Permissions:     - Restricted to platform administrators
        only

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_destroy.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_destroy.build_request(
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
    ) -> EdxCourse:
        """API viewset for managing EdX courses.  This viewset allows platform administrators to
        retrieve, delete, and perform various operations on EdX courses that were created
        through course creation tasks.  Permissions:     - Restricted to platform administrators
        only

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            EdxCourse
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def create_xblock(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse:
        from .create_xblock import (
            AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse(
            self._resource.create_xblock
        )

    @cached_property
    def delete_xblock(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse:
        from .delete_xblock import (
            AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse(
            self._resource.delete_xblock
        )

    @cached_property
    def draft_content_for_all_units(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse:
        from .draft_content_for_all_units import (
            AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse(
            self._resource.draft_content_for_all_units
        )

    @cached_property
    def draft_content_for_unit(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse:
        from .draft_content_for_unit import (
            AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse(
            self._resource.draft_content_for_unit
        )

    @cached_property
    def full_structure(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse:
        from .full_structure import (
            AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse(
            self._resource.full_structure
        )

    @cached_property
    def outline(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse:
        from .outline import (
            AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse(
            self._resource.outline
        )

    @cached_property
    def reorder_children(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse:
        from .reorder_children import (
            AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse(
            self._resource.reorder_children
        )

    @cached_property
    def student_progress(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse:
        from .student_progress import (
            AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse(
            self._resource.student_progress
        )

    @cached_property
    def sync_to_edx(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse:
        from .sync_to_edx import (
            AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseSyncToEdxResourceWithRawResponse(
            self._resource.sync_to_edx
        )

    @cached_property
    def update_xblock(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse:
        from .update_xblock import (
            AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse(
            self._resource.update_xblock
        )
