"""`Client.ai_prompt.orgs.users.tags`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_tags_create as _ai_prompt_orgs_users_tags_create,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_tags_destroy as _ai_prompt_orgs_users_tags_destroy,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_tags_retrieve as _ai_prompt_orgs_users_tags_retrieve,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_tags_update as _ai_prompt_orgs_users_tags_update,
)
from ......models.tags_view import TagsView
from ......models.tags_view_request import TagsViewRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersTagsResource",
    "AiPromptOrgsUsersTagsResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersTagsResource",
    "AsyncAiPromptOrgsUsersTagsResourceWithRawResponse",
]


class AiPromptOrgsUsersTagsResource:
    """`Client.ai_prompt.orgs.users.tags`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersTagsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersTagsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TagsView:
        """Endpoint for getting prompt tags.  Accessible to tenant admins and students.  Returns:
        200: List of tags.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TagsView
        """
        return self._client._send(
            _ai_prompt_orgs_users_tags_retrieve.OPERATION,
            _ai_prompt_orgs_users_tags_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TagsViewRequest,
        **options: Unpack[RequestOptions],
    ) -> TagsView: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagsView: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TagsViewRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagsView:
        """Endpoint for Adding prompt tag.  Accessible to tenant admins and students.  Returns:
        201: tag Object.      400: When data is not valid.    Example:      POST:
        /api/ai-prompt/orgs/main/users/johndoe/tags/      Request:        Response:       {
        \"name\": \"Programming\",                         \"description\": \"tags for
        programing prompts\"                     }      Response:       {
        \"id\": 1,                         \"name\": \"Programming\",
        \"description\": \"tags for programing prompts\"                     }

        Args:
            org (str, path)
            user_id (str, path)
            body (TagsViewRequest, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            TagsView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.tags.create",
            body,
            TagsViewRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_tags_create.OPERATION,
            _ai_prompt_orgs_users_tags_create.build_request(org=org, user_id=user_id, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        tag_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint for deleting prompt tag.  Accessible to tenant admins and students.  Returns:
        204: No response data.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            tag_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_tags_destroy.OPERATION,
            _ai_prompt_orgs_users_tags_destroy.build_request(
                org=org, user_id=user_id, tag_id=tag_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        tag_id: int,
        body: TagsViewRequest,
        **options: Unpack[RequestOptions],
    ) -> TagsView: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        tag_id: int,
        name: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagsView: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        tag_id: int,
        body: TagsViewRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagsView:
        """Endpoint for updating prompt tag.  Accessible to tenant admins and students.  Returns:
        200: tag Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            tag_id (int, path)
            body (TagsViewRequest, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            TagsView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.tags.update",
            body,
            TagsViewRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_tags_update.OPERATION,
            _ai_prompt_orgs_users_tags_update.build_request(
                org=org, user_id=user_id, tag_id=tag_id, body=body
            ),
            options,
        )


class AiPromptOrgsUsersTagsResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.tags`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersTagsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.update = to_raw_response(resource.update)


class AsyncAiPromptOrgsUsersTagsResource:
    """`AsyncClient.ai_prompt.orgs.users.tags`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersTagsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersTagsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TagsView:
        """Endpoint for getting prompt tags.  Accessible to tenant admins and students.  Returns:
        200: List of tags.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TagsView
        """
        return await self._client._send(
            _ai_prompt_orgs_users_tags_retrieve.OPERATION,
            _ai_prompt_orgs_users_tags_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TagsViewRequest,
        **options: Unpack[RequestOptions],
    ) -> TagsView: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagsView: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TagsViewRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagsView:
        """Endpoint for Adding prompt tag.  Accessible to tenant admins and students.  Returns:
        201: tag Object.      400: When data is not valid.    Example:      POST:
        /api/ai-prompt/orgs/main/users/johndoe/tags/      Request:        Response:       {
        \"name\": \"Programming\",                         \"description\": \"tags for
        programing prompts\"                     }      Response:       {
        \"id\": 1,                         \"name\": \"Programming\",
        \"description\": \"tags for programing prompts\"                     }

        Args:
            org (str, path)
            user_id (str, path)
            body (TagsViewRequest, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            TagsView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.tags.create",
            body,
            TagsViewRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_tags_create.OPERATION,
            _ai_prompt_orgs_users_tags_create.build_request(org=org, user_id=user_id, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        tag_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint for deleting prompt tag.  Accessible to tenant admins and students.  Returns:
        204: No response data.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            tag_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_tags_destroy.OPERATION,
            _ai_prompt_orgs_users_tags_destroy.build_request(
                org=org, user_id=user_id, tag_id=tag_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        tag_id: int,
        body: TagsViewRequest,
        **options: Unpack[RequestOptions],
    ) -> TagsView: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        tag_id: int,
        name: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagsView: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        tag_id: int,
        body: TagsViewRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagsView:
        """Endpoint for updating prompt tag.  Accessible to tenant admins and students.  Returns:
        200: tag Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            tag_id (int, path)
            body (TagsViewRequest, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            TagsView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.tags.update",
            body,
            TagsViewRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_tags_update.OPERATION,
            _ai_prompt_orgs_users_tags_update.build_request(
                org=org, user_id=user_id, tag_id=tag_id, body=body
            ),
            options,
        )


class AsyncAiPromptOrgsUsersTagsResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.tags`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersTagsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.update = async_to_raw_response(resource.update)
