"""`Client.ai_mentor.orgs.mentors.link_course`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_link_course_create as _ai_mentor_orgs_mentors_link_course_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_link_course_retrieve as _ai_mentor_orgs_mentors_link_course_retrieve,
)
from ......models.link_course_request import LinkCourseRequest
from ......models.link_course_response import LinkCourseResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsMentorsLinkCourseResource",
    "AiMentorOrgsMentorsLinkCourseResourceWithRawResponse",
    "AsyncAiMentorOrgsMentorsLinkCourseResource",
    "AsyncAiMentorOrgsMentorsLinkCourseResourceWithRawResponse",
]


class AiMentorOrgsMentorsLinkCourseResource:
    """`Client.ai_mentor.orgs.mentors.link_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMentorsLinkCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMentorsLinkCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> LinkCourseResponse:
        """API endpoint to link mentor with a course and enable guided mode.  Permissions:     -
        Accessible to tenant admins.

        Args:
            org (str, path)
            mentor (str, path)

        Returns:
            LinkCourseResponse
        """
        return self._client._send(
            _ai_mentor_orgs_mentors_link_course_retrieve.OPERATION,
            _ai_mentor_orgs_mentors_link_course_retrieve.build_request(org=org, mentor=mentor),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        mentor: str,
        body: LinkCourseRequest,
        **options: Unpack[RequestOptions],
    ) -> LinkCourseResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        mentor: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> LinkCourseResponse: ...

    def create(
        self,
        *,
        org: str,
        mentor: str,
        body: LinkCourseRequest | Unset = UNSET,
        course_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LinkCourseResponse:
        """API endpoint to link mentor with a course and enable guided mode.  Permissions:     -
        Accessible to tenant admins.

        Args:
            org (str, path)
            mentor (str, path)
            body (LinkCourseRequest, request body)
            Or the body's fields as keywords instead of body=: course_id

        Returns:
            LinkCourseResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.mentors.link_course.create",
            body,
            LinkCourseRequest,
            ["course_id"],
            (("course_id", "course_id", course_id),),
        )
        return self._client._send(
            _ai_mentor_orgs_mentors_link_course_create.OPERATION,
            _ai_mentor_orgs_mentors_link_course_create.build_request(
                org=org, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsMentorsLinkCourseResourceWithRawResponse:
    """`Client.ai_mentor.orgs.mentors.link_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMentorsLinkCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsMentorsLinkCourseResource:
    """`AsyncClient.ai_mentor.orgs.mentors.link_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsMentorsLinkCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMentorsLinkCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> LinkCourseResponse:
        """API endpoint to link mentor with a course and enable guided mode.  Permissions:     -
        Accessible to tenant admins.

        Args:
            org (str, path)
            mentor (str, path)

        Returns:
            LinkCourseResponse
        """
        return await self._client._send(
            _ai_mentor_orgs_mentors_link_course_retrieve.OPERATION,
            _ai_mentor_orgs_mentors_link_course_retrieve.build_request(org=org, mentor=mentor),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        mentor: str,
        body: LinkCourseRequest,
        **options: Unpack[RequestOptions],
    ) -> LinkCourseResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        mentor: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> LinkCourseResponse: ...

    async def create(
        self,
        *,
        org: str,
        mentor: str,
        body: LinkCourseRequest | Unset = UNSET,
        course_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LinkCourseResponse:
        """API endpoint to link mentor with a course and enable guided mode.  Permissions:     -
        Accessible to tenant admins.

        Args:
            org (str, path)
            mentor (str, path)
            body (LinkCourseRequest, request body)
            Or the body's fields as keywords instead of body=: course_id

        Returns:
            LinkCourseResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.mentors.link_course.create",
            body,
            LinkCourseRequest,
            ["course_id"],
            (("course_id", "course_id", course_id),),
        )
        return await self._client._send(
            _ai_mentor_orgs_mentors_link_course_create.OPERATION,
            _ai_mentor_orgs_mentors_link_course_create.build_request(
                org=org, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsMentorsLinkCourseResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.mentors.link_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMentorsLinkCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
