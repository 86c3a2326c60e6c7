"""`Client.ai_mentor.orgs.users.sessions.download_session`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_download_session_retrieve as _ai_mentor_orgs_users_sessions_download_session_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionsDownloadSessionResource",
    "AiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsDownloadSessionResource",
    "AsyncAiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsDownloadSessionResource:
    """`Client.ai_mentor.orgs.users.sessions.download_session`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieves the chat history for a session as a plain text file.  Returns:     200: txt
        file containing coversation

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_download_session_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_download_session_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )


class AiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions.download_session`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsDownloadSessionResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersSessionsDownloadSessionResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions.download_session`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieves the chat history for a session as a plain text file.  Returns:     200: txt
        file containing coversation

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_download_session_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_download_session_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions.download_session`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsDownloadSessionResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
