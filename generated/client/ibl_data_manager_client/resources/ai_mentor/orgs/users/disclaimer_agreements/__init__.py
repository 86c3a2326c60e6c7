"""`Client.ai_mentor.orgs.users.disclaimer_agreements`: 4 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimer_agreements_create as _ai_mentor_orgs_users_disclaimer_agreements_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimer_agreements_destroy as _ai_mentor_orgs_users_disclaimer_agreements_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimer_agreements_list as _ai_mentor_orgs_users_disclaimer_agreements_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_disclaimer_agreements_retrieve as _ai_mentor_orgs_users_disclaimer_agreements_retrieve,
)
from ......models.disclaimer_agreement import DisclaimerAgreement
from ......models.disclaimer_agreement_request import DisclaimerAgreementRequest
from ......models.paginated_disclaimer_agreement_list import PaginatedDisclaimerAgreementList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersDisclaimerAgreementsResource",
    "AiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersDisclaimerAgreementsResource",
    "AsyncAiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse",
]


class AiMentorOrgsUsersDisclaimerAgreementsResource:
    """`Client.ai_mentor.orgs.users.disclaimer_agreements`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        disclaimer: int | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedDisclaimerAgreementList:
        """API view for managing disclaimer agreements.  This viewset provides Create Read and
        Delete operations for disclaimer agreements with different access levels:  Platform
        Admins: - Can view all disclaimer agreements for their platform - Have full access to
        create (for themselves) and delete agreements for themselves and other users. - Results
        are paginated and can be filtered  Students: - Can only view their own disclaimer
        agreements - Limited to agreements where they are the user - Results are paginated and
        can be filtered  List endpoint returns paginated results with disclaimer agreement
        objects:  ``` {     \"count\": int,     \"next\": str,     \"previous\": str,
        \"results\": [         {             \"id\": int,             \"user\": str,
        \"disclaimer\": int,             \"agreed_at\": datetime,          },         ...     ]
        } ```  Detail endpoints return a single disclaimer agreement object with the same
        structure

        Args:
            org (str, path)
            user_id (str, path)
            disclaimer (int | Unset, query)
            mentor_id (UUID | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedDisclaimerAgreementList
        """
        return self._client._send(
            _ai_mentor_orgs_users_disclaimer_agreements_list.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_list.build_request(
                org=org,
                user_id=user_id,
                disclaimer=disclaimer,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        disclaimer: int | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[DisclaimerAgreement]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_disclaimer_agreements_list.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_list.build_request(
                org=org,
                user_id=user_id,
                disclaimer=disclaimer,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                username=username,
            ),
            _ai_mentor_orgs_users_disclaimer_agreements_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DisclaimerAgreementRequest,
        **options: Unpack[RequestOptions],
    ) -> DisclaimerAgreement: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        disclaimer: int,
        **options: Unpack[RequestOptions],
    ) -> DisclaimerAgreement: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DisclaimerAgreementRequest | Unset = UNSET,
        disclaimer: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DisclaimerAgreement:
        """API view for managing disclaimer agreements.  This viewset provides Create Read and
        Delete operations for disclaimer agreements with different access levels:  Platform
        Admins: - Can view all disclaimer agreements for their platform - Have full access to
        create (for themselves) and delete agreements for themselves and other users. - Results
        are paginated and can be filtered  Students: - Can only view their own disclaimer
        agreements - Limited to agreements where they are the user - Results are paginated and
        can be filtered  List endpoint returns paginated results with disclaimer agreement
        objects:  ``` {     \"count\": int,     \"next\": str,     \"previous\": str,
        \"results\": [         {             \"id\": int,             \"user\": str,
        \"disclaimer\": int,             \"agreed_at\": datetime,          },         ...     ]
        } ```  Detail endpoints return a single disclaimer agreement object with the same
        structure

        Args:
            org (str, path)
            user_id (str, path)
            body (DisclaimerAgreementRequest, request body)
            Or the body's fields as keywords instead of body=: disclaimer

        Returns:
            DisclaimerAgreement
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.disclaimer_agreements.create",
            body,
            DisclaimerAgreementRequest,
            ["disclaimer"],
            (("disclaimer", "disclaimer", disclaimer),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_disclaimer_agreements_create.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_create.build_request(
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
        """API view for managing disclaimer agreements.  This viewset provides Create Read and
        Delete operations for disclaimer agreements with different access levels:  Platform
        Admins: - Can view all disclaimer agreements for their platform - Have full access to
        create (for themselves) and delete agreements for themselves and other users. - Results
        are paginated and can be filtered  Students: - Can only view their own disclaimer
        agreements - Limited to agreements where they are the user - Results are paginated and
        can be filtered  List endpoint returns paginated results with disclaimer agreement
        objects:  ``` {     \"count\": int,     \"next\": str,     \"previous\": str,
        \"results\": [         {             \"id\": int,             \"user\": str,
        \"disclaimer\": int,             \"agreed_at\": datetime,          },         ...     ]
        } ```  Detail endpoints return a single disclaimer agreement object with the same
        structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_disclaimer_agreements_destroy.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_destroy.build_request(
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
    ) -> DisclaimerAgreement:
        """API view for managing disclaimer agreements.  This viewset provides Create Read and
        Delete operations for disclaimer agreements with different access levels:  Platform
        Admins: - Can view all disclaimer agreements for their platform - Have full access to
        create (for themselves) and delete agreements for themselves and other users. - Results
        are paginated and can be filtered  Students: - Can only view their own disclaimer
        agreements - Limited to agreements where they are the user - Results are paginated and
        can be filtered  List endpoint returns paginated results with disclaimer agreement
        objects:  ``` {     \"count\": int,     \"next\": str,     \"previous\": str,
        \"results\": [         {             \"id\": int,             \"user\": str,
        \"disclaimer\": int,             \"agreed_at\": datetime,          },         ...     ]
        } ```  Detail endpoints return a single disclaimer agreement object with the same
        structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            DisclaimerAgreement
        """
        return self._client._send(
            _ai_mentor_orgs_users_disclaimer_agreements_retrieve.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.disclaimer_agreements`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersDisclaimerAgreementsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersDisclaimerAgreementsResource:
    """`AsyncClient.ai_mentor.orgs.users.disclaimer_agreements`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        disclaimer: int | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedDisclaimerAgreementList:
        """API view for managing disclaimer agreements.  This viewset provides Create Read and
        Delete operations for disclaimer agreements with different access levels:  Platform
        Admins: - Can view all disclaimer agreements for their platform - Have full access to
        create (for themselves) and delete agreements for themselves and other users. - Results
        are paginated and can be filtered  Students: - Can only view their own disclaimer
        agreements - Limited to agreements where they are the user - Results are paginated and
        can be filtered  List endpoint returns paginated results with disclaimer agreement
        objects:  ``` {     \"count\": int,     \"next\": str,     \"previous\": str,
        \"results\": [         {             \"id\": int,             \"user\": str,
        \"disclaimer\": int,             \"agreed_at\": datetime,          },         ...     ]
        } ```  Detail endpoints return a single disclaimer agreement object with the same
        structure

        Args:
            org (str, path)
            user_id (str, path)
            disclaimer (int | Unset, query)
            mentor_id (UUID | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedDisclaimerAgreementList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimer_agreements_list.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_list.build_request(
                org=org,
                user_id=user_id,
                disclaimer=disclaimer,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        disclaimer: int | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[DisclaimerAgreement]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_disclaimer_agreements_list.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_list.build_request(
                org=org,
                user_id=user_id,
                disclaimer=disclaimer,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                username=username,
            ),
            _ai_mentor_orgs_users_disclaimer_agreements_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DisclaimerAgreementRequest,
        **options: Unpack[RequestOptions],
    ) -> DisclaimerAgreement: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        disclaimer: int,
        **options: Unpack[RequestOptions],
    ) -> DisclaimerAgreement: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DisclaimerAgreementRequest | Unset = UNSET,
        disclaimer: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DisclaimerAgreement:
        """API view for managing disclaimer agreements.  This viewset provides Create Read and
        Delete operations for disclaimer agreements with different access levels:  Platform
        Admins: - Can view all disclaimer agreements for their platform - Have full access to
        create (for themselves) and delete agreements for themselves and other users. - Results
        are paginated and can be filtered  Students: - Can only view their own disclaimer
        agreements - Limited to agreements where they are the user - Results are paginated and
        can be filtered  List endpoint returns paginated results with disclaimer agreement
        objects:  ``` {     \"count\": int,     \"next\": str,     \"previous\": str,
        \"results\": [         {             \"id\": int,             \"user\": str,
        \"disclaimer\": int,             \"agreed_at\": datetime,          },         ...     ]
        } ```  Detail endpoints return a single disclaimer agreement object with the same
        structure

        Args:
            org (str, path)
            user_id (str, path)
            body (DisclaimerAgreementRequest, request body)
            Or the body's fields as keywords instead of body=: disclaimer

        Returns:
            DisclaimerAgreement
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.disclaimer_agreements.create",
            body,
            DisclaimerAgreementRequest,
            ["disclaimer"],
            (("disclaimer", "disclaimer", disclaimer),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimer_agreements_create.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_create.build_request(
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
        """API view for managing disclaimer agreements.  This viewset provides Create Read and
        Delete operations for disclaimer agreements with different access levels:  Platform
        Admins: - Can view all disclaimer agreements for their platform - Have full access to
        create (for themselves) and delete agreements for themselves and other users. - Results
        are paginated and can be filtered  Students: - Can only view their own disclaimer
        agreements - Limited to agreements where they are the user - Results are paginated and
        can be filtered  List endpoint returns paginated results with disclaimer agreement
        objects:  ``` {     \"count\": int,     \"next\": str,     \"previous\": str,
        \"results\": [         {             \"id\": int,             \"user\": str,
        \"disclaimer\": int,             \"agreed_at\": datetime,          },         ...     ]
        } ```  Detail endpoints return a single disclaimer agreement object with the same
        structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimer_agreements_destroy.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_destroy.build_request(
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
    ) -> DisclaimerAgreement:
        """API view for managing disclaimer agreements.  This viewset provides Create Read and
        Delete operations for disclaimer agreements with different access levels:  Platform
        Admins: - Can view all disclaimer agreements for their platform - Have full access to
        create (for themselves) and delete agreements for themselves and other users. - Results
        are paginated and can be filtered  Students: - Can only view their own disclaimer
        agreements - Limited to agreements where they are the user - Results are paginated and
        can be filtered  List endpoint returns paginated results with disclaimer agreement
        objects:  ``` {     \"count\": int,     \"next\": str,     \"previous\": str,
        \"results\": [         {             \"id\": int,             \"user\": str,
        \"disclaimer\": int,             \"agreed_at\": datetime,          },         ...     ]
        } ```  Detail endpoints return a single disclaimer agreement object with the same
        structure

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            DisclaimerAgreement
        """
        return await self._client._send(
            _ai_mentor_orgs_users_disclaimer_agreements_retrieve.OPERATION,
            _ai_mentor_orgs_users_disclaimer_agreements_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.disclaimer_agreements`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersDisclaimerAgreementsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
