"""`Client.ai_mentor.orgs.users.memsearch_config`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memsearch_config_create as _ai_mentor_orgs_users_memsearch_config_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_memsearch_config_retrieve as _ai_mentor_orgs_users_memsearch_config_retrieve,
)
from ......models.ai_mentor_orgs_users_memsearch_config_create_body import (
    AiMentorOrgsUsersMemsearchConfigCreateBody,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMemsearchConfigResource",
    "AiMentorOrgsUsersMemsearchConfigResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMemsearchConfigResource",
    "AsyncAiMentorOrgsUsersMemsearchConfigResourceWithRawResponse",
]


class AiMentorOrgsUsersMemsearchConfigResource:
    """`Client.ai_mentor.orgs.users.memsearch_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMemsearchConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMemsearchConfigResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET/POST /orgs/{org}/users/{user_id}/memsearch-config/  Tenant-level memsearch feature
        flag configuration. Restricted to platform admins.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_memsearch_config_retrieve.OPERATION,
            _ai_mentor_orgs_users_memsearch_config_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMemsearchConfigCreateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        enable_memsearch: bool,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMemsearchConfigCreateBody | Unset = UNSET,
        enable_memsearch: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET/POST /orgs/{org}/users/{user_id}/memsearch-config/  Tenant-level memsearch feature
        flag configuration. Restricted to platform admins.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMemsearchConfigCreateBody | Unset, request body)
            Or the body's fields as keywords instead of body=: enable_memsearch

        Returns:
            None
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.memsearch_config.create",
            body,
            AiMentorOrgsUsersMemsearchConfigCreateBody,
            ["enable_memsearch"],
            (("enable_memsearch", "enable_memsearch", enable_memsearch),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_memsearch_config_create.OPERATION,
            _ai_mentor_orgs_users_memsearch_config_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMemsearchConfigResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.memsearch_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMemsearchConfigResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMemsearchConfigResource:
    """`AsyncClient.ai_mentor.orgs.users.memsearch_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMemsearchConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMemsearchConfigResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET/POST /orgs/{org}/users/{user_id}/memsearch-config/  Tenant-level memsearch feature
        flag configuration. Restricted to platform admins.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_memsearch_config_retrieve.OPERATION,
            _ai_mentor_orgs_users_memsearch_config_retrieve.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMemsearchConfigCreateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        enable_memsearch: bool,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMemsearchConfigCreateBody | Unset = UNSET,
        enable_memsearch: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET/POST /orgs/{org}/users/{user_id}/memsearch-config/  Tenant-level memsearch feature
        flag configuration. Restricted to platform admins.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMemsearchConfigCreateBody | Unset, request body)
            Or the body's fields as keywords instead of body=: enable_memsearch

        Returns:
            None
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.memsearch_config.create",
            body,
            AiMentorOrgsUsersMemsearchConfigCreateBody,
            ["enable_memsearch"],
            (("enable_memsearch", "enable_memsearch", enable_memsearch),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_memsearch_config_create.OPERATION,
            _ai_mentor_orgs_users_memsearch_config_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMemsearchConfigResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.memsearch_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMemsearchConfigResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
