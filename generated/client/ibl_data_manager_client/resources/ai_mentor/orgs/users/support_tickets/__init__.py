"""`Client.ai_mentor.orgs.users.support_tickets`: 5 operations and 1 sub-resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_tickets_destroy as _ai_mentor_orgs_users_support_tickets_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_tickets_list as _ai_mentor_orgs_users_support_tickets_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_tickets_partial_update as _ai_mentor_orgs_users_support_tickets_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_tickets_retrieve as _ai_mentor_orgs_users_support_tickets_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_support_tickets_update as _ai_mentor_orgs_users_support_tickets_update,
)
from ......models.ai_mentor_orgs_users_support_tickets_list_status import (
    AiMentorOrgsUsersSupportTicketsListStatus,
)
from ......models.human_support_ticket import HumanSupportTicket
from ......models.human_support_ticket_request import HumanSupportTicketRequest
from ......models.human_support_ticket_status_enum import HumanSupportTicketStatusEnum
from ......models.paginated_human_support_ticket_list import PaginatedHumanSupportTicketList
from ......models.patched_human_support_ticket import PatchedHumanSupportTicket
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .close import (
        AiMentorOrgsUsersSupportTicketsCloseResource,
        AiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSupportTicketsCloseResource,
        AsyncAiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersSupportTicketsResource",
    "AiMentorOrgsUsersSupportTicketsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSupportTicketsResource",
    "AsyncAiMentorOrgsUsersSupportTicketsResourceWithRawResponse",
]


class AiMentorOrgsUsersSupportTicketsResource:
    """`Client.ai_mentor.orgs.users.support_tickets`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSupportTicketsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSupportTicketsResourceWithRawResponse(self)

    @cached_property
    def close(self) -> AiMentorOrgsUsersSupportTicketsCloseResource:
        from .close import AiMentorOrgsUsersSupportTicketsCloseResource

        return AiMentorOrgsUsersSupportTicketsCloseResource(self._client)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: UUID | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedHumanSupportTicketList:
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (float | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            session (UUID | Unset, query)
            status (AiMentorOrgsUsersSupportTicketsListStatus | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedHumanSupportTicketList
        """
        return self._client._send(
            _ai_mentor_orgs_users_support_tickets_list.OPERATION,
            _ai_mentor_orgs_users_support_tickets_list.build_request(
                org=org,
                user_id=user_id,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                session=session,
                status=status,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: UUID | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[HumanSupportTicket]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_support_tickets_list.OPERATION,
            _ai_mentor_orgs_users_support_tickets_list.build_request(
                org=org,
                user_id=user_id,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                session=session,
                status=status,
                username=username,
            ),
            _ai_mentor_orgs_users_support_tickets_list.PAGE,
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
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_support_tickets_destroy.OPERATION,
            _ai_mentor_orgs_users_support_tickets_destroy.build_request(
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
    ) -> HumanSupportTicket:
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            HumanSupportTicket
        """
        return self._client._send(
            _ai_mentor_orgs_users_support_tickets_retrieve.OPERATION,
            _ai_mentor_orgs_users_support_tickets_retrieve.build_request(
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
        body: PatchedHumanSupportTicket | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        subject: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: HumanSupportTicketStatusEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedHumanSupportTicket | Unset = UNSET,
        subject: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: HumanSupportTicketStatusEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket:
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedHumanSupportTicket | Unset, request body): serializer interface
                intended for students/ non-admin users. This limits students to only update the
                subject and description of a ticket.
            Or the body's fields as keywords instead of body=: subject, description, status

        Returns:
            HumanSupportTicket
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.support_tickets.partial_update",
            body,
            PatchedHumanSupportTicket,
            [],
            (
                ("subject", "subject", subject),
                ("description", "description", description),
                ("status", "status", status),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_support_tickets_partial_update.OPERATION,
            _ai_mentor_orgs_users_support_tickets_partial_update.build_request(
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
        body: HumanSupportTicketRequest,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        subject: str,
        description: str,
        status: HumanSupportTicketStatusEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: HumanSupportTicketRequest | Unset = UNSET,
        subject: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: HumanSupportTicketStatusEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket:
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (HumanSupportTicketRequest, request body): serializer interface intended for
                students/ non-admin users. This limits students to only update the subject and
                description of a ticket.
            Or the body's fields as keywords instead of body=: subject, description, status

        Returns:
            HumanSupportTicket
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.support_tickets.update",
            body,
            HumanSupportTicketRequest,
            ["subject", "description"],
            (
                ("subject", "subject", subject),
                ("description", "description", description),
                ("status", "status", status),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_support_tickets_update.OPERATION,
            _ai_mentor_orgs_users_support_tickets_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersSupportTicketsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.support_tickets`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSupportTicketsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def close(self) -> AiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse:
        from .close import AiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse

        return AiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse(self._resource.close)


class AsyncAiMentorOrgsUsersSupportTicketsResource:
    """`AsyncClient.ai_mentor.orgs.users.support_tickets`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSupportTicketsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSupportTicketsResourceWithRawResponse(self)

    @cached_property
    def close(self) -> AsyncAiMentorOrgsUsersSupportTicketsCloseResource:
        from .close import AsyncAiMentorOrgsUsersSupportTicketsCloseResource

        return AsyncAiMentorOrgsUsersSupportTicketsCloseResource(self._client)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: UUID | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedHumanSupportTicketList:
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (float | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            session (UUID | Unset, query)
            status (AiMentorOrgsUsersSupportTicketsListStatus | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedHumanSupportTicketList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_support_tickets_list.OPERATION,
            _ai_mentor_orgs_users_support_tickets_list.build_request(
                org=org,
                user_id=user_id,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                session=session,
                status=status,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: UUID | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[HumanSupportTicket]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_support_tickets_list.OPERATION,
            _ai_mentor_orgs_users_support_tickets_list.build_request(
                org=org,
                user_id=user_id,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                session=session,
                status=status,
                username=username,
            ),
            _ai_mentor_orgs_users_support_tickets_list.PAGE,
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
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_support_tickets_destroy.OPERATION,
            _ai_mentor_orgs_users_support_tickets_destroy.build_request(
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
    ) -> HumanSupportTicket:
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            HumanSupportTicket
        """
        return await self._client._send(
            _ai_mentor_orgs_users_support_tickets_retrieve.OPERATION,
            _ai_mentor_orgs_users_support_tickets_retrieve.build_request(
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
        body: PatchedHumanSupportTicket | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        subject: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: HumanSupportTicketStatusEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedHumanSupportTicket | Unset = UNSET,
        subject: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: HumanSupportTicketStatusEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket:
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedHumanSupportTicket | Unset, request body): serializer interface
                intended for students/ non-admin users. This limits students to only update the
                subject and description of a ticket.
            Or the body's fields as keywords instead of body=: subject, description, status

        Returns:
            HumanSupportTicket
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.support_tickets.partial_update",
            body,
            PatchedHumanSupportTicket,
            [],
            (
                ("subject", "subject", subject),
                ("description", "description", description),
                ("status", "status", status),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_support_tickets_partial_update.OPERATION,
            _ai_mentor_orgs_users_support_tickets_partial_update.build_request(
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
        body: HumanSupportTicketRequest,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        subject: str,
        description: str,
        status: HumanSupportTicketStatusEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: HumanSupportTicketRequest | Unset = UNSET,
        subject: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: HumanSupportTicketStatusEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HumanSupportTicket:
        """ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to
        retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the
        tenant.         - Platform admins can only update the `subject`, `description` and
        `status` fields.     Students:         - Students are only able to view their own
        created tickets.         - students can modify only the `subject` and `description`
        entries      Field Updates:         - subject: Modifiable by both student and platform
        admin         - description: Modifiable by only student.         - status: Modifiable by
        only platform admin.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (HumanSupportTicketRequest, request body): serializer interface intended for
                students/ non-admin users. This limits students to only update the subject and
                description of a ticket.
            Or the body's fields as keywords instead of body=: subject, description, status

        Returns:
            HumanSupportTicket
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.support_tickets.update",
            body,
            HumanSupportTicketRequest,
            ["subject", "description"],
            (
                ("subject", "subject", subject),
                ("description", "description", description),
                ("status", "status", status),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_support_tickets_update.OPERATION,
            _ai_mentor_orgs_users_support_tickets_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSupportTicketsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.support_tickets`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSupportTicketsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def close(self) -> AsyncAiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse:
        from .close import AsyncAiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSupportTicketsCloseResourceWithRawResponse(
            self._resource.close
        )
