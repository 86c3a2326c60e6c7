"""`Client.ai_mentor.orgs.users.pin_message`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_pin_message_create as _ai_mentor_orgs_users_pin_message_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_pin_message_destroy as _ai_mentor_orgs_users_pin_message_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_pin_message_list as _ai_mentor_orgs_users_pin_message_list,
)
from ......models.ai_mentor_orgs_users_pin_message_destroy_response_204 import (
    AiMentorOrgsUsersPinMessageDestroyResponse204,
)
from ......models.pinned_message_create import PinnedMessageCreate
from ......models.pinned_message_request import PinnedMessageRequest
from ......models.session_summary import SessionSummary
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersPinMessageResource",
    "AiMentorOrgsUsersPinMessageResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersPinMessageResource",
    "AsyncAiMentorOrgsUsersPinMessageResourceWithRawResponse",
]


class AiMentorOrgsUsersPinMessageResource:
    """`Client.ai_mentor.orgs.users.pin_message`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersPinMessageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersPinMessageResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> AiMentorOrgsUsersPinMessageDestroyResponse204:
        """Delete a pinned message for a user.  Args:     request: The HTTP request containing
        session details.     org: Organization key identifier.     user_id: The username of the
        student.  Returns:     Response: Status 204 on success.  Raises:     NotFound: If the
        student or pinned message does not exist.     ValidationError: If request data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            AiMentorOrgsUsersPinMessageDestroyResponse204
        """
        return self._client._send(
            _ai_mentor_orgs_users_pin_message_destroy.OPERATION,
            _ai_mentor_orgs_users_pin_message_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SessionSummary]:
        """Retrieve pinned sessions for a user.  Returns a lightweight paginated list of pinned
        sessions containing: - session_id: UUID of the session - mentor_unique_id: UUID of the
        mentor - mentor: Object with unique_id (for backward compatibility) - title:
        AI-generated session title - messages: Array containing only the first message  Query
        Parameters:     mentor: Filter by mentor unique_id, slug, or name (optional)  Args:
        request: The HTTP request.     org: Organization key identifier.     user_id: The
        username of the student.  Returns:     Response: Paginated list of pinned sessions.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str | Unset, query)

        Returns:
            list[SessionSummary]
        """
        return self._client._send(
            _ai_mentor_orgs_users_pin_message_list.OPERATION,
            _ai_mentor_orgs_users_pin_message_list.build_request(
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
        body: PinnedMessageRequest,
        **options: Unpack[RequestOptions],
    ) -> PinnedMessageCreate: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> PinnedMessageCreate: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PinnedMessageRequest | Unset = UNSET,
        session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PinnedMessageCreate:
        """Create a pinned message for a user session.  Args:     request: The HTTP request
        containing session details.     org: Organization key identifier.     user_id: The
        username of the student.  Returns:     Response: Status 201 on success.  Raises:
        NotFound: If the student does not exist.     ValidationError: If request data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (PinnedMessageRequest, request body)
            Or the body's fields as keywords instead of body=: session_id

        Returns:
            PinnedMessageCreate
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.pin_message.create",
            body,
            PinnedMessageRequest,
            ["session_id"],
            (("session_id", "session_id", session_id),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_pin_message_create.OPERATION,
            _ai_mentor_orgs_users_pin_message_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersPinMessageResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.pin_message`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersPinMessageResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersPinMessageResource:
    """`AsyncClient.ai_mentor.orgs.users.pin_message`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersPinMessageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersPinMessageResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> AiMentorOrgsUsersPinMessageDestroyResponse204:
        """Delete a pinned message for a user.  Args:     request: The HTTP request containing
        session details.     org: Organization key identifier.     user_id: The username of the
        student.  Returns:     Response: Status 204 on success.  Raises:     NotFound: If the
        student or pinned message does not exist.     ValidationError: If request data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            AiMentorOrgsUsersPinMessageDestroyResponse204
        """
        return await self._client._send(
            _ai_mentor_orgs_users_pin_message_destroy.OPERATION,
            _ai_mentor_orgs_users_pin_message_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SessionSummary]:
        """Retrieve pinned sessions for a user.  Returns a lightweight paginated list of pinned
        sessions containing: - session_id: UUID of the session - mentor_unique_id: UUID of the
        mentor - mentor: Object with unique_id (for backward compatibility) - title:
        AI-generated session title - messages: Array containing only the first message  Query
        Parameters:     mentor: Filter by mentor unique_id, slug, or name (optional)  Args:
        request: The HTTP request.     org: Organization key identifier.     user_id: The
        username of the student.  Returns:     Response: Paginated list of pinned sessions.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str | Unset, query)

        Returns:
            list[SessionSummary]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_pin_message_list.OPERATION,
            _ai_mentor_orgs_users_pin_message_list.build_request(
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
        body: PinnedMessageRequest,
        **options: Unpack[RequestOptions],
    ) -> PinnedMessageCreate: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> PinnedMessageCreate: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PinnedMessageRequest | Unset = UNSET,
        session_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PinnedMessageCreate:
        """Create a pinned message for a user session.  Args:     request: The HTTP request
        containing session details.     org: Organization key identifier.     user_id: The
        username of the student.  Returns:     Response: Status 201 on success.  Raises:
        NotFound: If the student does not exist.     ValidationError: If request data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (PinnedMessageRequest, request body)
            Or the body's fields as keywords instead of body=: session_id

        Returns:
            PinnedMessageCreate
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.pin_message.create",
            body,
            PinnedMessageRequest,
            ["session_id"],
            (("session_id", "session_id", session_id),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_pin_message_create.OPERATION,
            _ai_mentor_orgs_users_pin_message_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersPinMessageResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.pin_message`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersPinMessageResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
