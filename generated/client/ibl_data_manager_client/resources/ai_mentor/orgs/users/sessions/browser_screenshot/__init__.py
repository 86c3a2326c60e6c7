"""`Client.ai_mentor.orgs.users.sessions.browser_screenshot`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_browser_screenshot_retrieve as _ai_mentor_orgs_users_sessions_browser_screenshot_retrieve,
)
from .......models.session_browser_screenshot import SessionBrowserScreenshot

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionsBrowserScreenshotResource",
    "AiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResource",
    "AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsBrowserScreenshotResource:
    """`Client.ai_mentor.orgs.users.sessions.browser_screenshot`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> SessionBrowserScreenshot:
        """Endpoint to fetch the logs of a session. Logs are cached for up to 1 hour of their
        creation: accessing the logs after an hour will result in an empty data.  This is
        intentional and made to avoid cases where logs bloat our in-memory db.  Accessible to
        tenant admins and students.  Url Args:     org (str): The organization's platform key.
        user_id (str): The username  identifier of the individual.     session_id (str): The
        session id.  Returns:      200: a SessionBrowserScreenshot object

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            SessionBrowserScreenshot
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_browser_screenshot_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_browser_screenshot_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )


class AiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions.browser_screenshot`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsBrowserScreenshotResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions.browser_screenshot`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> SessionBrowserScreenshot:
        """Endpoint to fetch the logs of a session. Logs are cached for up to 1 hour of their
        creation: accessing the logs after an hour will result in an empty data.  This is
        intentional and made to avoid cases where logs bloat our in-memory db.  Accessible to
        tenant admins and students.  Url Args:     org (str): The organization's platform key.
        user_id (str): The username  identifier of the individual.     session_id (str): The
        session id.  Returns:      200: a SessionBrowserScreenshot object

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            SessionBrowserScreenshot
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_browser_screenshot_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_browser_screenshot_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions.browser_screenshot`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
