"""`Client.ai_mentor.orgs.users.mentors.mentor_user_settings`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_mentor_user_settings_create as _ai_mentor_orgs_users_mentors_mentor_user_settings_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_mentor_user_settings_retrieve as _ai_mentor_orgs_users_mentors_mentor_user_settings_retrieve,
)
from .......models.mentor_user_setting import MentorUserSetting
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsMentorUserSettingsResource",
    "AiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResource",
    "AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsMentorUserSettingsResource:
    """`Client.ai_mentor.orgs.users.mentors.mentor_user_settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorUserSetting:
        """Endpoint to get user settings for a mentor.   GET https://base.manager.iblai.app/api/ai-
        mentor/orgs/your-org/users/your-user/mentors/unique-id/mentor-user-settings/  Sample
        response ``` {\"reference_saved_memories\": true} ```

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorUserSetting
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_user_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_user_settings_retrieve.build_request(
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
        body: MentorUserSetting | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorUserSetting: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        reference_saved_memories: bool | Unset = UNSET,
        as_tenant_admin: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorUserSetting: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorUserSetting | Unset = UNSET,
        reference_saved_memories: bool | Unset = UNSET,
        as_tenant_admin: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorUserSetting:
        """Endpoint to set user settings for a mentor.   POST https://base.manager.iblai.app/api/ai
        -mentor/orgs/your-org/users/your-user/mentors/unique-id/mentor-user-settings/  Sample
        request ``` {\"reference_saved_memories\": true} ```  Sample response ```
        {\"reference_saved_memories\": true} ```

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorUserSetting | Unset, request body)
            Or the body's fields as keywords instead of body=: reference_saved_memories,
                as_tenant_admin

        Returns:
            MentorUserSetting
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.mentor_user_settings.create",
            body,
            MentorUserSetting,
            [],
            (
                ("reference_saved_memories", "reference_saved_memories", reference_saved_memories),
                ("as_tenant_admin", "as_tenant_admin", as_tenant_admin),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_user_settings_create.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_user_settings_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.mentor_user_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsMentorUserSettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.mentor_user_settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorUserSetting:
        """Endpoint to get user settings for a mentor.   GET https://base.manager.iblai.app/api/ai-
        mentor/orgs/your-org/users/your-user/mentors/unique-id/mentor-user-settings/  Sample
        response ``` {\"reference_saved_memories\": true} ```

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorUserSetting
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_user_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_user_settings_retrieve.build_request(
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
        body: MentorUserSetting | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorUserSetting: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        reference_saved_memories: bool | Unset = UNSET,
        as_tenant_admin: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorUserSetting: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorUserSetting | Unset = UNSET,
        reference_saved_memories: bool | Unset = UNSET,
        as_tenant_admin: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorUserSetting:
        """Endpoint to set user settings for a mentor.   POST https://base.manager.iblai.app/api/ai
        -mentor/orgs/your-org/users/your-user/mentors/unique-id/mentor-user-settings/  Sample
        request ``` {\"reference_saved_memories\": true} ```  Sample response ```
        {\"reference_saved_memories\": true} ```

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorUserSetting | Unset, request body)
            Or the body's fields as keywords instead of body=: reference_saved_memories,
                as_tenant_admin

        Returns:
            MentorUserSetting
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.mentor_user_settings.create",
            body,
            MentorUserSetting,
            [],
            (
                ("reference_saved_memories", "reference_saved_memories", reference_saved_memories),
                ("as_tenant_admin", "as_tenant_admin", as_tenant_admin),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_mentor_user_settings_create.OPERATION,
            _ai_mentor_orgs_users_mentors_mentor_user_settings_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.mentor_user_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
