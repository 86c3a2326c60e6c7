"""`Client.ai_mentor.orgs.mentors`: 6 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .by_email import (
        AiMentorOrgsMentorsByEmailResource,
        AiMentorOrgsMentorsByEmailResourceWithRawResponse,
        AsyncAiMentorOrgsMentorsByEmailResource,
        AsyncAiMentorOrgsMentorsByEmailResourceWithRawResponse,
    )
    from .email_inbox import (
        AiMentorOrgsMentorsEmailInboxResource,
        AiMentorOrgsMentorsEmailInboxResourceWithRawResponse,
        AsyncAiMentorOrgsMentorsEmailInboxResource,
        AsyncAiMentorOrgsMentorsEmailInboxResourceWithRawResponse,
    )
    from .email_inbox_summary import (
        AiMentorOrgsMentorsEmailInboxSummaryResource,
        AiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse,
        AsyncAiMentorOrgsMentorsEmailInboxSummaryResource,
        AsyncAiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse,
    )
    from .link_course import (
        AiMentorOrgsMentorsLinkCourseResource,
        AiMentorOrgsMentorsLinkCourseResourceWithRawResponse,
        AsyncAiMentorOrgsMentorsLinkCourseResource,
        AsyncAiMentorOrgsMentorsLinkCourseResourceWithRawResponse,
    )
    from .lti import (
        AiMentorOrgsMentorsLtiResource,
        AiMentorOrgsMentorsLtiResourceWithRawResponse,
        AsyncAiMentorOrgsMentorsLtiResource,
        AsyncAiMentorOrgsMentorsLtiResourceWithRawResponse,
    )
    from .memory_categories import (
        AiMentorOrgsMentorsMemoryCategoriesResource,
        AiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse,
        AsyncAiMentorOrgsMentorsMemoryCategoriesResource,
        AsyncAiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsMentorsResource",
    "AiMentorOrgsMentorsResourceWithRawResponse",
    "AsyncAiMentorOrgsMentorsResource",
    "AsyncAiMentorOrgsMentorsResourceWithRawResponse",
]


class AiMentorOrgsMentorsResource:
    """`Client.ai_mentor.orgs.mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMentorsResourceWithRawResponse(self)

    @cached_property
    def by_email(self) -> AiMentorOrgsMentorsByEmailResource:
        from .by_email import AiMentorOrgsMentorsByEmailResource

        return AiMentorOrgsMentorsByEmailResource(self._client)

    @cached_property
    def email_inbox(self) -> AiMentorOrgsMentorsEmailInboxResource:
        from .email_inbox import AiMentorOrgsMentorsEmailInboxResource

        return AiMentorOrgsMentorsEmailInboxResource(self._client)

    @cached_property
    def email_inbox_summary(self) -> AiMentorOrgsMentorsEmailInboxSummaryResource:
        from .email_inbox_summary import AiMentorOrgsMentorsEmailInboxSummaryResource

        return AiMentorOrgsMentorsEmailInboxSummaryResource(self._client)

    @cached_property
    def link_course(self) -> AiMentorOrgsMentorsLinkCourseResource:
        from .link_course import AiMentorOrgsMentorsLinkCourseResource

        return AiMentorOrgsMentorsLinkCourseResource(self._client)

    @cached_property
    def lti(self) -> AiMentorOrgsMentorsLtiResource:
        from .lti import AiMentorOrgsMentorsLtiResource

        return AiMentorOrgsMentorsLtiResource(self._client)

    @cached_property
    def memory_categories(self) -> AiMentorOrgsMentorsMemoryCategoriesResource:
        from .memory_categories import AiMentorOrgsMentorsMemoryCategoriesResource

        return AiMentorOrgsMentorsMemoryCategoriesResource(self._client)


class AiMentorOrgsMentorsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMentorsResource) -> None:
        self._resource = resource

    @cached_property
    def by_email(self) -> AiMentorOrgsMentorsByEmailResourceWithRawResponse:
        from .by_email import AiMentorOrgsMentorsByEmailResourceWithRawResponse

        return AiMentorOrgsMentorsByEmailResourceWithRawResponse(self._resource.by_email)

    @cached_property
    def email_inbox(self) -> AiMentorOrgsMentorsEmailInboxResourceWithRawResponse:
        from .email_inbox import AiMentorOrgsMentorsEmailInboxResourceWithRawResponse

        return AiMentorOrgsMentorsEmailInboxResourceWithRawResponse(self._resource.email_inbox)

    @cached_property
    def email_inbox_summary(self) -> AiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse:
        from .email_inbox_summary import AiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse

        return AiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse(
            self._resource.email_inbox_summary
        )

    @cached_property
    def link_course(self) -> AiMentorOrgsMentorsLinkCourseResourceWithRawResponse:
        from .link_course import AiMentorOrgsMentorsLinkCourseResourceWithRawResponse

        return AiMentorOrgsMentorsLinkCourseResourceWithRawResponse(self._resource.link_course)

    @cached_property
    def lti(self) -> AiMentorOrgsMentorsLtiResourceWithRawResponse:
        from .lti import AiMentorOrgsMentorsLtiResourceWithRawResponse

        return AiMentorOrgsMentorsLtiResourceWithRawResponse(self._resource.lti)

    @cached_property
    def memory_categories(self) -> AiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse:
        from .memory_categories import AiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse

        return AiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse(
            self._resource.memory_categories
        )


class AsyncAiMentorOrgsMentorsResource:
    """`AsyncClient.ai_mentor.orgs.mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMentorsResourceWithRawResponse(self)

    @cached_property
    def by_email(self) -> AsyncAiMentorOrgsMentorsByEmailResource:
        from .by_email import AsyncAiMentorOrgsMentorsByEmailResource

        return AsyncAiMentorOrgsMentorsByEmailResource(self._client)

    @cached_property
    def email_inbox(self) -> AsyncAiMentorOrgsMentorsEmailInboxResource:
        from .email_inbox import AsyncAiMentorOrgsMentorsEmailInboxResource

        return AsyncAiMentorOrgsMentorsEmailInboxResource(self._client)

    @cached_property
    def email_inbox_summary(self) -> AsyncAiMentorOrgsMentorsEmailInboxSummaryResource:
        from .email_inbox_summary import AsyncAiMentorOrgsMentorsEmailInboxSummaryResource

        return AsyncAiMentorOrgsMentorsEmailInboxSummaryResource(self._client)

    @cached_property
    def link_course(self) -> AsyncAiMentorOrgsMentorsLinkCourseResource:
        from .link_course import AsyncAiMentorOrgsMentorsLinkCourseResource

        return AsyncAiMentorOrgsMentorsLinkCourseResource(self._client)

    @cached_property
    def lti(self) -> AsyncAiMentorOrgsMentorsLtiResource:
        from .lti import AsyncAiMentorOrgsMentorsLtiResource

        return AsyncAiMentorOrgsMentorsLtiResource(self._client)

    @cached_property
    def memory_categories(self) -> AsyncAiMentorOrgsMentorsMemoryCategoriesResource:
        from .memory_categories import AsyncAiMentorOrgsMentorsMemoryCategoriesResource

        return AsyncAiMentorOrgsMentorsMemoryCategoriesResource(self._client)


class AsyncAiMentorOrgsMentorsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMentorsResource) -> None:
        self._resource = resource

    @cached_property
    def by_email(self) -> AsyncAiMentorOrgsMentorsByEmailResourceWithRawResponse:
        from .by_email import AsyncAiMentorOrgsMentorsByEmailResourceWithRawResponse

        return AsyncAiMentorOrgsMentorsByEmailResourceWithRawResponse(self._resource.by_email)

    @cached_property
    def email_inbox(self) -> AsyncAiMentorOrgsMentorsEmailInboxResourceWithRawResponse:
        from .email_inbox import AsyncAiMentorOrgsMentorsEmailInboxResourceWithRawResponse

        return AsyncAiMentorOrgsMentorsEmailInboxResourceWithRawResponse(self._resource.email_inbox)

    @cached_property
    def email_inbox_summary(
        self,
    ) -> AsyncAiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse:
        from .email_inbox_summary import (
            AsyncAiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsMentorsEmailInboxSummaryResourceWithRawResponse(
            self._resource.email_inbox_summary
        )

    @cached_property
    def link_course(self) -> AsyncAiMentorOrgsMentorsLinkCourseResourceWithRawResponse:
        from .link_course import AsyncAiMentorOrgsMentorsLinkCourseResourceWithRawResponse

        return AsyncAiMentorOrgsMentorsLinkCourseResourceWithRawResponse(self._resource.link_course)

    @cached_property
    def lti(self) -> AsyncAiMentorOrgsMentorsLtiResourceWithRawResponse:
        from .lti import AsyncAiMentorOrgsMentorsLtiResourceWithRawResponse

        return AsyncAiMentorOrgsMentorsLtiResourceWithRawResponse(self._resource.lti)

    @cached_property
    def memory_categories(self) -> AsyncAiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse:
        from .memory_categories import (
            AsyncAiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse(
            self._resource.memory_categories
        )
