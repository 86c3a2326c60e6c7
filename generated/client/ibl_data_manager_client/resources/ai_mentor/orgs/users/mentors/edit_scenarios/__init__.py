"""`Client.ai_mentor.orgs.users.mentors.edit_scenarios`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_edit_scenarios_update as _ai_mentor_orgs_users_mentors_edit_scenarios_update,
)
from .......models.mentor_scenario import MentorScenario
from .......models.mentor_scenario_prompt import MentorScenarioPrompt
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsEditScenariosResource",
    "AiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsEditScenariosResource",
    "AsyncAiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsEditScenariosResource:
    """`Client.ai_mentor.orgs.users.mentors.edit_scenarios`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse(self)

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorScenario,
        **options: Unpack[RequestOptions],
    ) -> MentorScenario: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        name: str,
        prompts: list[MentorScenarioPrompt],
        display: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorScenario: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorScenario | Unset = UNSET,
        name: str | Unset = UNSET,
        prompts: list[MentorScenarioPrompt] | Unset = UNSET,
        display: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorScenario:
        """Update scenarios for a specific mentor.  Args:     request: The HTTP request containing
        the updated scenarios.     org: The organization/tenant identifier.     user_id: The ID
        of the user making the request.     mentor: The identifier of the mentor to update
        scenarios for.  Returns:     Response: The updated scenarios for the mentor.  Raises:
        BadRequest: If the provided data is invalid.     NotFound: If the specified mentor does
        not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorScenario, request body)
            Or the body's fields as keywords instead of body=: name, prompts, display

        Returns:
            MentorScenario
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.edit_scenarios.update",
            body,
            MentorScenario,
            ["name", "prompts"],
            (
                ("name", "name", name),
                ("prompts", "prompts", prompts),
                ("display", "display", display),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentors_edit_scenarios_update.OPERATION,
            _ai_mentor_orgs_users_mentors_edit_scenarios_update.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.edit_scenarios`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsEditScenariosResource) -> None:
        self._resource = resource
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersMentorsEditScenariosResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.edit_scenarios`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse(self)

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorScenario,
        **options: Unpack[RequestOptions],
    ) -> MentorScenario: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        name: str,
        prompts: list[MentorScenarioPrompt],
        display: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorScenario: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        body: MentorScenario | Unset = UNSET,
        name: str | Unset = UNSET,
        prompts: list[MentorScenarioPrompt] | Unset = UNSET,
        display: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorScenario:
        """Update scenarios for a specific mentor.  Args:     request: The HTTP request containing
        the updated scenarios.     org: The organization/tenant identifier.     user_id: The ID
        of the user making the request.     mentor: The identifier of the mentor to update
        scenarios for.  Returns:     Response: The updated scenarios for the mentor.  Raises:
        BadRequest: If the provided data is invalid.     NotFound: If the specified mentor does
        not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)
            body (MentorScenario, request body)
            Or the body's fields as keywords instead of body=: name, prompts, display

        Returns:
            MentorScenario
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentors.edit_scenarios.update",
            body,
            MentorScenario,
            ["name", "prompts"],
            (
                ("name", "name", name),
                ("prompts", "prompts", prompts),
                ("display", "display", display),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_edit_scenarios_update.OPERATION,
            _ai_mentor_orgs_users_mentors_edit_scenarios_update.build_request(
                org=org, user_id=user_id, mentor=mentor, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.edit_scenarios`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsEditScenariosResource) -> None:
        self._resource = resource
        self.update = async_to_raw_response(resource.update)
