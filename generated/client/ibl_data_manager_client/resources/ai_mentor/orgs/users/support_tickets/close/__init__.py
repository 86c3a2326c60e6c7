"""`Client.ai_mentor.orgs.users.support_tickets.close`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_support_tickets_close_create as _ai_mentor_orgs_users_support_tickets_close_create,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSupportTicketsCloseResource",
    "AiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSupportTicketsCloseResource",
    "AsyncAiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse",
]


class AiMentorOrgsUsersSupportTicketsCloseResource:
    """`Client.ai_mentor.orgs.users.support_tickets.close`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to close a Human support ticket.  This endpoint is used to close a Human
        support ticket.  Permissions:     - available to both platform admins and the student
        who created the ticket.  Returns:     Response: A response object containing the closed
        ticket data.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_support_tickets_close_create.OPERATION,
            _ai_mentor_orgs_users_support_tickets_close_create.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.support_tickets.close`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSupportTicketsCloseResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersSupportTicketsCloseResource:
    """`AsyncClient.ai_mentor.orgs.users.support_tickets.close`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to close a Human support ticket.  This endpoint is used to close a Human
        support ticket.  Permissions:     - available to both platform admins and the student
        who created the ticket.  Returns:     Response: A response object containing the closed
        ticket data.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_support_tickets_close_create.OPERATION,
            _ai_mentor_orgs_users_support_tickets_close_create.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.support_tickets.close`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSupportTicketsCloseResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
