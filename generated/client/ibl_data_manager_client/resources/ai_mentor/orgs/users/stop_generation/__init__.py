"""`Client.ai_mentor.orgs.users.stop_generation`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_stop_generation_create as _ai_mentor_orgs_users_stop_generation_create,
)
from ......models.stop_generation_request import StopGenerationRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersStopGenerationResource",
    "AiMentorOrgsUsersStopGenerationResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersStopGenerationResource",
    "AsyncAiMentorOrgsUsersStopGenerationResourceWithRawResponse",
]


class AiMentorOrgsUsersStopGenerationResource:
    """`Client.ai_mentor.orgs.users.stop_generation`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersStopGenerationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersStopGenerationResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StopGenerationRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        generation_id: str,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StopGenerationRequest | Unset = UNSET,
        generation_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Stop an active chat generation

        Stops an ongoing LLM generation for a mentor chat session. The generation_id is returned
        when starting a chat and can be used to stop the generation before it completes.

        Args:
            org (str, path)
            user_id (str, path)
            body (StopGenerationRequest, request body): Serializer for stop generation request.
            Or the body's fields as keywords instead of body=: generation_id

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.stop_generation.create",
            body,
            StopGenerationRequest,
            ["generation_id"],
            (("generation_id", "generation_id", generation_id),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_stop_generation_create.OPERATION,
            _ai_mentor_orgs_users_stop_generation_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersStopGenerationResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.stop_generation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersStopGenerationResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersStopGenerationResource:
    """`AsyncClient.ai_mentor.orgs.users.stop_generation`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersStopGenerationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersStopGenerationResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StopGenerationRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        generation_id: str,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StopGenerationRequest | Unset = UNSET,
        generation_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Stop an active chat generation

        Stops an ongoing LLM generation for a mentor chat session. The generation_id is returned
        when starting a chat and can be used to stop the generation before it completes.

        Args:
            org (str, path)
            user_id (str, path)
            body (StopGenerationRequest, request body): Serializer for stop generation request.
            Or the body's fields as keywords instead of body=: generation_id

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.stop_generation.create",
            body,
            StopGenerationRequest,
            ["generation_id"],
            (("generation_id", "generation_id", generation_id),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_stop_generation_create.OPERATION,
            _ai_mentor_orgs_users_stop_generation_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersStopGenerationResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.stop_generation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersStopGenerationResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
