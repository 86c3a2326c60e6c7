"""`Client.ai_mentor.orgs.users.mentors.sharable_link`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_sharable_link_create as _ai_mentor_orgs_users_mentors_sharable_link_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_sharable_link_destroy as _ai_mentor_orgs_users_mentors_sharable_link_destroy,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_sharable_link_retrieve as _ai_mentor_orgs_users_mentors_sharable_link_retrieve,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_sharable_link_update as _ai_mentor_orgs_users_mentors_sharable_link_update,
)
from .......models.shareable_mentor_link import ShareableMentorLink
from .......models.shareable_mentor_link_request import ShareableMentorLinkRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsSharableLinkResource",
    "AiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsSharableLinkResource",
    "AsyncAiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsSharableLinkResource:
    """`Client.ai_mentor.orgs.users.mentors.sharable_link`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Enpoints to manage mentor shareable links

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_sharable_link_destroy.OPERATION,
            _ai_mentor_orgs_users_mentors_sharable_link_destroy.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink:
        """Enpoints to manage mentor shareable links

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            ShareableMentorLink
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_sharable_link_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_sharable_link_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: ShareableMentorLinkRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: ShareableMentorLinkRequest | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink:
        """Enpoints to manage mentor shareable links

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (ShareableMentorLinkRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: enabled

        Returns:
            ShareableMentorLink
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.sharable_link.create",
            body,
            ShareableMentorLinkRequest,
            [],
            (("enabled", "enabled", enabled),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_sharable_link_create.OPERATION,
            _ai_mentor_orgs_users_mentors_sharable_link_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: ShareableMentorLinkRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: ShareableMentorLinkRequest | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink:
        """Enpoints to manage mentor shareable links

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (ShareableMentorLinkRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: enabled

        Returns:
            ShareableMentorLink
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.sharable_link.update",
            body,
            ShareableMentorLinkRequest,
            [],
            (("enabled", "enabled", enabled),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_sharable_link_update.OPERATION,
            _ai_mentor_orgs_users_mentors_sharable_link_update.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.sharable_link`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsSharableLinkResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersMentorsSharableLinkResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.sharable_link`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Enpoints to manage mentor shareable links

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_sharable_link_destroy.OPERATION,
            _ai_mentor_orgs_users_mentors_sharable_link_destroy.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink:
        """Enpoints to manage mentor shareable links

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            ShareableMentorLink
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_sharable_link_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_sharable_link_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: ShareableMentorLinkRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: ShareableMentorLinkRequest | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink:
        """Enpoints to manage mentor shareable links

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (ShareableMentorLinkRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: enabled

        Returns:
            ShareableMentorLink
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.sharable_link.create",
            body,
            ShareableMentorLinkRequest,
            [],
            (("enabled", "enabled", enabled),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_sharable_link_create.OPERATION,
            _ai_mentor_orgs_users_mentors_sharable_link_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: ShareableMentorLinkRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: ShareableMentorLinkRequest | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShareableMentorLink:
        """Enpoints to manage mentor shareable links

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (ShareableMentorLinkRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: enabled

        Returns:
            ShareableMentorLink
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.sharable_link.update",
            body,
            ShareableMentorLinkRequest,
            [],
            (("enabled", "enabled", enabled),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_sharable_link_update.OPERATION,
            _ai_mentor_orgs_users_mentors_sharable_link_update.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.sharable_link`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsSharableLinkResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
