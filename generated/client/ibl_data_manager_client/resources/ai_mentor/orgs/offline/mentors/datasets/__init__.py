"""`Client.ai_mentor.orgs.offline.mentors.datasets`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_offline_mentors_datasets_list as _ai_mentor_orgs_offline_mentors_datasets_list,
)
from .......models.offline_document import OfflineDocument
from .......models.paginated_offline_document_list import PaginatedOfflineDocumentList
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsOfflineMentorsDatasetsResource",
    "AiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse",
    "AsyncAiMentorOrgsOfflineMentorsDatasetsResource",
    "AsyncAiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse",
]


class AiMentorOrgsOfflineMentorsDatasetsResource:
    """`Client.ai_mentor.orgs.offline.mentors.datasets`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedOfflineDocumentList:
        """Retrieve paginated list of documents for offline use.  Args:     request: The HTTP
        request.     org: Organization/platform key.     mentor_unique_id: The unique ID (UUID)
        of the mentor.  Query Parameters:     limit: Number of results per page (default: 100,
        max: 500).     offset: Number of results to skip.     search: Optional search filter for
        document_name or url.  Returns:     Response: Paginated list of documents with S3 URLs.

        Args:
            org (str, path)
            mentor_unique_id (UUID, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedOfflineDocumentList
        """
        return self._client._send(
            _ai_mentor_orgs_offline_mentors_datasets_list.OPERATION,
            _ai_mentor_orgs_offline_mentors_datasets_list.build_request(
                org=org,
                mentor_unique_id=mentor_unique_id,
                limit=limit,
                offset=offset,
                search=search,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[OfflineDocument]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_offline_mentors_datasets_list.OPERATION,
            _ai_mentor_orgs_offline_mentors_datasets_list.build_request(
                org=org,
                mentor_unique_id=mentor_unique_id,
                limit=limit,
                offset=offset,
                search=search,
            ),
            _ai_mentor_orgs_offline_mentors_datasets_list.PAGE,
            options,
        )


class AiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.offline.mentors.datasets`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsOfflineMentorsDatasetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsOfflineMentorsDatasetsResource:
    """`AsyncClient.ai_mentor.orgs.offline.mentors.datasets`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedOfflineDocumentList:
        """Retrieve paginated list of documents for offline use.  Args:     request: The HTTP
        request.     org: Organization/platform key.     mentor_unique_id: The unique ID (UUID)
        of the mentor.  Query Parameters:     limit: Number of results per page (default: 100,
        max: 500).     offset: Number of results to skip.     search: Optional search filter for
        document_name or url.  Returns:     Response: Paginated list of documents with S3 URLs.

        Args:
            org (str, path)
            mentor_unique_id (UUID, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedOfflineDocumentList
        """
        return await self._client._send(
            _ai_mentor_orgs_offline_mentors_datasets_list.OPERATION,
            _ai_mentor_orgs_offline_mentors_datasets_list.build_request(
                org=org,
                mentor_unique_id=mentor_unique_id,
                limit=limit,
                offset=offset,
                search=search,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        mentor_unique_id: UUID,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[OfflineDocument]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_offline_mentors_datasets_list.OPERATION,
            _ai_mentor_orgs_offline_mentors_datasets_list.build_request(
                org=org,
                mentor_unique_id=mentor_unique_id,
                limit=limit,
                offset=offset,
                search=search,
            ),
            _ai_mentor_orgs_offline_mentors_datasets_list.PAGE,
            options,
        )


class AsyncAiMentorOrgsOfflineMentorsDatasetsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.offline.mentors.datasets`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsOfflineMentorsDatasetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
