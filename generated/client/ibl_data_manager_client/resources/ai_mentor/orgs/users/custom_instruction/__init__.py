"""`Client.ai_mentor.orgs.users.custom_instruction`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_custom_instruction_create as _ai_mentor_orgs_users_custom_instruction_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_custom_instruction_retrieve as _ai_mentor_orgs_users_custom_instruction_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_custom_instruction_update as _ai_mentor_orgs_users_custom_instruction_update,
)
from ......models.custom_instruction_response import CustomInstructionResponse
from ......models.custom_instruction_response_request import CustomInstructionResponseRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCustomInstructionResource",
    "AiMentorOrgsUsersCustomInstructionResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCustomInstructionResource",
    "AsyncAiMentorOrgsUsersCustomInstructionResourceWithRawResponse",
]


class AiMentorOrgsUsersCustomInstructionResource:
    """`Client.ai_mentor.orgs.users.custom_instruction`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCustomInstructionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCustomInstructionResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse:
        """Retrieve custom instructions for a specific user.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to retrieve
        custom instructions for.  Returns:     Response: The custom instructions for the user.
        Raises:     NotFound: If no custom instructions exist for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            CustomInstructionResponse
        """
        return self._client._send(
            _ai_mentor_orgs_users_custom_instruction_retrieve.OPERATION,
            _ai_mentor_orgs_users_custom_instruction_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: CustomInstructionResponseRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        about_user: None | str | Unset = UNSET,
        mentor_tone: None | str | Unset = UNSET,
        profession: str | Unset = UNSET,
        desired_mentor_traits: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: CustomInstructionResponseRequest | Unset = UNSET,
        about_user: None | str | Unset = UNSET,
        mentor_tone: None | str | Unset = UNSET,
        profession: str | Unset = UNSET,
        desired_mentor_traits: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse:
        """Create a new custom instruction for a user.  Args:     request: The HTTP request
        containing the custom instruction data.     org: The organization/tenant identifier.
        user_id: The ID of the user to create custom instructions for.  Returns:     Response:
        The created custom instruction.  Raises:     BadRequest: If the provided data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (CustomInstructionResponseRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: about_user, mentor_tone,
                profession, desired_mentor_traits

        Returns:
            CustomInstructionResponse
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.custom_instruction.create",
            body,
            CustomInstructionResponseRequest,
            [],
            (
                ("about_user", "about_user", about_user),
                ("mentor_tone", "mentor_tone", mentor_tone),
                ("profession", "profession", profession),
                ("desired_mentor_traits", "desired_mentor_traits", desired_mentor_traits),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_custom_instruction_create.OPERATION,
            _ai_mentor_orgs_users_custom_instruction_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        body: CustomInstructionResponseRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        about_user: None | str | Unset = UNSET,
        mentor_tone: None | str | Unset = UNSET,
        profession: str | Unset = UNSET,
        desired_mentor_traits: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        body: CustomInstructionResponseRequest | Unset = UNSET,
        about_user: None | str | Unset = UNSET,
        mentor_tone: None | str | Unset = UNSET,
        profession: str | Unset = UNSET,
        desired_mentor_traits: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse:
        """Update an existing custom instruction for a user.  Args:     request: The HTTP request
        containing the updated custom instruction data.     org: The organization/tenant
        identifier.     user_id: The ID of the user to update custom instructions for.  Returns:
        Response: The updated custom instruction.  Raises:     BadRequest: If the provided data
        is invalid.     NotFound: If no custom instruction exists for the user.

        Args:
            org (str, path)
            user_id (str, path)
            body (CustomInstructionResponseRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: about_user, mentor_tone,
                profession, desired_mentor_traits

        Returns:
            CustomInstructionResponse
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.custom_instruction.update",
            body,
            CustomInstructionResponseRequest,
            [],
            (
                ("about_user", "about_user", about_user),
                ("mentor_tone", "mentor_tone", mentor_tone),
                ("profession", "profession", profession),
                ("desired_mentor_traits", "desired_mentor_traits", desired_mentor_traits),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_custom_instruction_update.OPERATION,
            _ai_mentor_orgs_users_custom_instruction_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCustomInstructionResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.custom_instruction`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCustomInstructionResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersCustomInstructionResource:
    """`AsyncClient.ai_mentor.orgs.users.custom_instruction`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersCustomInstructionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCustomInstructionResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse:
        """Retrieve custom instructions for a specific user.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user to retrieve
        custom instructions for.  Returns:     Response: The custom instructions for the user.
        Raises:     NotFound: If no custom instructions exist for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            CustomInstructionResponse
        """
        return await self._client._send(
            _ai_mentor_orgs_users_custom_instruction_retrieve.OPERATION,
            _ai_mentor_orgs_users_custom_instruction_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: CustomInstructionResponseRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        about_user: None | str | Unset = UNSET,
        mentor_tone: None | str | Unset = UNSET,
        profession: str | Unset = UNSET,
        desired_mentor_traits: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: CustomInstructionResponseRequest | Unset = UNSET,
        about_user: None | str | Unset = UNSET,
        mentor_tone: None | str | Unset = UNSET,
        profession: str | Unset = UNSET,
        desired_mentor_traits: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse:
        """Create a new custom instruction for a user.  Args:     request: The HTTP request
        containing the custom instruction data.     org: The organization/tenant identifier.
        user_id: The ID of the user to create custom instructions for.  Returns:     Response:
        The created custom instruction.  Raises:     BadRequest: If the provided data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (CustomInstructionResponseRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: about_user, mentor_tone,
                profession, desired_mentor_traits

        Returns:
            CustomInstructionResponse
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.custom_instruction.create",
            body,
            CustomInstructionResponseRequest,
            [],
            (
                ("about_user", "about_user", about_user),
                ("mentor_tone", "mentor_tone", mentor_tone),
                ("profession", "profession", profession),
                ("desired_mentor_traits", "desired_mentor_traits", desired_mentor_traits),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_custom_instruction_create.OPERATION,
            _ai_mentor_orgs_users_custom_instruction_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        body: CustomInstructionResponseRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        about_user: None | str | Unset = UNSET,
        mentor_tone: None | str | Unset = UNSET,
        profession: str | Unset = UNSET,
        desired_mentor_traits: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        body: CustomInstructionResponseRequest | Unset = UNSET,
        about_user: None | str | Unset = UNSET,
        mentor_tone: None | str | Unset = UNSET,
        profession: str | Unset = UNSET,
        desired_mentor_traits: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomInstructionResponse:
        """Update an existing custom instruction for a user.  Args:     request: The HTTP request
        containing the updated custom instruction data.     org: The organization/tenant
        identifier.     user_id: The ID of the user to update custom instructions for.  Returns:
        Response: The updated custom instruction.  Raises:     BadRequest: If the provided data
        is invalid.     NotFound: If no custom instruction exists for the user.

        Args:
            org (str, path)
            user_id (str, path)
            body (CustomInstructionResponseRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: about_user, mentor_tone,
                profession, desired_mentor_traits

        Returns:
            CustomInstructionResponse
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.custom_instruction.update",
            body,
            CustomInstructionResponseRequest,
            [],
            (
                ("about_user", "about_user", about_user),
                ("mentor_tone", "mentor_tone", mentor_tone),
                ("profession", "profession", profession),
                ("desired_mentor_traits", "desired_mentor_traits", desired_mentor_traits),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_custom_instruction_update.OPERATION,
            _ai_mentor_orgs_users_custom_instruction_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCustomInstructionResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.custom_instruction`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCustomInstructionResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
