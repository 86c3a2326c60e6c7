"""`Client.ai_mentor.orgs.mentors.by_email`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_by_email_create as _ai_mentor_orgs_mentors_by_email_create,
)
from ......models.accessible_mentors_by_email_request import AccessibleMentorsByEmailRequest
from ......models.accessible_mentors_by_email_response import AccessibleMentorsByEmailResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsMentorsByEmailResource",
    "AiMentorOrgsMentorsByEmailResourceWithRawResponse",
    "AsyncAiMentorOrgsMentorsByEmailResource",
    "AsyncAiMentorOrgsMentorsByEmailResourceWithRawResponse",
]


class AiMentorOrgsMentorsByEmailResource:
    """`Client.ai_mentor.orgs.mentors.by_email`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMentorsByEmailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMentorsByEmailResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        body: AccessibleMentorsByEmailRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccessibleMentorsByEmailResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        email: str | Unset = UNSET,
        all_mentors: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccessibleMentorsByEmailResponse: ...

    def create(
        self,
        *,
        org: str,
        body: AccessibleMentorsByEmailRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        all_mentors: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccessibleMentorsByEmailResponse:
        """Get accessible mentors by email

        Returns a list of mentor unique IDs that a user can access via email in the specified
        organization.

        Args:
            org (str, path)
            body (AccessibleMentorsByEmailRequest | Unset, request body): Request serializer for
                accessible mentors by email endpoint.
            Or the body's fields as keywords instead of body=: email, all_mentors

        Returns:
            AccessibleMentorsByEmailResponse
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.mentors.by_email.create",
            body,
            AccessibleMentorsByEmailRequest,
            [],
            (
                ("email", "email", email),
                ("all_mentors", "all_mentors", all_mentors),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_mentors_by_email_create.OPERATION,
            _ai_mentor_orgs_mentors_by_email_create.build_request(org=org, body=body),
            options,
        )


class AiMentorOrgsMentorsByEmailResourceWithRawResponse:
    """`Client.ai_mentor.orgs.mentors.by_email`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMentorsByEmailResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsMentorsByEmailResource:
    """`AsyncClient.ai_mentor.orgs.mentors.by_email`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsMentorsByEmailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMentorsByEmailResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        body: AccessibleMentorsByEmailRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccessibleMentorsByEmailResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        email: str | Unset = UNSET,
        all_mentors: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccessibleMentorsByEmailResponse: ...

    async def create(
        self,
        *,
        org: str,
        body: AccessibleMentorsByEmailRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        all_mentors: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccessibleMentorsByEmailResponse:
        """Get accessible mentors by email

        Returns a list of mentor unique IDs that a user can access via email in the specified
        organization.

        Args:
            org (str, path)
            body (AccessibleMentorsByEmailRequest | Unset, request body): Request serializer for
                accessible mentors by email endpoint.
            Or the body's fields as keywords instead of body=: email, all_mentors

        Returns:
            AccessibleMentorsByEmailResponse
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.mentors.by_email.create",
            body,
            AccessibleMentorsByEmailRequest,
            [],
            (
                ("email", "email", email),
                ("all_mentors", "all_mentors", all_mentors),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_mentors_by_email_create.OPERATION,
            _ai_mentor_orgs_mentors_by_email_create.build_request(org=org, body=body),
            options,
        )


class AsyncAiMentorOrgsMentorsByEmailResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.mentors.by_email`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMentorsByEmailResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
