"""`Client.ai_mentor.orgs.users.mentors.settings`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_settings_retrieve as _ai_mentor_orgs_users_mentors_settings_retrieve,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_settings_update as _ai_mentor_orgs_users_mentors_settings_update,
)
from .......models.ai_mentor_orgs_users_mentors_settings_update_body import (
    AiMentorOrgsUsersMentorsSettingsUpdateBody,
)
from .......models.mentor_settings import MentorSettings
from .......models.mentor_settings_public import MentorSettingsPublic
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsSettingsResource",
    "AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsSettingsResource",
    "AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsSettingsResource:
    """`Client.ai_mentor.orgs.users.mentors.settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettingsPublic:
        """Retrieve Mentor Settings

        Fetch the settings of a mentor within an organization. Only accessible to tenant admins.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            department_id (int | Unset, query)

        Returns:
            MentorSettingsPublic
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_settings_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor, department_id=department_id
            ),
            options,
        )

    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        body: AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings:
        """Update Mentor Settings

        Update various mentor settings including system prompts, tool permissions, and UI
        configurations.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            department_id (int | Unset, query)
            body (AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset, request body)

        Returns:
            MentorSettings
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_settings_update.OPERATION,
            _ai_mentor_orgs_users_mentors_settings_update.build_request(
                org=org, user_id=user_id, mentor=mentor, department_id=department_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsSettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersMentorsSettingsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettingsPublic:
        """Retrieve Mentor Settings

        Fetch the settings of a mentor within an organization. Only accessible to tenant admins.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            department_id (int | Unset, query)

        Returns:
            MentorSettingsPublic
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_settings_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor, department_id=department_id
            ),
            options,
        )

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        department_id: int | Unset = UNSET,
        body: AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSettings:
        """Update Mentor Settings

        Update various mentor settings including system prompts, tool permissions, and UI
        configurations.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            department_id (int | Unset, query)
            body (AiMentorOrgsUsersMentorsSettingsUpdateBody | Unset, request body)

        Returns:
            MentorSettings
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_settings_update.OPERATION,
            _ai_mentor_orgs_users_mentors_settings_update.build_request(
                org=org, user_id=user_id, mentor=mentor, department_id=department_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsSettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
