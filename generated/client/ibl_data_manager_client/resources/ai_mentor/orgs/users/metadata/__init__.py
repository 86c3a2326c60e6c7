"""`Client.ai_mentor.orgs.users.metadata`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_metadata_retrieve as _ai_mentor_orgs_users_metadata_retrieve,
)
from ......models.mentor_metadata import MentorMetadata

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMetadataResource",
    "AiMentorOrgsUsersMetadataResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMetadataResource",
    "AsyncAiMentorOrgsUsersMetadataResourceWithRawResponse",
]


class AiMentorOrgsUsersMetadataResource:
    """`Client.ai_mentor.orgs.users.metadata`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMetadataResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> MentorMetadata:
        """Retrieve metadata for a mentor.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user making the request.
        Returns:     Response: The mentor metadata.  Raises:     NotFound: If no metadata exists
        for the specified mentor.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            MentorMetadata
        """
        return self._client._send(
            _ai_mentor_orgs_users_metadata_retrieve.OPERATION,
            _ai_mentor_orgs_users_metadata_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersMetadataResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMetadataResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMetadataResource:
    """`AsyncClient.ai_mentor.orgs.users.metadata`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMetadataResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> MentorMetadata:
        """Retrieve metadata for a mentor.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user making the request.
        Returns:     Response: The mentor metadata.  Raises:     NotFound: If no metadata exists
        for the specified mentor.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            MentorMetadata
        """
        return await self._client._send(
            _ai_mentor_orgs_users_metadata_retrieve.OPERATION,
            _ai_mentor_orgs_users_metadata_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersMetadataResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMetadataResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
