"""`Client.ai_mentor.orgs.users.voices`: 2 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_voices_list as _ai_mentor_orgs_users_voices_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_voices_retrieve as _ai_mentor_orgs_users_voices_retrieve,
)
from ......models.ai_mentor_orgs_users_voices_list_provider import (
    AiMentorOrgsUsersVoicesListProvider,
)
from ......models.paginated_voice_list import PaginatedVoiceList
from ......models.voice import Voice
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersVoicesResource",
    "AiMentorOrgsUsersVoicesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersVoicesResource",
    "AsyncAiMentorOrgsUsersVoicesResourceWithRawResponse",
]


class AiMentorOrgsUsersVoicesResource:
    """`Client.ai_mentor.orgs.users.voices`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersVoicesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersVoicesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedVoiceList:
        """Retrieve a list of available voice options.  Args:     request: The HTTP request.
        Returns:     Response: A list of available voice options.  Raises:     NotFound: If no
        voice options are available.

        Args:
            org (str, path)
            user_id (str, path)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            provider (AiMentorOrgsUsersVoicesListProvider | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedVoiceList
        """
        return self._client._send(
            _ai_mentor_orgs_users_voices_list.OPERATION,
            _ai_mentor_orgs_users_voices_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Voice]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_voices_list.OPERATION,
            _ai_mentor_orgs_users_voices_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
            ),
            _ai_mentor_orgs_users_voices_list.PAGE,
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Voice:
        """Retrieve details of a specific voice option.  Args:     request: The HTTP request.
        pk: The primary key of the voice option to retrieve.  Returns:     Response: The details
        of the specified voice option.  Raises:     NotFound: If the specified voice option does
        not exist.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            Voice
        """
        return self._client._send(
            _ai_mentor_orgs_users_voices_retrieve.OPERATION,
            _ai_mentor_orgs_users_voices_retrieve.build_request(org=org, user_id=user_id, id=id),
            options,
        )


class AiMentorOrgsUsersVoicesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.voices`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersVoicesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersVoicesResource:
    """`AsyncClient.ai_mentor.orgs.users.voices`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersVoicesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersVoicesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedVoiceList:
        """Retrieve a list of available voice options.  Args:     request: The HTTP request.
        Returns:     Response: A list of available voice options.  Raises:     NotFound: If no
        voice options are available.

        Args:
            org (str, path)
            user_id (str, path)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            provider (AiMentorOrgsUsersVoicesListProvider | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedVoiceList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_voices_list.OPERATION,
            _ai_mentor_orgs_users_voices_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Voice]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_voices_list.OPERATION,
            _ai_mentor_orgs_users_voices_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
            ),
            _ai_mentor_orgs_users_voices_list.PAGE,
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Voice:
        """Retrieve details of a specific voice option.  Args:     request: The HTTP request.
        pk: The primary key of the voice option to retrieve.  Returns:     Response: The details
        of the specified voice option.  Raises:     NotFound: If the specified voice option does
        not exist.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            Voice
        """
        return await self._client._send(
            _ai_mentor_orgs_users_voices_retrieve.OPERATION,
            _ai_mentor_orgs_users_voices_retrieve.build_request(org=org, user_id=user_id, id=id),
            options,
        )


class AsyncAiMentorOrgsUsersVoicesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.voices`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersVoicesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
