"""`Client.ai_mentor.orgs.trigger_templates`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import (
    ai_mentor_orgs_trigger_templates_retrieve as _ai_mentor_orgs_trigger_templates_retrieve,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsTriggerTemplatesResource",
    "AiMentorOrgsTriggerTemplatesResourceWithRawResponse",
    "AsyncAiMentorOrgsTriggerTemplatesResource",
    "AsyncAiMentorOrgsTriggerTemplatesResourceWithRawResponse",
]


class AiMentorOrgsTriggerTemplatesResource:
    """`Client.ai_mentor.orgs.trigger_templates`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsTriggerTemplatesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsTriggerTemplatesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve available trigger templates.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.  Returns:     Response: A dictionary of available
        trigger templates and their required parameters.  Raises:     BadRequest: If the request
        is invalid.

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_trigger_templates_retrieve.OPERATION,
            _ai_mentor_orgs_trigger_templates_retrieve.build_request(org=org),
            options,
        )


class AiMentorOrgsTriggerTemplatesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.trigger_templates`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsTriggerTemplatesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsTriggerTemplatesResource:
    """`AsyncClient.ai_mentor.orgs.trigger_templates`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsTriggerTemplatesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsTriggerTemplatesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve available trigger templates.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.  Returns:     Response: A dictionary of available
        trigger templates and their required parameters.  Raises:     BadRequest: If the request
        is invalid.

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_trigger_templates_retrieve.OPERATION,
            _ai_mentor_orgs_trigger_templates_retrieve.build_request(org=org),
            options,
        )


class AsyncAiMentorOrgsTriggerTemplatesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.trigger_templates`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsTriggerTemplatesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
