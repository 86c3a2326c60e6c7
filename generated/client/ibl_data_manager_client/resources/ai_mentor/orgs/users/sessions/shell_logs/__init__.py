"""`Client.ai_mentor.orgs.users.sessions.shell_logs`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_shell_logs_retrieve as _ai_mentor_orgs_users_sessions_shell_logs_retrieve,
)
from .......models.shell_logs import ShellLogs

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionsShellLogsResource",
    "AiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsShellLogsResource",
    "AsyncAiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsShellLogsResource:
    """`Client.ai_mentor.orgs.users.sessions.shell_logs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> ShellLogs:
        """Retrieve shell logs for a specific session.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user who owns the
        session.     session_id: The ID of the session to retrieve logs for.  Returns:
        Response: The shell logs for the specified session.  Raises:     NotFound: If the
        specified session does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            ShellLogs
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_shell_logs_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_shell_logs_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )


class AiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions.shell_logs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsShellLogsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersSessionsShellLogsResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions.shell_logs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> ShellLogs:
        """Retrieve shell logs for a specific session.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user who owns the
        session.     session_id: The ID of the session to retrieve logs for.  Returns:
        Response: The shell logs for the specified session.  Raises:     NotFound: If the
        specified session does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            ShellLogs
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_shell_logs_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_shell_logs_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions.shell_logs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsShellLogsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
