"""`Client.ai_mentor.orgs.all_triggers`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import (
    ai_mentor_orgs_all_triggers_retrieve as _ai_mentor_orgs_all_triggers_retrieve,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsAllTriggersResource",
    "AiMentorOrgsAllTriggersResourceWithRawResponse",
    "AsyncAiMentorOrgsAllTriggersResource",
    "AsyncAiMentorOrgsAllTriggersResourceWithRawResponse",
]


class AiMentorOrgsAllTriggersResource:
    """`Client.ai_mentor.orgs.all_triggers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsAllTriggersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsAllTriggersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List all triggers for an organization.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.  Returns:     Response: A list of trigger slugs for
        the organization.  Raises:     BadRequest: If the request is invalid.

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_all_triggers_retrieve.OPERATION,
            _ai_mentor_orgs_all_triggers_retrieve.build_request(org=org),
            options,
        )


class AiMentorOrgsAllTriggersResourceWithRawResponse:
    """`Client.ai_mentor.orgs.all_triggers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsAllTriggersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsAllTriggersResource:
    """`AsyncClient.ai_mentor.orgs.all_triggers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsAllTriggersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsAllTriggersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List all triggers for an organization.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.  Returns:     Response: A list of trigger slugs for
        the organization.  Raises:     BadRequest: If the request is invalid.

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_all_triggers_retrieve.OPERATION,
            _ai_mentor_orgs_all_triggers_retrieve.build_request(org=org),
            options,
        )


class AsyncAiMentorOrgsAllTriggersResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.all_triggers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsAllTriggersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
