"""`Client.ai_mentor.orgs.sessions`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import ai_mentor_orgs_sessions_create as _ai_mentor_orgs_sessions_create
from .....models.chat_session_request import ChatSessionRequest
from .....models.chat_session_response import ChatSessionResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsSessionsResource",
    "AiMentorOrgsSessionsResourceWithRawResponse",
    "AsyncAiMentorOrgsSessionsResource",
    "AsyncAiMentorOrgsSessionsResourceWithRawResponse",
]


class AiMentorOrgsSessionsResource:
    """`Client.ai_mentor.orgs.sessions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsSessionsResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        body: ChatSessionRequest,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        mentor: str,
        tools: list[str] | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        shareable_link_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionResponse: ...

    def create(
        self,
        *,
        org: str,
        body: ChatSessionRequest | Unset = UNSET,
        mentor: str | Unset = UNSET,
        tools: list[str] | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        shareable_link_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionResponse:
        """Retrieve or create a chat session with a mentor.  Passing `null` as `tools` results in
        using all tools assigned to the mentor. To specify that no tools be used, pass an empty
        list.  Args:     request: HTTP request containing mentor details.     org: Organization
        key identifier.     user_id (optional): Username for authentication (if required by the
        mentor).  Returns:     Response: JSON object containing the session ID.  Raises:
        Http404: If the mentor is not found.     ValidationError: If the username is invalid.
        ValidationError: If one or more tool slugs are invalid.

        Args:
            org (str, path)
            body (ChatSessionRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, tools, enable_artifacts,
                shareable_link_token

        Returns:
            ChatSessionResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.sessions.create",
            body,
            ChatSessionRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("tools", "tools", tools),
                ("enable_artifacts", "enable_artifacts", enable_artifacts),
                ("shareable_link_token", "shareable_link_token", shareable_link_token),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_sessions_create.OPERATION,
            _ai_mentor_orgs_sessions_create.build_request(org=org, body=body),
            options,
        )


class AiMentorOrgsSessionsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsSessionsResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsSessionsResource:
    """`AsyncClient.ai_mentor.orgs.sessions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsSessionsResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        body: ChatSessionRequest,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        mentor: str,
        tools: list[str] | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        shareable_link_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionResponse: ...

    async def create(
        self,
        *,
        org: str,
        body: ChatSessionRequest | Unset = UNSET,
        mentor: str | Unset = UNSET,
        tools: list[str] | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        shareable_link_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionResponse:
        """Retrieve or create a chat session with a mentor.  Passing `null` as `tools` results in
        using all tools assigned to the mentor. To specify that no tools be used, pass an empty
        list.  Args:     request: HTTP request containing mentor details.     org: Organization
        key identifier.     user_id (optional): Username for authentication (if required by the
        mentor).  Returns:     Response: JSON object containing the session ID.  Raises:
        Http404: If the mentor is not found.     ValidationError: If the username is invalid.
        ValidationError: If one or more tool slugs are invalid.

        Args:
            org (str, path)
            body (ChatSessionRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, tools, enable_artifacts,
                shareable_link_token

        Returns:
            ChatSessionResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.sessions.create",
            body,
            ChatSessionRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("tools", "tools", tools),
                ("enable_artifacts", "enable_artifacts", enable_artifacts),
                ("shareable_link_token", "shareable_link_token", shareable_link_token),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_sessions_create.OPERATION,
            _ai_mentor_orgs_sessions_create.build_request(org=org, body=body),
            options,
        )


class AsyncAiMentorOrgsSessionsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsSessionsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
