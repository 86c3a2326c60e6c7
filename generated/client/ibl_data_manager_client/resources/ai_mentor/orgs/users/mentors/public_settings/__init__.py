"""`Client.ai_mentor.orgs.users.mentors.public_settings`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_public_settings_retrieve as _ai_mentor_orgs_users_mentors_public_settings_retrieve,
)
from .......models.mentor_settings_public import MentorSettingsPublic

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsPublicSettingsResource",
    "AiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsPublicSettingsResource",
    "AsyncAiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsPublicSettingsResource:
    """`Client.ai_mentor.orgs.users.mentors.public_settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorSettingsPublic:
        """Retrieve public mentor settings.  Args:     request: HTTP request instance.     user_id:
        The ID of the user requesting settings.     mentor: The mentor identifier (name, slug,
        or unique_id).     org: The organization key.  Returns:     Response containing the
        mentor settings or an error message.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorSettingsPublic
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_public_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_public_settings_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.public_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsPublicSettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorsPublicSettingsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.public_settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorSettingsPublic:
        """Retrieve public mentor settings.  Args:     request: HTTP request instance.     user_id:
        The ID of the user requesting settings.     mentor: The mentor identifier (name, slug,
        or unique_id).     org: The organization key.  Returns:     Response containing the
        mentor settings or an error message.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorSettingsPublic
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_public_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_public_settings_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.public_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsPublicSettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
