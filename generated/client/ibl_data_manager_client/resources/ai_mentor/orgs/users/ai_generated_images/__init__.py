"""`Client.ai_mentor.orgs.users.ai_generated_images`: 3 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_ai_generated_images_destroy as _ai_mentor_orgs_users_ai_generated_images_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_ai_generated_images_list as _ai_mentor_orgs_users_ai_generated_images_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_ai_generated_images_retrieve as _ai_mentor_orgs_users_ai_generated_images_retrieve,
)
from ......models.ai_generated_image import AIGeneratedImage
from ......models.paginated_ai_generated_image_list import PaginatedAIGeneratedImageList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersAiGeneratedImagesResource",
    "AiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersAiGeneratedImagesResource",
    "AsyncAiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse",
]


class AiMentorOrgsUsersAiGeneratedImagesResource:
    """`Client.ai_mentor.orgs.users.ai_generated_images`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAIGeneratedImageList:
        """Endpoint to view and delete AI generated images for a user.  AI Generated images are
        images generated during chat with AI. They are cached to allow retrieval and deletion.
        optional filtering parameters allowed are - username: The username of the user for which
        this image was stored. - provider: The provider used to generate the image. eg. openai,
        nvidia (nim), replicate. - model: the text to image model on the provider used to
        generate the image.  This endpoint is accessible to both students and platform admins.

        Args:
            org (str, path)
            user_id (str, path)
            model (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            provider (str | Unset, query)
            search (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedAIGeneratedImageList
        """
        return self._client._send(
            _ai_mentor_orgs_users_ai_generated_images_list.OPERATION,
            _ai_mentor_orgs_users_ai_generated_images_list.build_request(
                org=org,
                user_id=user_id,
                model=model,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[AIGeneratedImage]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_ai_generated_images_list.OPERATION,
            _ai_mentor_orgs_users_ai_generated_images_list.build_request(
                org=org,
                user_id=user_id,
                model=model,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
                username=username,
            ),
            _ai_mentor_orgs_users_ai_generated_images_list.PAGE,
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
        """Endpoint to view and delete AI generated images for a user.  AI Generated images are
        images generated during chat with AI. They are cached to allow retrieval and deletion.
        optional filtering parameters allowed are - username: The username of the user for which
        this image was stored. - provider: The provider used to generate the image. eg. openai,
        nvidia (nim), replicate. - model: the text to image model on the provider used to
        generate the image.  This endpoint is accessible to both students and platform admins.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_ai_generated_images_destroy.OPERATION,
            _ai_mentor_orgs_users_ai_generated_images_destroy.build_request(
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
    ) -> AIGeneratedImage:
        """Endpoint to view and delete AI generated images for a user.  AI Generated images are
        images generated during chat with AI. They are cached to allow retrieval and deletion.
        optional filtering parameters allowed are - username: The username of the user for which
        this image was stored. - provider: The provider used to generate the image. eg. openai,
        nvidia (nim), replicate. - model: the text to image model on the provider used to
        generate the image.  This endpoint is accessible to both students and platform admins.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            AIGeneratedImage
        """
        return self._client._send(
            _ai_mentor_orgs_users_ai_generated_images_retrieve.OPERATION,
            _ai_mentor_orgs_users_ai_generated_images_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.ai_generated_images`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersAiGeneratedImagesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersAiGeneratedImagesResource:
    """`AsyncClient.ai_mentor.orgs.users.ai_generated_images`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedAIGeneratedImageList:
        """Endpoint to view and delete AI generated images for a user.  AI Generated images are
        images generated during chat with AI. They are cached to allow retrieval and deletion.
        optional filtering parameters allowed are - username: The username of the user for which
        this image was stored. - provider: The provider used to generate the image. eg. openai,
        nvidia (nim), replicate. - model: the text to image model on the provider used to
        generate the image.  This endpoint is accessible to both students and platform admins.

        Args:
            org (str, path)
            user_id (str, path)
            model (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            provider (str | Unset, query)
            search (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedAIGeneratedImageList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_ai_generated_images_list.OPERATION,
            _ai_mentor_orgs_users_ai_generated_images_list.build_request(
                org=org,
                user_id=user_id,
                model=model,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[AIGeneratedImage]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_ai_generated_images_list.OPERATION,
            _ai_mentor_orgs_users_ai_generated_images_list.build_request(
                org=org,
                user_id=user_id,
                model=model,
                ordering=ordering,
                page=page,
                page_size=page_size,
                provider=provider,
                search=search,
                username=username,
            ),
            _ai_mentor_orgs_users_ai_generated_images_list.PAGE,
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
        """Endpoint to view and delete AI generated images for a user.  AI Generated images are
        images generated during chat with AI. They are cached to allow retrieval and deletion.
        optional filtering parameters allowed are - username: The username of the user for which
        this image was stored. - provider: The provider used to generate the image. eg. openai,
        nvidia (nim), replicate. - model: the text to image model on the provider used to
        generate the image.  This endpoint is accessible to both students and platform admins.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_ai_generated_images_destroy.OPERATION,
            _ai_mentor_orgs_users_ai_generated_images_destroy.build_request(
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
    ) -> AIGeneratedImage:
        """Endpoint to view and delete AI generated images for a user.  AI Generated images are
        images generated during chat with AI. They are cached to allow retrieval and deletion.
        optional filtering parameters allowed are - username: The username of the user for which
        this image was stored. - provider: The provider used to generate the image. eg. openai,
        nvidia (nim), replicate. - model: the text to image model on the provider used to
        generate the image.  This endpoint is accessible to both students and platform admins.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            AIGeneratedImage
        """
        return await self._client._send(
            _ai_mentor_orgs_users_ai_generated_images_retrieve.OPERATION,
            _ai_mentor_orgs_users_ai_generated_images_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.ai_generated_images`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersAiGeneratedImagesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
