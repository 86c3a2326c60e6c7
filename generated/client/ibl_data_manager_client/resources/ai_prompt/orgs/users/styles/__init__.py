"""`Client.ai_prompt.orgs.users.styles`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_styles_create as _ai_prompt_orgs_users_styles_create,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_styles_destroy as _ai_prompt_orgs_users_styles_destroy,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_styles_retrieve as _ai_prompt_orgs_users_styles_retrieve,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_styles_update as _ai_prompt_orgs_users_styles_update,
)
from ......models.styles_view import StylesView
from ......models.styles_view_request import StylesViewRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersStylesResource",
    "AiPromptOrgsUsersStylesResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersStylesResource",
    "AsyncAiPromptOrgsUsersStylesResourceWithRawResponse",
]


class AiPromptOrgsUsersStylesResource:
    """`Client.ai_prompt.orgs.users.styles`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersStylesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersStylesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> StylesView:
        """Endpoint for getting prompt styles.  Accessible to tenant admins and students.  Returns:
        200: List of styles.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            StylesView
        """
        return self._client._send(
            _ai_prompt_orgs_users_styles_retrieve.OPERATION,
            _ai_prompt_orgs_users_styles_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StylesViewRequest,
        **options: Unpack[RequestOptions],
    ) -> StylesView: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> StylesView: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StylesViewRequest | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StylesView:
        """Endpoint for Adding prompt style.  Accessible to tenant admins only.  Returns:      201:
        style Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            body (StylesViewRequest, request body)
            Or the body's fields as keywords instead of body=: description

        Returns:
            StylesView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.styles.create",
            body,
            StylesViewRequest,
            ["description"],
            (("description", "description", description),),
        )
        return self._client._send(
            _ai_prompt_orgs_users_styles_create.OPERATION,
            _ai_prompt_orgs_users_styles_create.build_request(org=org, user_id=user_id, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        style_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint for deleting prompt style.  Accessible to tenant admins and students.  Returns:
        204: No response data.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            style_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_styles_destroy.OPERATION,
            _ai_prompt_orgs_users_styles_destroy.build_request(
                org=org, user_id=user_id, style_id=style_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        style_id: int,
        body: StylesViewRequest,
        **options: Unpack[RequestOptions],
    ) -> StylesView: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        style_id: int,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> StylesView: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        style_id: int,
        body: StylesViewRequest | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StylesView:
        """Endpoint for Adding prompt style.  Accessible to tenant admins only.  Returns:      200:
        style Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            style_id (int, path)
            body (StylesViewRequest, request body)
            Or the body's fields as keywords instead of body=: description

        Returns:
            StylesView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.styles.update",
            body,
            StylesViewRequest,
            ["description"],
            (("description", "description", description),),
        )
        return self._client._send(
            _ai_prompt_orgs_users_styles_update.OPERATION,
            _ai_prompt_orgs_users_styles_update.build_request(
                org=org, user_id=user_id, style_id=style_id, body=body
            ),
            options,
        )


class AiPromptOrgsUsersStylesResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.styles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersStylesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.update = to_raw_response(resource.update)


class AsyncAiPromptOrgsUsersStylesResource:
    """`AsyncClient.ai_prompt.orgs.users.styles`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersStylesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersStylesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> StylesView:
        """Endpoint for getting prompt styles.  Accessible to tenant admins and students.  Returns:
        200: List of styles.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            StylesView
        """
        return await self._client._send(
            _ai_prompt_orgs_users_styles_retrieve.OPERATION,
            _ai_prompt_orgs_users_styles_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StylesViewRequest,
        **options: Unpack[RequestOptions],
    ) -> StylesView: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> StylesView: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: StylesViewRequest | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StylesView:
        """Endpoint for Adding prompt style.  Accessible to tenant admins only.  Returns:      201:
        style Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            body (StylesViewRequest, request body)
            Or the body's fields as keywords instead of body=: description

        Returns:
            StylesView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.styles.create",
            body,
            StylesViewRequest,
            ["description"],
            (("description", "description", description),),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_styles_create.OPERATION,
            _ai_prompt_orgs_users_styles_create.build_request(org=org, user_id=user_id, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        style_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint for deleting prompt style.  Accessible to tenant admins and students.  Returns:
        204: No response data.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            style_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_styles_destroy.OPERATION,
            _ai_prompt_orgs_users_styles_destroy.build_request(
                org=org, user_id=user_id, style_id=style_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        style_id: int,
        body: StylesViewRequest,
        **options: Unpack[RequestOptions],
    ) -> StylesView: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        style_id: int,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> StylesView: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        style_id: int,
        body: StylesViewRequest | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> StylesView:
        """Endpoint for Adding prompt style.  Accessible to tenant admins only.  Returns:      200:
        style Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            style_id (int, path)
            body (StylesViewRequest, request body)
            Or the body's fields as keywords instead of body=: description

        Returns:
            StylesView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.styles.update",
            body,
            StylesViewRequest,
            ["description"],
            (("description", "description", description),),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_styles_update.OPERATION,
            _ai_prompt_orgs_users_styles_update.build_request(
                org=org, user_id=user_id, style_id=style_id, body=body
            ),
            options,
        )


class AsyncAiPromptOrgsUsersStylesResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.styles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersStylesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.update = async_to_raw_response(resource.update)
