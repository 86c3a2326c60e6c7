"""`Client.ai_mentor.orgs.users.free_usage_count`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_free_usage_count_retrieve as _ai_mentor_orgs_users_free_usage_count_retrieve,
)
from ......models.free_usage_count import FreeUsageCount

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersFreeUsageCountResource",
    "AiMentorOrgsUsersFreeUsageCountResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersFreeUsageCountResource",
    "AsyncAiMentorOrgsUsersFreeUsageCountResourceWithRawResponse",
]


class AiMentorOrgsUsersFreeUsageCountResource:
    """`Client.ai_mentor.orgs.users.free_usage_count`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersFreeUsageCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersFreeUsageCountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> FreeUsageCount:
        """Retrieve the count of free usage credits available to a user.  Args:     request: The
        HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the
        user to check free usage for.  Returns:     Response: The count of free usage credits
        available.  Raises:     NotFound: If the specified user does not exist.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            FreeUsageCount
        """
        return self._client._send(
            _ai_mentor_orgs_users_free_usage_count_retrieve.OPERATION,
            _ai_mentor_orgs_users_free_usage_count_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersFreeUsageCountResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.free_usage_count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersFreeUsageCountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersFreeUsageCountResource:
    """`AsyncClient.ai_mentor.orgs.users.free_usage_count`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersFreeUsageCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersFreeUsageCountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> FreeUsageCount:
        """Retrieve the count of free usage credits available to a user.  Args:     request: The
        HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the
        user to check free usage for.  Returns:     Response: The count of free usage credits
        available.  Raises:     NotFound: If the specified user does not exist.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            FreeUsageCount
        """
        return await self._client._send(
            _ai_mentor_orgs_users_free_usage_count_retrieve.OPERATION,
            _ai_mentor_orgs_users_free_usage_count_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersFreeUsageCountResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.free_usage_count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersFreeUsageCountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
