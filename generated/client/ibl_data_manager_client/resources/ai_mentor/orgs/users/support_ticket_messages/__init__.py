"""`Client.ai_mentor.orgs.users.support_ticket_messages`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_ticket_messages_create as _ai_mentor_orgs_users_support_ticket_messages_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_ticket_messages_destroy as _ai_mentor_orgs_users_support_ticket_messages_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_ticket_messages_list as _ai_mentor_orgs_users_support_ticket_messages_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_ticket_messages_partial_update as _ai_mentor_orgs_users_support_ticket_messages_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_ticket_messages_retrieve as _ai_mentor_orgs_users_support_ticket_messages_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_ticket_messages_update as _ai_mentor_orgs_users_support_ticket_messages_update,
)
from ......models.paginated_ticket_message_list import PaginatedTicketMessageList
from ......models.patched_ticket_message import PatchedTicketMessage
from ......models.ticket_message import TicketMessage
from ......models.ticket_message_request import TicketMessageRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSupportTicketMessagesResource",
    "AiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSupportTicketMessagesResource",
    "AsyncAiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse",
]


class AiMentorOrgsUsersSupportTicketMessagesResource:
    """`Client.ai_mentor.orgs.users.support_ticket_messages`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedTicketMessageList:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            sender (str | Unset, query)
            ticket (float | Unset, query)

        Returns:
            PaginatedTicketMessageList
        """
        return self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_list.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_list.build_request(
                org=org,
                user_id=user_id,
                page=page,
                page_size=page_size,
                sender=sender,
                ticket=ticket,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[TicketMessage]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_support_ticket_messages_list.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_list.build_request(
                org=org,
                user_id=user_id,
                page=page,
                page_size=page_size,
                sender=sender,
                ticket=ticket,
            ),
            _ai_mentor_orgs_users_support_ticket_messages_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TicketMessageRequest,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        ticket: int,
        message: str,
        sender: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TicketMessageRequest | Unset = UNSET,
        ticket: int | Unset = UNSET,
        message: str | Unset = UNSET,
        sender: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            body (TicketMessageRequest, request body)
            Or the body's fields as keywords instead of body=: ticket, message, sender

        Returns:
            TicketMessage
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.support_ticket_messages.create",
            body,
            TicketMessageRequest,
            ["ticket", "message"],
            (
                ("ticket", "ticket", ticket),
                ("message", "message", message),
                ("sender", "sender", sender),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_create.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_destroy.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            TicketMessage
        """
        return self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_retrieve.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedTicketMessage | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        ticket: int | Unset = UNSET,
        sender: int | None | Unset = UNSET,
        message: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedTicketMessage | Unset = UNSET,
        ticket: int | Unset = UNSET,
        sender: int | None | Unset = UNSET,
        message: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedTicketMessage | Unset, request body)
            Or the body's fields as keywords instead of body=: ticket, sender, message

        Returns:
            TicketMessage
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.support_ticket_messages.partial_update",
            body,
            PatchedTicketMessage,
            [],
            (
                ("ticket", "ticket", ticket),
                ("sender", "sender", sender),
                ("message", "message", message),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_partial_update.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: TicketMessageRequest,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        ticket: int,
        message: str,
        sender: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: TicketMessageRequest | Unset = UNSET,
        ticket: int | Unset = UNSET,
        message: str | Unset = UNSET,
        sender: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (TicketMessageRequest, request body)
            Or the body's fields as keywords instead of body=: ticket, message, sender

        Returns:
            TicketMessage
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.support_ticket_messages.update",
            body,
            TicketMessageRequest,
            ["ticket", "message"],
            (
                ("ticket", "ticket", ticket),
                ("message", "message", message),
                ("sender", "sender", sender),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_update.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.support_ticket_messages`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSupportTicketMessagesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersSupportTicketMessagesResource:
    """`AsyncClient.ai_mentor.orgs.users.support_ticket_messages`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedTicketMessageList:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            sender (str | Unset, query)
            ticket (float | Unset, query)

        Returns:
            PaginatedTicketMessageList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_list.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_list.build_request(
                org=org,
                user_id=user_id,
                page=page,
                page_size=page_size,
                sender=sender,
                ticket=ticket,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[TicketMessage]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_support_ticket_messages_list.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_list.build_request(
                org=org,
                user_id=user_id,
                page=page,
                page_size=page_size,
                sender=sender,
                ticket=ticket,
            ),
            _ai_mentor_orgs_users_support_ticket_messages_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TicketMessageRequest,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        ticket: int,
        message: str,
        sender: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TicketMessageRequest | Unset = UNSET,
        ticket: int | Unset = UNSET,
        message: str | Unset = UNSET,
        sender: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            body (TicketMessageRequest, request body)
            Or the body's fields as keywords instead of body=: ticket, message, sender

        Returns:
            TicketMessage
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.support_ticket_messages.create",
            body,
            TicketMessageRequest,
            ["ticket", "message"],
            (
                ("ticket", "ticket", ticket),
                ("message", "message", message),
                ("sender", "sender", sender),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_create.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_destroy.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            TicketMessage
        """
        return await self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_retrieve.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedTicketMessage | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        ticket: int | Unset = UNSET,
        sender: int | None | Unset = UNSET,
        message: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedTicketMessage | Unset = UNSET,
        ticket: int | Unset = UNSET,
        sender: int | None | Unset = UNSET,
        message: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedTicketMessage | Unset, request body)
            Or the body's fields as keywords instead of body=: ticket, sender, message

        Returns:
            TicketMessage
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.support_ticket_messages.partial_update",
            body,
            PatchedTicketMessage,
            [],
            (
                ("ticket", "ticket", ticket),
                ("sender", "sender", sender),
                ("message", "message", message),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_partial_update.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: TicketMessageRequest,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        ticket: int,
        message: str,
        sender: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: TicketMessageRequest | Unset = UNSET,
        ticket: int | Unset = UNSET,
        message: str | Unset = UNSET,
        sender: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve,
        create, and update ticket messages.  Permissions:     - Platform Admins:         -
        Platform admins are able to view all ticket messages for the tenant.     - Students:
        - Students are able to view all ticket messages for only the ticket they are associated
        with.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (TicketMessageRequest, request body)
            Or the body's fields as keywords instead of body=: ticket, message, sender

        Returns:
            TicketMessage
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.support_ticket_messages.update",
            body,
            TicketMessageRequest,
            ["ticket", "message"],
            (
                ("ticket", "ticket", ticket),
                ("message", "message", message),
                ("sender", "sender", sender),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_support_ticket_messages_update.OPERATION,
            _ai_mentor_orgs_users_support_ticket_messages_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.support_ticket_messages`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSupportTicketMessagesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
