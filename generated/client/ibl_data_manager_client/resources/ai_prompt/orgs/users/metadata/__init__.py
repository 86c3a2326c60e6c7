"""`Client.ai_prompt.orgs.users.metadata`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_metadata_retrieve as _ai_prompt_orgs_users_metadata_retrieve,
)
from ......models.metadata import Metadata

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersMetadataResource",
    "AiPromptOrgsUsersMetadataResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersMetadataResource",
    "AsyncAiPromptOrgsUsersMetadataResourceWithRawResponse",
]


class AiPromptOrgsUsersMetadataResource:
    """`Client.ai_prompt.orgs.users.metadata`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersMetadataResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> Metadata:
        """Retrieve metadata for a prompt.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user making the request.
        Returns:     Response: The prompt metadata.  Raises:     NotFound: If no metadata exists
        for the specific prompt

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            Metadata
        """
        return self._client._send(
            _ai_prompt_orgs_users_metadata_retrieve.OPERATION,
            _ai_prompt_orgs_users_metadata_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AiPromptOrgsUsersMetadataResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersMetadataResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiPromptOrgsUsersMetadataResource:
    """`AsyncClient.ai_prompt.orgs.users.metadata`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersMetadataResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> Metadata:
        """Retrieve metadata for a prompt.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user making the request.
        Returns:     Response: The prompt metadata.  Raises:     NotFound: If no metadata exists
        for the specific prompt

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            Metadata
        """
        return await self._client._send(
            _ai_prompt_orgs_users_metadata_retrieve.OPERATION,
            _ai_prompt_orgs_users_metadata_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiPromptOrgsUsersMetadataResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersMetadataResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
