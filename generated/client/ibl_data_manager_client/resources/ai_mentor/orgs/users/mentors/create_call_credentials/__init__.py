"""`Client.ai_mentor.orgs.users.mentors.create_call_credentials`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_create_call_credentials_create as _ai_mentor_orgs_users_mentors_create_call_credentials_create,
)
from .......models.call_authentication_request import CallAuthenticationRequest
from .......models.call_authentication_response import CallAuthenticationResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsCreateCallCredentialsResource",
    "AiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResource",
    "AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsCreateCallCredentialsResource:
    """`Client.ai_mentor.orgs.users.mentors.create_call_credentials`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: CallAuthenticationRequest,
        **options: Unpack[RequestOptions],
    ) -> CallAuthenticationResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        session_id: str,
        pathway: str,
        enable_video: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallAuthenticationResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: CallAuthenticationRequest | Unset = UNSET,
        session_id: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallAuthenticationResponse:
        """Generate IBL Call Pro authentication parameters for audio calls.  This endpoint creates
        the necessary authentication tokens and parameters for connecting to a IBL Call Pro room
        for audio communication with a mentor.  Args:     request: The HTTP request object
        containing the required parameters.     org: The organization/tenant identifier.
        user_id: The ID of the user requesting authentication.  Returns:     Response: IBL Call
        Pro authentication parameters including URL, room name,              participant name,
        and authentication token.  Raises:     ValidationError: If the request parameters are
        invalid.     BadRequest: If the IBL Call Pro credentials are not properly configured.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (CallAuthenticationRequest, request body): Serializer for IBL Call Pro
                authentication request.
            Or the body's fields as keywords instead of body=: session_id, pathway, enable_video

        Returns:
            CallAuthenticationResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.create_call_credentials.create",
            body,
            CallAuthenticationRequest,
            ["session_id", "pathway"],
            (
                ("session_id", "session_id", session_id),
                ("pathway", "pathway", pathway),
                ("enable_video", "enable_video", enable_video),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_create_call_credentials_create.OPERATION,
            _ai_mentor_orgs_users_mentors_create_call_credentials_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.create_call_credentials`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsCreateCallCredentialsResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.create_call_credentials`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: CallAuthenticationRequest,
        **options: Unpack[RequestOptions],
    ) -> CallAuthenticationResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        session_id: str,
        pathway: str,
        enable_video: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallAuthenticationResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: CallAuthenticationRequest | Unset = UNSET,
        session_id: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallAuthenticationResponse:
        """Generate IBL Call Pro authentication parameters for audio calls.  This endpoint creates
        the necessary authentication tokens and parameters for connecting to a IBL Call Pro room
        for audio communication with a mentor.  Args:     request: The HTTP request object
        containing the required parameters.     org: The organization/tenant identifier.
        user_id: The ID of the user requesting authentication.  Returns:     Response: IBL Call
        Pro authentication parameters including URL, room name,              participant name,
        and authentication token.  Raises:     ValidationError: If the request parameters are
        invalid.     BadRequest: If the IBL Call Pro credentials are not properly configured.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (CallAuthenticationRequest, request body): Serializer for IBL Call Pro
                authentication request.
            Or the body's fields as keywords instead of body=: session_id, pathway, enable_video

        Returns:
            CallAuthenticationResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.create_call_credentials.create",
            body,
            CallAuthenticationRequest,
            ["session_id", "pathway"],
            (
                ("session_id", "session_id", session_id),
                ("pathway", "pathway", pathway),
                ("enable_video", "enable_video", enable_video),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_create_call_credentials_create.OPERATION,
            _ai_mentor_orgs_users_mentors_create_call_credentials_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.create_call_credentials`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResource
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
