"""`Client.ai_prompt.orgs.users.prompts.public`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_prompt import (
    ai_prompt_orgs_users_prompts_public_list as _ai_prompt_orgs_users_prompts_public_list,
)
from .......api.ai_prompt import (
    ai_prompt_orgs_users_prompts_public_retrieve as _ai_prompt_orgs_users_prompts_public_retrieve,
)
from .......models.prompt import Prompt
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersPromptsPublicResource",
    "AiPromptOrgsUsersPromptsPublicResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersPromptsPublicResource",
    "AsyncAiPromptOrgsUsersPromptsPublicResourceWithRawResponse",
]


class AiPromptOrgsUsersPromptsPublicResource:
    """`Client.ai_prompt.orgs.users.prompts.public`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersPromptsPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersPromptsPublicResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Prompt]:
        """API viewset for managing prompts.  This view allows anyone to retrieve, and filter
        prompts based on various parameters.  Permissions:     - Accessible to anyone

        Args:
            org (str, path)
            user_id (str, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            list[Prompt]
        """
        return self._client._send(
            _ai_prompt_orgs_users_prompts_public_list.OPERATION,
            _ai_prompt_orgs_users_prompts_public_list.build_request(
                org=org,
                user_id=user_id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """API viewset for managing prompts.  This view allows anyone to retrieve, and filter
        prompts based on various parameters.  Permissions:     - Accessible to anyone

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            Prompt
        """
        return self._client._send(
            _ai_prompt_orgs_users_prompts_public_retrieve.OPERATION,
            _ai_prompt_orgs_users_prompts_public_retrieve.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
            ),
            options,
        )


class AiPromptOrgsUsersPromptsPublicResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.prompts.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersPromptsPublicResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiPromptOrgsUsersPromptsPublicResource:
    """`AsyncClient.ai_prompt.orgs.users.prompts.public`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersPromptsPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersPromptsPublicResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Prompt]:
        """API viewset for managing prompts.  This view allows anyone to retrieve, and filter
        prompts based on various parameters.  Permissions:     - Accessible to anyone

        Args:
            org (str, path)
            user_id (str, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            list[Prompt]
        """
        return await self._client._send(
            _ai_prompt_orgs_users_prompts_public_list.OPERATION,
            _ai_prompt_orgs_users_prompts_public_list.build_request(
                org=org,
                user_id=user_id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """API viewset for managing prompts.  This view allows anyone to retrieve, and filter
        prompts based on various parameters.  Permissions:     - Accessible to anyone

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            Prompt
        """
        return await self._client._send(
            _ai_prompt_orgs_users_prompts_public_retrieve.OPERATION,
            _ai_prompt_orgs_users_prompts_public_retrieve.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
            ),
            options,
        )


class AsyncAiPromptOrgsUsersPromptsPublicResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.prompts.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersPromptsPublicResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
