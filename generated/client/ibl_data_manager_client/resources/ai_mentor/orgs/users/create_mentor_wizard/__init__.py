"""`Client.ai_mentor.orgs.users.create_mentor_wizard`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_create_mentor_wizard_create as _ai_mentor_orgs_users_create_mentor_wizard_create,
)
from ......models.mentor import Mentor
from ......models.mentor_wizard import MentorWizard
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCreateMentorWizardResource",
    "AiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCreateMentorWizardResource",
    "AsyncAiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse",
]


class AiMentorOrgsUsersCreateMentorWizardResource:
    """`Client.ai_mentor.orgs.users.create_mentor_wizard`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorWizard,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorWizard | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Create a new mentor using the wizard interface.  Args:     request: The HTTP request
        containing the mentor data.     org: The organization/tenant identifier.     user_id:
        The ID of the user creating the mentor.  Returns:     Response: The created mentor.
        Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (MentorWizard, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.create_mentor_wizard.create",
            body,
            MentorWizard,
            ["name", "description"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_create_mentor_wizard_create.OPERATION,
            _ai_mentor_orgs_users_create_mentor_wizard_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.create_mentor_wizard`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCreateMentorWizardResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCreateMentorWizardResource:
    """`AsyncClient.ai_mentor.orgs.users.create_mentor_wizard`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorWizard,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorWizard | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Create a new mentor using the wizard interface.  Args:     request: The HTTP request
        containing the mentor data.     org: The organization/tenant identifier.     user_id:
        The ID of the user creating the mentor.  Returns:     Response: The created mentor.
        Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (MentorWizard, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.create_mentor_wizard.create",
            body,
            MentorWizard,
            ["name", "description"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_create_mentor_wizard_create.OPERATION,
            _ai_mentor_orgs_users_create_mentor_wizard_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.create_mentor_wizard`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCreateMentorWizardResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
