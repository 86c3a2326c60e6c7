"""`Client.ai_mentor.orgs.users.ai_user_profile_memory`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_ai_user_profile_memory_create as _ai_mentor_orgs_users_ai_user_profile_memory_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_ai_user_profile_memory_destroy as _ai_mentor_orgs_users_ai_user_profile_memory_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_ai_user_profile_memory_list as _ai_mentor_orgs_users_ai_user_profile_memory_list,
)
from ......models.ai_user_profile_memory_relation import AIUserProfileMemoryRelation
from ......models.ai_user_profile_request import AIUserProfileRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersAiUserProfileMemoryResource",
    "AiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersAiUserProfileMemoryResource",
    "AsyncAiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse",
]


class AiMentorOrgsUsersAiUserProfileMemoryResource:
    """`Client.ai_mentor.orgs.users.ai_user_profile_memory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[AIUserProfileMemoryRelation]:
        """Endpoint to get a list of AI user profile memory entries or to add an entry.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[AIUserProfileMemoryRelation]
        """
        return self._client._send(
            _ai_mentor_orgs_users_ai_user_profile_memory_list.OPERATION,
            _ai_mentor_orgs_users_ai_user_profile_memory_list.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AIUserProfileRequest,
        **options: Unpack[RequestOptions],
    ) -> AIUserProfileMemoryRelation: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        tag: str,
        detail: str,
        **options: Unpack[RequestOptions],
    ) -> AIUserProfileMemoryRelation: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AIUserProfileRequest | Unset = UNSET,
        tag: str | Unset = UNSET,
        detail: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AIUserProfileMemoryRelation:
        """Endpoint to create an AI user profile memory entry.  Sample request: ```
        {\"favorite-animal\": \"my favorite animal is cat\"} ``` Sample Response (the same as
        request data): ``` {\"favorite-animal\": \"my favorite animal is cat\"} ```

        Args:
            org (str, path)
            user_id (str, path)
            body (AIUserProfileRequest, request body)
            Or the body's fields as keywords instead of body=: tag, detail

        Returns:
            AIUserProfileMemoryRelation
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.ai_user_profile_memory.create",
            body,
            AIUserProfileRequest,
            ["tag", "detail"],
            (
                ("tag", "tag", tag),
                ("detail", "detail", detail),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_ai_user_profile_memory_create.OPERATION,
            _ai_mentor_orgs_users_ai_user_profile_memory_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        tag: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The endpoint to delete an AI user profile memory entry.  No query parameters or JSON
        parameters are required.  The response is always empty. Successful request will be
        responded with status 204, and failed request will be responded with status 404.

        Args:
            org (str, path)
            user_id (str, path)
            tag (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_ai_user_profile_memory_destroy.OPERATION,
            _ai_mentor_orgs_users_ai_user_profile_memory_destroy.build_request(
                org=org, user_id=user_id, tag=tag
            ),
            options,
        )


class AiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.ai_user_profile_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersAiUserProfileMemoryResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)


class AsyncAiMentorOrgsUsersAiUserProfileMemoryResource:
    """`AsyncClient.ai_mentor.orgs.users.ai_user_profile_memory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[AIUserProfileMemoryRelation]:
        """Endpoint to get a list of AI user profile memory entries or to add an entry.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[AIUserProfileMemoryRelation]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_ai_user_profile_memory_list.OPERATION,
            _ai_mentor_orgs_users_ai_user_profile_memory_list.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AIUserProfileRequest,
        **options: Unpack[RequestOptions],
    ) -> AIUserProfileMemoryRelation: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        tag: str,
        detail: str,
        **options: Unpack[RequestOptions],
    ) -> AIUserProfileMemoryRelation: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AIUserProfileRequest | Unset = UNSET,
        tag: str | Unset = UNSET,
        detail: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AIUserProfileMemoryRelation:
        """Endpoint to create an AI user profile memory entry.  Sample request: ```
        {\"favorite-animal\": \"my favorite animal is cat\"} ``` Sample Response (the same as
        request data): ``` {\"favorite-animal\": \"my favorite animal is cat\"} ```

        Args:
            org (str, path)
            user_id (str, path)
            body (AIUserProfileRequest, request body)
            Or the body's fields as keywords instead of body=: tag, detail

        Returns:
            AIUserProfileMemoryRelation
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.ai_user_profile_memory.create",
            body,
            AIUserProfileRequest,
            ["tag", "detail"],
            (
                ("tag", "tag", tag),
                ("detail", "detail", detail),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_ai_user_profile_memory_create.OPERATION,
            _ai_mentor_orgs_users_ai_user_profile_memory_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        tag: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The endpoint to delete an AI user profile memory entry.  No query parameters or JSON
        parameters are required.  The response is always empty. Successful request will be
        responded with status 204, and failed request will be responded with status 404.

        Args:
            org (str, path)
            user_id (str, path)
            tag (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_ai_user_profile_memory_destroy.OPERATION,
            _ai_mentor_orgs_users_ai_user_profile_memory_destroy.build_request(
                org=org, user_id=user_id, tag=tag
            ),
            options,
        )


class AsyncAiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.ai_user_profile_memory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersAiUserProfileMemoryResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
