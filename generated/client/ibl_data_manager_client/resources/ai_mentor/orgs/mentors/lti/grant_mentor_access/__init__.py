"""`Client.ai_mentor.orgs.mentors.lti.grant_mentor_access`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_mentors_lti_grant_mentor_access_create as _ai_mentor_orgs_mentors_lti_grant_mentor_access_create,
)
from .......models.grant_mentor_access_request import GrantMentorAccessRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsMentorsLtiGrantMentorAccessResource",
    "AiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse",
    "AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResource",
    "AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse",
]


class AiMentorOrgsMentorsLtiGrantMentorAccessResource:
    """`Client.ai_mentor.orgs.mentors.lti.grant_mentor_access`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        body: GrantMentorAccessRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        body: GrantMentorAccessRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Grant LTI Mentor Access

        Grants a user Student type access to a mentor that is lti accessible.  Creates or
        updates an RBAC policy named LTI-{mentor.unique_id} with the global Student role,
        granting the specified user access to the mentor. Validates that the mentor has LTI
        access enabled and that the user belongs to the specified platform.

        Args:
            org (str, path)
            mentor_unique_id (UUID, path)
            body (GrantMentorAccessRequest, request body): Request serializer for granting LTI
                mentor access
            Or the body's fields as keywords instead of body=: user_id

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.mentors.lti.grant_mentor_access.create",
            body,
            GrantMentorAccessRequest,
            ["user_id"],
            (("user_id", "user_id", user_id),),
        )
        return self._client._send(
            _ai_mentor_orgs_mentors_lti_grant_mentor_access_create.OPERATION,
            _ai_mentor_orgs_mentors_lti_grant_mentor_access_create.build_request(
                org=org, mentor_unique_id=mentor_unique_id, body=body
            ),
            options,
        )


class AiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse:
    """`Client.ai_mentor.orgs.mentors.lti.grant_mentor_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMentorsLtiGrantMentorAccessResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResource:
    """`AsyncClient.ai_mentor.orgs.mentors.lti.grant_mentor_access`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        body: GrantMentorAccessRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        body: GrantMentorAccessRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Grant LTI Mentor Access

        Grants a user Student type access to a mentor that is lti accessible.  Creates or
        updates an RBAC policy named LTI-{mentor.unique_id} with the global Student role,
        granting the specified user access to the mentor. Validates that the mentor has LTI
        access enabled and that the user belongs to the specified platform.

        Args:
            org (str, path)
            mentor_unique_id (UUID, path)
            body (GrantMentorAccessRequest, request body): Request serializer for granting LTI
                mentor access
            Or the body's fields as keywords instead of body=: user_id

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.mentors.lti.grant_mentor_access.create",
            body,
            GrantMentorAccessRequest,
            ["user_id"],
            (("user_id", "user_id", user_id),),
        )
        return await self._client._send(
            _ai_mentor_orgs_mentors_lti_grant_mentor_access_create.OPERATION,
            _ai_mentor_orgs_mentors_lti_grant_mentor_access_create.build_request(
                org=org, mentor_unique_id=mentor_unique_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.mentors.lti.grant_mentor_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMentorsLtiGrantMentorAccessResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
