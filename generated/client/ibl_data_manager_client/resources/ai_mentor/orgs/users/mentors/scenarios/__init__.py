"""`Client.ai_mentor.orgs.users.mentors.scenarios`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_scenarios_retrieve as _ai_mentor_orgs_users_mentors_scenarios_retrieve,
)
from .......models.mentor_scenario import MentorScenario

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorsScenariosResource",
    "AiMentorOrgsUsersMentorsScenariosResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsScenariosResource",
    "AsyncAiMentorOrgsUsersMentorsScenariosResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsScenariosResource:
    """`Client.ai_mentor.orgs.users.mentors.scenarios`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsScenariosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsScenariosResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorScenario:
        """Retrieve available scenarios for a specific mentor.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user
        making the request.     mentor: The identifier of the mentor to retrieve scenarios for.
        Returns:     Response: The available scenarios for the mentor.  Raises:     NotFound: If
        the specified mentor or scenarios do not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorScenario
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_scenarios_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_scenarios_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersMentorsScenariosResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors.scenarios`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsScenariosResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersMentorsScenariosResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors.scenarios`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsScenariosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsScenariosResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> MentorScenario:
        """Retrieve available scenarios for a specific mentor.  Args:     request: The HTTP
        request.     org: The organization/tenant identifier.     user_id: The ID of the user
        making the request.     mentor: The identifier of the mentor to retrieve scenarios for.
        Returns:     Response: The available scenarios for the mentor.  Raises:     NotFound: If
        the specified mentor or scenarios do not exist.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            MentorScenario
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_scenarios_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_scenarios_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsScenariosResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors.scenarios`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsScenariosResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
