"""`Client.ai_mentor.orgs.users.disclaimers.add_mentor`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimers_add_mentor_create as _ai_mentor_orgs_users_disclaimers_add_mentor_create,
)
from .......models.add_mentor_to_disclaimer import AddMentorToDisclaimer
from .......models.disclaimer import Disclaimer
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersDisclaimersAddMentorResource",
    "AiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersDisclaimersAddMentorResource",
    "AsyncAiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse",
]


class AiMentorOrgsUsersDisclaimersAddMentorResource:
    """`Client.ai_mentor.orgs.users.disclaimers.add_mentor`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AddMentorToDisclaimer,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AddMentorToDisclaimer | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer:
        """Add mentor to disclaimer

        Add a mentor to a disclaimer with `mentor` scope. Only platform admins can perform this
        action.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AddMentorToDisclaimer, request body): Serializer for adding a mentor to a
                disclaimer. This serializer validates the mentor_id input and provides proper
                schema documentation for the add_mentor action.
            Or the body's fields as keywords instead of body=: mentor_id

        Returns:
            Disclaimer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.disclaimers.add_mentor.create",
            body,
            AddMentorToDisclaimer,
            ["mentor_id"],
            (("mentor_id", "mentor_id", mentor_id),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_disclaimers_add_mentor_create.OPERATION,
            _ai_mentor_orgs_users_disclaimers_add_mentor_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.disclaimers.add_mentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersDisclaimersAddMentorResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersDisclaimersAddMentorResource:
    """`AsyncClient.ai_mentor.orgs.users.disclaimers.add_mentor`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AddMentorToDisclaimer,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AddMentorToDisclaimer | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Disclaimer:
        """Add mentor to disclaimer

        Add a mentor to a disclaimer with `mentor` scope. Only platform admins can perform this
        action.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AddMentorToDisclaimer, request body): Serializer for adding a mentor to a
                disclaimer. This serializer validates the mentor_id input and provides proper
                schema documentation for the add_mentor action.
            Or the body's fields as keywords instead of body=: mentor_id

        Returns:
            Disclaimer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.disclaimers.add_mentor.create",
            body,
            AddMentorToDisclaimer,
            ["mentor_id"],
            (("mentor_id", "mentor_id", mentor_id),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimers_add_mentor_create.OPERATION,
            _ai_mentor_orgs_users_disclaimers_add_mentor_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersDisclaimersAddMentorResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.disclaimers.add_mentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersDisclaimersAddMentorResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
