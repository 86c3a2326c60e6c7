"""`Client.ai_mentor.orgs.mentors.memory_categories`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_memory_categories_create as _ai_mentor_orgs_mentors_memory_categories_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_memory_categories_destroy as _ai_mentor_orgs_mentors_memory_categories_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_memory_categories_partial_update as _ai_mentor_orgs_mentors_memory_categories_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_mentors_memory_categories_retrieve as _ai_mentor_orgs_mentors_memory_categories_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsMentorsMemoryCategoriesResource",
    "AiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse",
    "AsyncAiMentorOrgsMentorsMemoryCategoriesResource",
    "AsyncAiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse",
]


class AiMentorOrgsMentorsMemoryCategoriesResource:
    """`Client.ai_mentor.orgs.mentors.memory_categories`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List all active memory categories for a mentor.

        Args:
            org (str, path)
            mentor_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_mentors_memory_categories_retrieve.OPERATION,
            _ai_mentor_orgs_mentors_memory_categories_retrieve.build_request(
                org=org, mentor_id=mentor_id
            ),
            options,
        )

    def create(
        self,
        *,
        org: str,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a new memory category.

        Args:
            org (str, path)
            mentor_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_mentors_memory_categories_create.OPERATION,
            _ai_mentor_orgs_mentors_memory_categories_create.build_request(
                org=org, mentor_id=mentor_id
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        mentor_id: str,
        category_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deactivate a memory category.

        Args:
            org (str, path)
            mentor_id (str, path)
            category_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_mentors_memory_categories_destroy.OPERATION,
            _ai_mentor_orgs_mentors_memory_categories_destroy.build_request(
                org=org, mentor_id=mentor_id, category_id=category_id
            ),
            options,
        )

    def partial_update(
        self,
        *,
        org: str,
        mentor_id: str,
        category_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a memory category.

        Args:
            org (str, path)
            mentor_id (str, path)
            category_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_mentors_memory_categories_partial_update.OPERATION,
            _ai_mentor_orgs_mentors_memory_categories_partial_update.build_request(
                org=org, mentor_id=mentor_id, category_id=category_id
            ),
            options,
        )


class AiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.mentors.memory_categories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMentorsMemoryCategoriesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncAiMentorOrgsMentorsMemoryCategoriesResource:
    """`AsyncClient.ai_mentor.orgs.mentors.memory_categories`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List all active memory categories for a mentor.

        Args:
            org (str, path)
            mentor_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_mentors_memory_categories_retrieve.OPERATION,
            _ai_mentor_orgs_mentors_memory_categories_retrieve.build_request(
                org=org, mentor_id=mentor_id
            ),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        mentor_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a new memory category.

        Args:
            org (str, path)
            mentor_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_mentors_memory_categories_create.OPERATION,
            _ai_mentor_orgs_mentors_memory_categories_create.build_request(
                org=org, mentor_id=mentor_id
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        mentor_id: str,
        category_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deactivate a memory category.

        Args:
            org (str, path)
            mentor_id (str, path)
            category_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_mentors_memory_categories_destroy.OPERATION,
            _ai_mentor_orgs_mentors_memory_categories_destroy.build_request(
                org=org, mentor_id=mentor_id, category_id=category_id
            ),
            options,
        )

    async def partial_update(
        self,
        *,
        org: str,
        mentor_id: str,
        category_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a memory category.

        Args:
            org (str, path)
            mentor_id (str, path)
            category_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_mentors_memory_categories_partial_update.OPERATION,
            _ai_mentor_orgs_mentors_memory_categories_partial_update.build_request(
                org=org, mentor_id=mentor_id, category_id=category_id
            ),
            options,
        )


class AsyncAiMentorOrgsMentorsMemoryCategoriesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.mentors.memory_categories`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMentorsMemoryCategoriesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.partial_update = async_to_raw_response(resource.partial_update)
