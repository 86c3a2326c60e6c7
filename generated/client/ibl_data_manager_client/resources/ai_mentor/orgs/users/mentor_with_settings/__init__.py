"""`Client.ai_mentor.orgs.users.mentor_with_settings`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_with_settings_create as _ai_mentor_orgs_users_mentor_with_settings_create,
)
from ......models.ai_mentor_orgs_users_mentor_with_settings_create_body import (
    AiMentorOrgsUsersMentorWithSettingsCreateBody,
)
from ......models.mentor import Mentor

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorWithSettingsResource",
    "AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorWithSettingsResource",
    "AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorWithSettingsResource:
    """`Client.ai_mentor.orgs.users.mentor_with_settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMentorWithSettingsCreateBody,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """View to create a mentor from a template with settings.  Accessible to tenant admins
        only.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMentorWithSettingsCreateBody, request body)

        Returns:
            Mentor
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_with_settings_create.OPERATION,
            _ai_mentor_orgs_users_mentor_with_settings_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor_with_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorWithSettingsResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorWithSettingsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor_with_settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMentorWithSettingsCreateBody,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """View to create a mentor from a template with settings.  Accessible to tenant admins
        only.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMentorWithSettingsCreateBody, request body)

        Returns:
            Mentor
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_with_settings_create.OPERATION,
            _ai_mentor_orgs_users_mentor_with_settings_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor_with_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorWithSettingsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
