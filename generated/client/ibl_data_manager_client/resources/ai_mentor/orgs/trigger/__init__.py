"""`Client.ai_mentor.orgs.trigger`: 2 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import ai_mentor_orgs_trigger_create as _ai_mentor_orgs_trigger_create
from .....api.ai_mentor import ai_mentor_orgs_trigger_retrieve as _ai_mentor_orgs_trigger_retrieve
from .....models.trigger_request import TriggerRequest
from .....models.trigger_response import TriggerResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .deletion import (
        AiMentorOrgsTriggerDeletionResource,
        AiMentorOrgsTriggerDeletionResourceWithRawResponse,
        AsyncAiMentorOrgsTriggerDeletionResource,
        AsyncAiMentorOrgsTriggerDeletionResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsTriggerResource",
    "AiMentorOrgsTriggerResourceWithRawResponse",
    "AsyncAiMentorOrgsTriggerResource",
    "AsyncAiMentorOrgsTriggerResourceWithRawResponse",
]


class AiMentorOrgsTriggerResource:
    """`Client.ai_mentor.orgs.trigger`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsTriggerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsTriggerResourceWithRawResponse(self)

    @cached_property
    def deletion(self) -> AiMentorOrgsTriggerDeletionResource:
        from .deletion import AiMentorOrgsTriggerDeletionResource

        return AiMentorOrgsTriggerDeletionResource(self._client)

    @overload
    def create(
        self,
        *,
        org: str,
        body: TriggerRequest,
        **options: Unpack[RequestOptions],
    ) -> TriggerResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        template: str,
        slug: str,
        parameters: Any,
        **options: Unpack[RequestOptions],
    ) -> TriggerResponse: ...

    def create(
        self,
        *,
        org: str,
        body: TriggerRequest | Unset = UNSET,
        template: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        parameters: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TriggerResponse:
        """Create or modify a trigger.  Args:     request: The HTTP request containing the trigger
        data.     org: The organization/tenant identifier.  Returns:     Response: The created
        or updated trigger details.  Raises:     BadRequest: If the provided data is invalid or
        missing required parameters.

        Args:
            org (str, path)
            body (TriggerRequest, request body)
            Or the body's fields as keywords instead of body=: template, slug, parameters

        Returns:
            TriggerResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.trigger.create",
            body,
            TriggerRequest,
            ["template", "slug", "parameters"],
            (
                ("template", "template", template),
                ("slug", "slug", slug),
                ("parameters", "parameters", parameters),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_trigger_create.OPERATION,
            _ai_mentor_orgs_trigger_create.build_request(org=org, body=body),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> TriggerResponse:
        """Retrieve details of a specific trigger.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.     slug: The unique slug identifier of the trigger.
        Returns:     Response: The details of the specified trigger.  Raises:     Http404: If
        the specified trigger does not exist.

        Args:
            org (str, path)
            slug (str, path)

        Returns:
            TriggerResponse
        """
        return self._client._send(
            _ai_mentor_orgs_trigger_retrieve.OPERATION,
            _ai_mentor_orgs_trigger_retrieve.build_request(org=org, slug=slug),
            options,
        )


class AiMentorOrgsTriggerResourceWithRawResponse:
    """`Client.ai_mentor.orgs.trigger`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsTriggerResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def deletion(self) -> AiMentorOrgsTriggerDeletionResourceWithRawResponse:
        from .deletion import AiMentorOrgsTriggerDeletionResourceWithRawResponse

        return AiMentorOrgsTriggerDeletionResourceWithRawResponse(self._resource.deletion)


class AsyncAiMentorOrgsTriggerResource:
    """`AsyncClient.ai_mentor.orgs.trigger`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsTriggerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsTriggerResourceWithRawResponse(self)

    @cached_property
    def deletion(self) -> AsyncAiMentorOrgsTriggerDeletionResource:
        from .deletion import AsyncAiMentorOrgsTriggerDeletionResource

        return AsyncAiMentorOrgsTriggerDeletionResource(self._client)

    @overload
    async def create(
        self,
        *,
        org: str,
        body: TriggerRequest,
        **options: Unpack[RequestOptions],
    ) -> TriggerResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        template: str,
        slug: str,
        parameters: Any,
        **options: Unpack[RequestOptions],
    ) -> TriggerResponse: ...

    async def create(
        self,
        *,
        org: str,
        body: TriggerRequest | Unset = UNSET,
        template: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        parameters: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TriggerResponse:
        """Create or modify a trigger.  Args:     request: The HTTP request containing the trigger
        data.     org: The organization/tenant identifier.  Returns:     Response: The created
        or updated trigger details.  Raises:     BadRequest: If the provided data is invalid or
        missing required parameters.

        Args:
            org (str, path)
            body (TriggerRequest, request body)
            Or the body's fields as keywords instead of body=: template, slug, parameters

        Returns:
            TriggerResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.trigger.create",
            body,
            TriggerRequest,
            ["template", "slug", "parameters"],
            (
                ("template", "template", template),
                ("slug", "slug", slug),
                ("parameters", "parameters", parameters),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_trigger_create.OPERATION,
            _ai_mentor_orgs_trigger_create.build_request(org=org, body=body),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> TriggerResponse:
        """Retrieve details of a specific trigger.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.     slug: The unique slug identifier of the trigger.
        Returns:     Response: The details of the specified trigger.  Raises:     Http404: If
        the specified trigger does not exist.

        Args:
            org (str, path)
            slug (str, path)

        Returns:
            TriggerResponse
        """
        return await self._client._send(
            _ai_mentor_orgs_trigger_retrieve.OPERATION,
            _ai_mentor_orgs_trigger_retrieve.build_request(org=org, slug=slug),
            options,
        )


class AsyncAiMentorOrgsTriggerResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.trigger`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsTriggerResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def deletion(self) -> AsyncAiMentorOrgsTriggerDeletionResourceWithRawResponse:
        from .deletion import AsyncAiMentorOrgsTriggerDeletionResourceWithRawResponse

        return AsyncAiMentorOrgsTriggerDeletionResourceWithRawResponse(self._resource.deletion)
