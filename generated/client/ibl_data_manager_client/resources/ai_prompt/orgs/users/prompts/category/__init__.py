"""`Client.ai_prompt.orgs.users.prompts.category`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_prompt import (
    ai_prompt_orgs_users_prompts_category_create as _ai_prompt_orgs_users_prompts_category_create,
)
from .......api.ai_prompt import (
    ai_prompt_orgs_users_prompts_category_destroy as _ai_prompt_orgs_users_prompts_category_destroy,
)
from .......api.ai_prompt import (
    ai_prompt_orgs_users_prompts_category_retrieve as _ai_prompt_orgs_users_prompts_category_retrieve,
)
from .......models.prompt_category import PromptCategory
from .......models.prompt_category_request import PromptCategoryRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersPromptsCategoryResource",
    "AiPromptOrgsUsersPromptsCategoryResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersPromptsCategoryResource",
    "AsyncAiPromptOrgsUsersPromptsCategoryResourceWithRawResponse",
]


class AiPromptOrgsUsersPromptsCategoryResource:
    """`Client.ai_prompt.orgs.users.prompts.category`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersPromptsCategoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersPromptsCategoryResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a prompt category.  Args:     request: The HTTP request containing the category
        to delete.     org: Organization key identifier.     user_id: User performing the
        request.  Returns:     - 204: No Content (successful deletion).     - 401: If the user
        is not a tenant admin.     - 400: If request data is invalid.     - 404: If the category
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_prompts_category_destroy.OPERATION,
            _ai_prompt_orgs_users_prompts_category_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        filter_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PromptCategory:
        """Retrieve a list of prompt categories.  Query Parameters:     - filter_by (optional):
        Sorts categories by name if set to \"name\".  Args:     request: The HTTP request.
        org: Organization key identifier.  Returns:     - 200: List of prompt categories.     -
        400: If query parameters are invalid.

        Args:
            org (str, path)
            user_id (str, path)
            filter_by (str | Unset, query)

        Returns:
            PromptCategory
        """
        return self._client._send(
            _ai_prompt_orgs_users_prompts_category_retrieve.OPERATION,
            _ai_prompt_orgs_users_prompts_category_retrieve.build_request(
                org=org, user_id=user_id, filter_by=filter_by
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PromptCategoryRequest,
        **options: Unpack[RequestOptions],
    ) -> PromptCategory: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PromptCategory: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PromptCategoryRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PromptCategory:
        """Create a new prompt category.  Args:     request: The HTTP request containing category
        information.     org: Organization key identifier.     user_id: User performing the
        request.  Returns:     - 201: Created prompt category.     - 401: If the user is not a
        tenant admin.     - 400: If request data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (PromptCategoryRequest, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            PromptCategory
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.prompts.category.create",
            body,
            PromptCategoryRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_prompts_category_create.OPERATION,
            _ai_prompt_orgs_users_prompts_category_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiPromptOrgsUsersPromptsCategoryResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.prompts.category`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersPromptsCategoryResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiPromptOrgsUsersPromptsCategoryResource:
    """`AsyncClient.ai_prompt.orgs.users.prompts.category`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersPromptsCategoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersPromptsCategoryResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a prompt category.  Args:     request: The HTTP request containing the category
        to delete.     org: Organization key identifier.     user_id: User performing the
        request.  Returns:     - 204: No Content (successful deletion).     - 401: If the user
        is not a tenant admin.     - 400: If request data is invalid.     - 404: If the category
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_prompts_category_destroy.OPERATION,
            _ai_prompt_orgs_users_prompts_category_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        filter_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PromptCategory:
        """Retrieve a list of prompt categories.  Query Parameters:     - filter_by (optional):
        Sorts categories by name if set to \"name\".  Args:     request: The HTTP request.
        org: Organization key identifier.  Returns:     - 200: List of prompt categories.     -
        400: If query parameters are invalid.

        Args:
            org (str, path)
            user_id (str, path)
            filter_by (str | Unset, query)

        Returns:
            PromptCategory
        """
        return await self._client._send(
            _ai_prompt_orgs_users_prompts_category_retrieve.OPERATION,
            _ai_prompt_orgs_users_prompts_category_retrieve.build_request(
                org=org, user_id=user_id, filter_by=filter_by
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PromptCategoryRequest,
        **options: Unpack[RequestOptions],
    ) -> PromptCategory: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PromptCategory: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PromptCategoryRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PromptCategory:
        """Create a new prompt category.  Args:     request: The HTTP request containing category
        information.     org: Organization key identifier.     user_id: User performing the
        request.  Returns:     - 201: Created prompt category.     - 401: If the user is not a
        tenant admin.     - 400: If request data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (PromptCategoryRequest, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            PromptCategory
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.prompts.category.create",
            body,
            PromptCategoryRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_prompts_category_create.OPERATION,
            _ai_prompt_orgs_users_prompts_category_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiPromptOrgsUsersPromptsCategoryResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.prompts.category`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersPromptsCategoryResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
