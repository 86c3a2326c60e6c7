"""`Client.ai_mentor.orgs.users.mentor.seed`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_seed_retrieve as _ai_mentor_orgs_users_mentor_seed_retrieve,
)
from .......models.seed_mentors_view import SeedMentorsView

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorSeedResource",
    "AiMentorOrgsUsersMentorSeedResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorSeedResource",
    "AsyncAiMentorOrgsUsersMentorSeedResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorSeedResource:
    """`Client.ai_mentor.orgs.users.mentor.seed`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorSeedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorSeedResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> SeedMentorsView:
        """Seed initial mentors in a tenant.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user initiating the seeding.
        Returns:     Response: A success message with details about the seeded mentors.  Raises:
        BadRequest: If the seeding process fails.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            SeedMentorsView
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_seed_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentor_seed_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersMentorSeedResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor.seed`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorSeedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorSeedResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor.seed`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorSeedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorSeedResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> SeedMentorsView:
        """Seed initial mentors in a tenant.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user initiating the seeding.
        Returns:     Response: A success message with details about the seeded mentors.  Raises:
        BadRequest: If the seeding process fails.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            SeedMentorsView
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_seed_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentor_seed_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersMentorSeedResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor.seed`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorSeedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
