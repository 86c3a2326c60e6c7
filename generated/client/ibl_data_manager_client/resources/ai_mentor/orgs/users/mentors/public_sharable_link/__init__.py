"""`Client.ai_mentor.orgs.users.mentors.public_sharable_link`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_public_sharable_link_retrieve as _ai_mentor_orgs_users_mentors_public_sharable_link_retrieve,
)
from .......models.shareable_mentor_link import ShareableMentorLink

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsPublicSharableLinkResource",
    "AiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResource",
    "AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsPublicSharableLinkResource:
    """`Client.ai_mentor.orgs.users.mentors.public_sharable_link`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink:
        """Return True if the token is valid and link is enabled, else False

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            ShareableMentorLink
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_public_sharable_link_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_public_sharable_link_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.public_sharable_link`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsPublicSharableLinkResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.public_sharable_link`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink:
        """Return True if the token is valid and link is enabled, else False

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            ShareableMentorLink
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_public_sharable_link_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_public_sharable_link_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.public_sharable_link`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
