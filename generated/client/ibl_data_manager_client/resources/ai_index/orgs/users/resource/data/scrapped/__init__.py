"""`Client.ai_index.orgs.users.resource.data.scrapped`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_index import (
    ai_index_orgs_users_resource_data_scrapped_list as _ai_index_orgs_users_resource_data_scrapped_list,
)
from ........api.ai_index import (
    ai_index_orgs_users_resource_data_scrapped_retrieve as _ai_index_orgs_users_resource_data_scrapped_retrieve,
)
from ........models.resource_scrapped_data import ResourceScrappedData
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiIndexOrgsUsersResourceDataScrappedResource",
    "AiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersResourceDataScrappedResource",
    "AsyncAiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse",
]


class AiIndexOrgsUsersResourceDataScrappedResource:
    """`Client.ai_index.orgs.users.resource.data.scrapped`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        is_archive: bool | Unset = UNSET,
        is_like: bool | Unset = UNSET,
        is_video: bool | Unset = UNSET,
        search_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ResourceScrappedData]:
        """Retrieve and filter scraped data from resources.  This endpoint returns a list of
        scraped data from resources associated with the specified user, with optional filtering
        based on query parameters.  Args:     request: The HTTP request containing filter query
        parameters.     org: Organization key identifier.     user_id: The username of the user
        whose resources to retrieve.  Returns:     Response: A list of scraped resource data
        matching the filter criteria.  Raises:     BadRequest: If the username is invalid or
        query parameters are incorrect.

        Args:
            org (str, path)
            user_id (str, path)
            is_archive (bool | Unset, query)
            is_like (bool | Unset, query)
            is_video (bool | Unset, query)
            search_key (str | Unset, query)

        Returns:
            list[ResourceScrappedData]
        """
        return self._client._send(
            _ai_index_orgs_users_resource_data_scrapped_list.OPERATION,
            _ai_index_orgs_users_resource_data_scrapped_list.build_request(
                org=org,
                user_id=user_id,
                is_archive=is_archive,
                is_like=is_like,
                is_video=is_video,
                search_key=search_key,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        resource_id: str,
        **options: Unpack[RequestOptions],
    ) -> ResourceScrappedData:
        """Retrieve detailed information about a specific scraped resource.  This endpoint returns
        the complete scraped data for a specific resource identified by its ID.  Args:
        request: The HTTP request.     org: Organization key identifier.     user_id: The
        username of the user associated with the resource.     resource_id: The ID of the
        resource to retrieve.  Returns:     Response: The complete scraped data for the
        specified resource.  Raises:     NotFound: If the specified resource data does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)
            resource_id (str, path)

        Returns:
            ResourceScrappedData
        """
        return self._client._send(
            _ai_index_orgs_users_resource_data_scrapped_retrieve.OPERATION,
            _ai_index_orgs_users_resource_data_scrapped_retrieve.build_request(
                org=org, user_id=user_id, resource_id=resource_id
            ),
            options,
        )


class AiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse:
    """`Client.ai_index.orgs.users.resource.data.scrapped`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersResourceDataScrappedResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiIndexOrgsUsersResourceDataScrappedResource:
    """`AsyncClient.ai_index.orgs.users.resource.data.scrapped`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        is_archive: bool | Unset = UNSET,
        is_like: bool | Unset = UNSET,
        is_video: bool | Unset = UNSET,
        search_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ResourceScrappedData]:
        """Retrieve and filter scraped data from resources.  This endpoint returns a list of
        scraped data from resources associated with the specified user, with optional filtering
        based on query parameters.  Args:     request: The HTTP request containing filter query
        parameters.     org: Organization key identifier.     user_id: The username of the user
        whose resources to retrieve.  Returns:     Response: A list of scraped resource data
        matching the filter criteria.  Raises:     BadRequest: If the username is invalid or
        query parameters are incorrect.

        Args:
            org (str, path)
            user_id (str, path)
            is_archive (bool | Unset, query)
            is_like (bool | Unset, query)
            is_video (bool | Unset, query)
            search_key (str | Unset, query)

        Returns:
            list[ResourceScrappedData]
        """
        return await self._client._send(
            _ai_index_orgs_users_resource_data_scrapped_list.OPERATION,
            _ai_index_orgs_users_resource_data_scrapped_list.build_request(
                org=org,
                user_id=user_id,
                is_archive=is_archive,
                is_like=is_like,
                is_video=is_video,
                search_key=search_key,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        resource_id: str,
        **options: Unpack[RequestOptions],
    ) -> ResourceScrappedData:
        """Retrieve detailed information about a specific scraped resource.  This endpoint returns
        the complete scraped data for a specific resource identified by its ID.  Args:
        request: The HTTP request.     org: Organization key identifier.     user_id: The
        username of the user associated with the resource.     resource_id: The ID of the
        resource to retrieve.  Returns:     Response: The complete scraped data for the
        specified resource.  Raises:     NotFound: If the specified resource data does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)
            resource_id (str, path)

        Returns:
            ResourceScrappedData
        """
        return await self._client._send(
            _ai_index_orgs_users_resource_data_scrapped_retrieve.OPERATION,
            _ai_index_orgs_users_resource_data_scrapped_retrieve.build_request(
                org=org, user_id=user_id, resource_id=resource_id
            ),
            options,
        )


class AsyncAiIndexOrgsUsersResourceDataScrappedResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.resource.data.scrapped`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersResourceDataScrappedResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
