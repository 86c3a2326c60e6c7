"""`Client.ai_prompt.orgs.users.tones`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_tones_create as _ai_prompt_orgs_users_tones_create,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_tones_destroy as _ai_prompt_orgs_users_tones_destroy,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_tones_retrieve as _ai_prompt_orgs_users_tones_retrieve,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_tones_update as _ai_prompt_orgs_users_tones_update,
)
from ......models.tones_view import TonesView
from ......models.tones_view_request import TonesViewRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersTonesResource",
    "AiPromptOrgsUsersTonesResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersTonesResource",
    "AsyncAiPromptOrgsUsersTonesResourceWithRawResponse",
]


class AiPromptOrgsUsersTonesResource:
    """`Client.ai_prompt.orgs.users.tones`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersTonesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersTonesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TonesView:
        """Endpoint for getting prompt tones.  Accessible to tenant admins and students.  Returns:
        200: List of tones.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TonesView
        """
        return self._client._send(
            _ai_prompt_orgs_users_tones_retrieve.OPERATION,
            _ai_prompt_orgs_users_tones_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TonesViewRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TonesViewRequest | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView:
        """Endpoint for Adding prompt tone.  Accessible to tenant admins only.  Returns:      201:
        tone Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            body (TonesViewRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: description

        Returns:
            TonesView
        """
        body = optional_body_from_fields(
            "ai_prompt.orgs.users.tones.create",
            body,
            TonesViewRequest,
            [],
            (("description", "description", description),),
        )
        return self._client._send(
            _ai_prompt_orgs_users_tones_create.OPERATION,
            _ai_prompt_orgs_users_tones_create.build_request(org=org, user_id=user_id, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        tone_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint for deleting prompt tone.  Accessible to tenant admins and students.  Returns:
        204: No response data.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            tone_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_tones_destroy.OPERATION,
            _ai_prompt_orgs_users_tones_destroy.build_request(
                org=org, user_id=user_id, tone_id=tone_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        tone_id: int,
        body: TonesViewRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        tone_id: int,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        tone_id: int,
        body: TonesViewRequest | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView:
        """Endpoint for updating prompt tone.  Accessible to tenant admins only.  Returns:
        200: tone Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            tone_id (int, path)
            body (TonesViewRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: description

        Returns:
            TonesView
        """
        body = optional_body_from_fields(
            "ai_prompt.orgs.users.tones.update",
            body,
            TonesViewRequest,
            [],
            (("description", "description", description),),
        )
        return self._client._send(
            _ai_prompt_orgs_users_tones_update.OPERATION,
            _ai_prompt_orgs_users_tones_update.build_request(
                org=org, user_id=user_id, tone_id=tone_id, body=body
            ),
            options,
        )


class AiPromptOrgsUsersTonesResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.tones`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersTonesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.update = to_raw_response(resource.update)


class AsyncAiPromptOrgsUsersTonesResource:
    """`AsyncClient.ai_prompt.orgs.users.tones`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersTonesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersTonesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TonesView:
        """Endpoint for getting prompt tones.  Accessible to tenant admins and students.  Returns:
        200: List of tones.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TonesView
        """
        return await self._client._send(
            _ai_prompt_orgs_users_tones_retrieve.OPERATION,
            _ai_prompt_orgs_users_tones_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TonesViewRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: TonesViewRequest | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView:
        """Endpoint for Adding prompt tone.  Accessible to tenant admins only.  Returns:      201:
        tone Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            body (TonesViewRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: description

        Returns:
            TonesView
        """
        body = optional_body_from_fields(
            "ai_prompt.orgs.users.tones.create",
            body,
            TonesViewRequest,
            [],
            (("description", "description", description),),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_tones_create.OPERATION,
            _ai_prompt_orgs_users_tones_create.build_request(org=org, user_id=user_id, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        tone_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint for deleting prompt tone.  Accessible to tenant admins and students.  Returns:
        204: No response data.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            tone_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_tones_destroy.OPERATION,
            _ai_prompt_orgs_users_tones_destroy.build_request(
                org=org, user_id=user_id, tone_id=tone_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        tone_id: int,
        body: TonesViewRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        tone_id: int,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        tone_id: int,
        body: TonesViewRequest | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TonesView:
        """Endpoint for updating prompt tone.  Accessible to tenant admins only.  Returns:
        200: tone Object.      400: When data is not valid.

        Args:
            org (str, path)
            user_id (str, path)
            tone_id (int, path)
            body (TonesViewRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: description

        Returns:
            TonesView
        """
        body = optional_body_from_fields(
            "ai_prompt.orgs.users.tones.update",
            body,
            TonesViewRequest,
            [],
            (("description", "description", description),),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_tones_update.OPERATION,
            _ai_prompt_orgs_users_tones_update.build_request(
                org=org, user_id=user_id, tone_id=tone_id, body=body
            ),
            options,
        )


class AsyncAiPromptOrgsUsersTonesResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.tones`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersTonesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.update = async_to_raw_response(resource.update)
