"""`Client.ai_mentor.orgs.trigger.deletion`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_trigger_deletion_create as _ai_mentor_orgs_trigger_deletion_create,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsTriggerDeletionResource",
    "AiMentorOrgsTriggerDeletionResourceWithRawResponse",
    "AsyncAiMentorOrgsTriggerDeletionResource",
    "AsyncAiMentorOrgsTriggerDeletionResourceWithRawResponse",
]


class AiMentorOrgsTriggerDeletionResource:
    """`Client.ai_mentor.orgs.trigger.deletion`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsTriggerDeletionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsTriggerDeletionResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific trigger.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     slug: The unique slug identifier of the trigger to
        delete.  Returns:     Response: A confirmation of the deletion status.  Raises:
        BadRequest: If the specified trigger does not exist.

        Args:
            org (str, path)
            slug (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_trigger_deletion_create.OPERATION,
            _ai_mentor_orgs_trigger_deletion_create.build_request(org=org, slug=slug),
            options,
        )


class AiMentorOrgsTriggerDeletionResourceWithRawResponse:
    """`Client.ai_mentor.orgs.trigger.deletion`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsTriggerDeletionResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsTriggerDeletionResource:
    """`AsyncClient.ai_mentor.orgs.trigger.deletion`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsTriggerDeletionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsTriggerDeletionResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific trigger.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     slug: The unique slug identifier of the trigger to
        delete.  Returns:     Response: A confirmation of the deletion status.  Raises:
        BadRequest: If the specified trigger does not exist.

        Args:
            org (str, path)
            slug (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_trigger_deletion_create.OPERATION,
            _ai_mentor_orgs_trigger_deletion_create.build_request(org=org, slug=slug),
            options,
        )


class AsyncAiMentorOrgsTriggerDeletionResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.trigger.deletion`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsTriggerDeletionResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
