"""`Client.ai_mentor.orgs.users.memsearch_settings`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memsearch_settings_retrieve as _ai_mentor_orgs_users_memsearch_settings_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memsearch_settings_update as _ai_mentor_orgs_users_memsearch_settings_update,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMemsearchSettingsResource",
    "AiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMemsearchSettingsResource",
    "AsyncAiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse",
]


class AiMentorOrgsUsersMemsearchSettingsResource:
    """`Client.ai_mentor.orgs.users.memsearch_settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get user's memory settings.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_memsearch_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_memsearch_settings_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    def update(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update user's memory settings.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_memsearch_settings_update.OPERATION,
            _ai_mentor_orgs_users_memsearch_settings_update.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.memsearch_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMemsearchSettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersMemsearchSettingsResource:
    """`AsyncClient.ai_mentor.orgs.users.memsearch_settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get user's memory settings.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_memsearch_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_memsearch_settings_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update user's memory settings.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_memsearch_settings_update.OPERATION,
            _ai_mentor_orgs_users_memsearch_settings_update.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.memsearch_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMemsearchSettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
