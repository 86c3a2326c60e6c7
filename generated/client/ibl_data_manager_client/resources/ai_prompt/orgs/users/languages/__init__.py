"""`Client.ai_prompt.orgs.users.languages`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_languages_create as _ai_prompt_orgs_users_languages_create,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_languages_destroy as _ai_prompt_orgs_users_languages_destroy,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_languages_retrieve as _ai_prompt_orgs_users_languages_retrieve,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_languages_update as _ai_prompt_orgs_users_languages_update,
)
from ......models.languages_view import LanguagesView
from ......models.languages_view_request import LanguagesViewRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersLanguagesResource",
    "AiPromptOrgsUsersLanguagesResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersLanguagesResource",
    "AsyncAiPromptOrgsUsersLanguagesResourceWithRawResponse",
]


class AiPromptOrgsUsersLanguagesResource:
    """`Client.ai_prompt.orgs.users.languages`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersLanguagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersLanguagesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView:
        """Retrieve all available prompt languages.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.     user_id: The ID of the user making the request.
        Returns:     Response: A list of available prompt languages.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            LanguagesView
        """
        return self._client._send(
            _ai_prompt_orgs_users_languages_retrieve.OPERATION,
            _ai_prompt_orgs_users_languages_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: LanguagesViewRequest,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        code: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: LanguagesViewRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        code: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView:
        """Create a new prompt language.  Args:     request: The HTTP request containing the
        language data.     org: The organization/tenant identifier.     user_id: The ID of the
        user creating the language.  Returns:     Response: The created prompt language.
        Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (LanguagesViewRequest, request body)
            Or the body's fields as keywords instead of body=: name, code

        Returns:
            LanguagesView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.languages.create",
            body,
            LanguagesViewRequest,
            ["name"],
            (
                ("name", "name", name),
                ("code", "code", code),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_languages_create.OPERATION,
            _ai_prompt_orgs_users_languages_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        language_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific prompt language.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user making the request.
        language_id: The ID of the language to delete.  Returns:     Response: A success message
        if the language was deleted.  Raises:     NotFound: If the specified language does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)
            language_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_languages_destroy.OPERATION,
            _ai_prompt_orgs_users_languages_destroy.build_request(
                org=org, user_id=user_id, language_id=language_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        language_id: int,
        body: LanguagesViewRequest,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        language_id: int,
        name: str,
        code: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        language_id: int,
        body: LanguagesViewRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        code: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView:
        """Update a specific prompt language.  Args:     request: The HTTP request containing the
        updated language data.     org: The organization/tenant identifier.     user_id: The ID
        of the user making the request.     language_id: The ID of the language to update.
        Returns:     Response: The updated prompt language.  Raises:     BadRequest: If the
        provided data is invalid.     NotFound: If the specified language does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            language_id (int, path)
            body (LanguagesViewRequest, request body)
            Or the body's fields as keywords instead of body=: name, code

        Returns:
            LanguagesView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.languages.update",
            body,
            LanguagesViewRequest,
            ["name"],
            (
                ("name", "name", name),
                ("code", "code", code),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_languages_update.OPERATION,
            _ai_prompt_orgs_users_languages_update.build_request(
                org=org, user_id=user_id, language_id=language_id, body=body
            ),
            options,
        )


class AiPromptOrgsUsersLanguagesResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.languages`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersLanguagesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.update = to_raw_response(resource.update)


class AsyncAiPromptOrgsUsersLanguagesResource:
    """`AsyncClient.ai_prompt.orgs.users.languages`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersLanguagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersLanguagesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView:
        """Retrieve all available prompt languages.  Args:     request: The HTTP request.     org:
        The organization/tenant identifier.     user_id: The ID of the user making the request.
        Returns:     Response: A list of available prompt languages.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            LanguagesView
        """
        return await self._client._send(
            _ai_prompt_orgs_users_languages_retrieve.OPERATION,
            _ai_prompt_orgs_users_languages_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: LanguagesViewRequest,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        code: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: LanguagesViewRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        code: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView:
        """Create a new prompt language.  Args:     request: The HTTP request containing the
        language data.     org: The organization/tenant identifier.     user_id: The ID of the
        user creating the language.  Returns:     Response: The created prompt language.
        Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (LanguagesViewRequest, request body)
            Or the body's fields as keywords instead of body=: name, code

        Returns:
            LanguagesView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.languages.create",
            body,
            LanguagesViewRequest,
            ["name"],
            (
                ("name", "name", name),
                ("code", "code", code),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_languages_create.OPERATION,
            _ai_prompt_orgs_users_languages_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        language_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific prompt language.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user making the request.
        language_id: The ID of the language to delete.  Returns:     Response: A success message
        if the language was deleted.  Raises:     NotFound: If the specified language does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)
            language_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_languages_destroy.OPERATION,
            _ai_prompt_orgs_users_languages_destroy.build_request(
                org=org, user_id=user_id, language_id=language_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        language_id: int,
        body: LanguagesViewRequest,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        language_id: int,
        name: str,
        code: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        language_id: int,
        body: LanguagesViewRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        code: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LanguagesView:
        """Update a specific prompt language.  Args:     request: The HTTP request containing the
        updated language data.     org: The organization/tenant identifier.     user_id: The ID
        of the user making the request.     language_id: The ID of the language to update.
        Returns:     Response: The updated prompt language.  Raises:     BadRequest: If the
        provided data is invalid.     NotFound: If the specified language does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            language_id (int, path)
            body (LanguagesViewRequest, request body)
            Or the body's fields as keywords instead of body=: name, code

        Returns:
            LanguagesView
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.languages.update",
            body,
            LanguagesViewRequest,
            ["name"],
            (
                ("name", "name", name),
                ("code", "code", code),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_languages_update.OPERATION,
            _ai_prompt_orgs_users_languages_update.build_request(
                org=org, user_id=user_id, language_id=language_id, body=body
            ),
            options,
        )


class AsyncAiPromptOrgsUsersLanguagesResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.languages`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersLanguagesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.update = async_to_raw_response(resource.update)
