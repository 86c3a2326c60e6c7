"""`Client.ai_mentor.orgs.users.mentor_llms`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_llms_list as _ai_mentor_orgs_users_mentor_llms_list,
)
from ......models.llm_response import LLMResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorLlmsResource",
    "AiMentorOrgsUsersMentorLlmsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorLlmsResource",
    "AsyncAiMentorOrgsUsersMentorLlmsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorLlmsResource:
    """`Client.ai_mentor.orgs.users.mentor_llms`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorLlmsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorLlmsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[LLMResponse]:
        """Retrieve available LLMs for a user.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str | Unset, query)

        Returns:
            list[LLMResponse]
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_llms_list.OPERATION,
            _ai_mentor_orgs_users_mentor_llms_list.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )


class AiMentorOrgsUsersMentorLlmsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor_llms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorLlmsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersMentorLlmsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor_llms`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorLlmsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorLlmsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[LLMResponse]:
        """Retrieve available LLMs for a user.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str | Unset, query)

        Returns:
            list[LLMResponse]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_llms_list.OPERATION,
            _ai_mentor_orgs_users_mentor_llms_list.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorLlmsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor_llms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorLlmsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
