"""`Client.ai_mentor.orgs.users.sessions.shared`: 2 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_shared_retrieve as _ai_mentor_orgs_users_sessions_shared_retrieve,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_shared_update as _ai_mentor_orgs_users_sessions_shared_update,
)
from .......models.message_view import MessageView
from .......models.shared_session_update_request import SharedSessionUpdateRequest
from .......models.shared_session_update_response import SharedSessionUpdateResponse

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionsSharedResource",
    "AiMentorOrgsUsersSessionsSharedResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsSharedResource",
    "AsyncAiMentorOrgsUsersSessionsSharedResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsSharedResource:
    """`Client.ai_mentor.orgs.users.sessions.shared`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionsSharedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsSharedResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> MessageView:
        """Retrieve Shared Messages

        Fetches shared chat messages for a specific session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            MessageView
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_shared_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_shared_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_sessions_shared_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_shared_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            _ai_mentor_orgs_users_sessions_shared_retrieve.PAGE,
            options,
        )

    def update(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        body: SharedSessionUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> SharedSessionUpdateResponse:
        """Share Session

        Allows users to mark their session as shared. Anonymous users can only share sessions
        created in anonymous mode.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            body (SharedSessionUpdateRequest, request body)

        Returns:
            SharedSessionUpdateResponse
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_shared_update.OPERATION,
            _ai_mentor_orgs_users_sessions_shared_update.build_request(
                org=org, user_id=user_id, session_id=session_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersSessionsSharedResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions.shared`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsSharedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersSessionsSharedResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions.shared`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSessionsSharedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsSharedResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> MessageView:
        """Retrieve Shared Messages

        Fetches shared chat messages for a specific session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            MessageView
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_shared_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_shared_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Any]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_sessions_shared_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_shared_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            _ai_mentor_orgs_users_sessions_shared_retrieve.PAGE,
            options,
        )

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        body: SharedSessionUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> SharedSessionUpdateResponse:
        """Share Session

        Allows users to mark their session as shared. Anonymous users can only share sessions
        created in anonymous mode.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            body (SharedSessionUpdateRequest, request body)

        Returns:
            SharedSessionUpdateResponse
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_shared_update.OPERATION,
            _ai_mentor_orgs_users_sessions_shared_update.build_request(
                org=org, user_id=user_id, session_id=session_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionsSharedResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions.shared`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsSharedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
