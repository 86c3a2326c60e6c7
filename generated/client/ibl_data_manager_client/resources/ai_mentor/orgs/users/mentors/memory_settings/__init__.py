"""`Client.ai_mentor.orgs.users.mentors.memory_settings`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_memory_settings_create as _ai_mentor_orgs_users_mentors_memory_settings_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_memory_settings_retrieve as _ai_mentor_orgs_users_mentors_memory_settings_retrieve,
)
from .......models.mentor_memory_settings_request import MentorMemorySettingsRequest
from .......models.mentor_memory_settings_response import MentorMemorySettingsResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsMemorySettingsResource",
    "AiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsMemorySettingsResource",
    "AsyncAiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsMemorySettingsResource:
    """`Client.ai_mentor.orgs.users.mentors.memory_settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorMemorySettingsResponse:
        """Retrieve memory settings for a specific mentor.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user making the
        request.     mentor: The identifier of the mentor to retrieve settings for.  Returns:
        Response: The memory settings for the mentor.  Raises:     NotFound: If the specified
        mentor or settings do not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorMemorySettingsResponse
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_memory_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_memory_settings_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorMemorySettingsRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMemorySettingsResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        item_type: None | str | Unset = UNSET,
        item_identifier: None | str | Unset = UNSET,
        learner_advance_correct_rate: float | None | Unset = UNSET,
        learner_advance_question_count: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMemorySettingsResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorMemorySettingsRequest | Unset = UNSET,
        item_type: None | str | Unset = UNSET,
        item_identifier: None | str | Unset = UNSET,
        learner_advance_correct_rate: float | None | Unset = UNSET,
        learner_advance_question_count: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMemorySettingsResponse:
        """Endpoint for mentor memory item settings.  Accessible to platform admins and superusers.
        Returns:      200: Change mentor memory component item.      400: When request is not
        valid.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorMemorySettingsRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: item_type, item_identifier,
                learner_advance_correct_rate, learner_advance_question_count

        Returns:
            MentorMemorySettingsResponse
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.memory_settings.create",
            body,
            MentorMemorySettingsRequest,
            [],
            (
                ("item_type", "item_type", item_type),
                ("item_identifier", "item_identifier", item_identifier),
                (
                    "learner_advance_correct_rate",
                    "learner_advance_correct_rate",
                    learner_advance_correct_rate,
                ),
                (
                    "learner_advance_question_count",
                    "learner_advance_question_count",
                    learner_advance_question_count,
                ),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_memory_settings_create.OPERATION,
            _ai_mentor_orgs_users_mentors_memory_settings_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.memory_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsMemorySettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorsMemorySettingsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.memory_settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorMemorySettingsResponse:
        """Retrieve memory settings for a specific mentor.  Args:     request: The HTTP request.
        org: The organization/tenant identifier.     user_id: The ID of the user making the
        request.     mentor: The identifier of the mentor to retrieve settings for.  Returns:
        Response: The memory settings for the mentor.  Raises:     NotFound: If the specified
        mentor or settings do not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorMemorySettingsResponse
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_memory_settings_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_memory_settings_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorMemorySettingsRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMemorySettingsResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        item_type: None | str | Unset = UNSET,
        item_identifier: None | str | Unset = UNSET,
        learner_advance_correct_rate: float | None | Unset = UNSET,
        learner_advance_question_count: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMemorySettingsResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorMemorySettingsRequest | Unset = UNSET,
        item_type: None | str | Unset = UNSET,
        item_identifier: None | str | Unset = UNSET,
        learner_advance_correct_rate: float | None | Unset = UNSET,
        learner_advance_question_count: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMemorySettingsResponse:
        """Endpoint for mentor memory item settings.  Accessible to platform admins and superusers.
        Returns:      200: Change mentor memory component item.      400: When request is not
        valid.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorMemorySettingsRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: item_type, item_identifier,
                learner_advance_correct_rate, learner_advance_question_count

        Returns:
            MentorMemorySettingsResponse
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mentors.memory_settings.create",
            body,
            MentorMemorySettingsRequest,
            [],
            (
                ("item_type", "item_type", item_type),
                ("item_identifier", "item_identifier", item_identifier),
                (
                    "learner_advance_correct_rate",
                    "learner_advance_correct_rate",
                    learner_advance_correct_rate,
                ),
                (
                    "learner_advance_question_count",
                    "learner_advance_question_count",
                    learner_advance_question_count,
                ),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_memory_settings_create.OPERATION,
            _ai_mentor_orgs_users_mentors_memory_settings_create.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.memory_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsMemorySettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
