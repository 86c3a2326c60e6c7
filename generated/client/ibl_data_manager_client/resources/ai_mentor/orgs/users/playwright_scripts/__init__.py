"""`Client.ai_mentor.orgs.users.playwright_scripts`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_playwright_scripts_create as _ai_mentor_orgs_users_playwright_scripts_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_playwright_scripts_destroy as _ai_mentor_orgs_users_playwright_scripts_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_playwright_scripts_list as _ai_mentor_orgs_users_playwright_scripts_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_playwright_scripts_partial_update as _ai_mentor_orgs_users_playwright_scripts_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_playwright_scripts_retrieve as _ai_mentor_orgs_users_playwright_scripts_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_playwright_scripts_update as _ai_mentor_orgs_users_playwright_scripts_update,
)
from ......models.paginated_play_wright_script_list import PaginatedPlayWrightScriptList
from ......models.patched_play_wright_script import PatchedPlayWrightScript
from ......models.play_wright_script import PlayWrightScript
from ......models.play_wright_script_request import PlayWrightScriptRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersPlaywrightScriptsResource",
    "AiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersPlaywrightScriptsResource",
    "AsyncAiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse",
]


class AiMentorOrgsUsersPlaywrightScriptsResource:
    """`Client.ai_mentor.orgs.users.playwright_scripts`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPlayWrightScriptList:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            is_public (bool | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            student (int | Unset, query)

        Returns:
            PaginatedPlayWrightScriptList
        """
        return self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_list.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_list.build_request(
                org=org,
                user_id=user_id,
                is_public=is_public,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                student=student,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[PlayWrightScript]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_playwright_scripts_list.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_list.build_request(
                org=org,
                user_id=user_id,
                is_public=is_public,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                student=student,
            ),
            _ai_mentor_orgs_users_playwright_scripts_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PlayWrightScriptRequest,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        title: str,
        script: str,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PlayWrightScriptRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        script: str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            body (PlayWrightScriptRequest, request body)
            Or the body's fields as keywords instead of body=: title, script, description

        Returns:
            PlayWrightScript
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.playwright_scripts.create",
            body,
            PlayWrightScriptRequest,
            ["title", "script"],
            (
                ("title", "title", title),
                ("script", "script", script),
                ("description", "description", description),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_create.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_create.build_request(
                org=org, user_id=user_id, body=body
            ),
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
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_destroy.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_destroy.build_request(
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
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            PlayWrightScript
        """
        return self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_retrieve.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedPlayWrightScript | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        script: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedPlayWrightScript | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        script: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedPlayWrightScript | Unset, request body)
            Or the body's fields as keywords instead of body=: title, description, script

        Returns:
            PlayWrightScript
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.playwright_scripts.partial_update",
            body,
            PatchedPlayWrightScript,
            [],
            (
                ("title", "title", title),
                ("description", "description", description),
                ("script", "script", script),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_partial_update.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PlayWrightScriptRequest,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        title: str,
        script: str,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PlayWrightScriptRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        script: str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PlayWrightScriptRequest, request body)
            Or the body's fields as keywords instead of body=: title, script, description

        Returns:
            PlayWrightScript
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.playwright_scripts.update",
            body,
            PlayWrightScriptRequest,
            ["title", "script"],
            (
                ("title", "title", title),
                ("script", "script", script),
                ("description", "description", description),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_update.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.playwright_scripts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersPlaywrightScriptsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersPlaywrightScriptsResource:
    """`AsyncClient.ai_mentor.orgs.users.playwright_scripts`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPlayWrightScriptList:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            is_public (bool | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            student (int | Unset, query)

        Returns:
            PaginatedPlayWrightScriptList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_list.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_list.build_request(
                org=org,
                user_id=user_id,
                is_public=is_public,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                student=student,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[PlayWrightScript]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_playwright_scripts_list.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_list.build_request(
                org=org,
                user_id=user_id,
                is_public=is_public,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                student=student,
            ),
            _ai_mentor_orgs_users_playwright_scripts_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PlayWrightScriptRequest,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        title: str,
        script: str,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PlayWrightScriptRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        script: str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            body (PlayWrightScriptRequest, request body)
            Or the body's fields as keywords instead of body=: title, script, description

        Returns:
            PlayWrightScript
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.playwright_scripts.create",
            body,
            PlayWrightScriptRequest,
            ["title", "script"],
            (
                ("title", "title", title),
                ("script", "script", script),
                ("description", "description", description),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_create.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_create.build_request(
                org=org, user_id=user_id, body=body
            ),
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
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_destroy.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_destroy.build_request(
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
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            PlayWrightScript
        """
        return await self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_retrieve.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedPlayWrightScript | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        script: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedPlayWrightScript | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        script: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedPlayWrightScript | Unset, request body)
            Or the body's fields as keywords instead of body=: title, description, script

        Returns:
            PlayWrightScript
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.playwright_scripts.partial_update",
            body,
            PatchedPlayWrightScript,
            [],
            (
                ("title", "title", title),
                ("description", "description", description),
                ("script", "script", script),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_partial_update.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PlayWrightScriptRequest,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        title: str,
        script: str,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PlayWrightScriptRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        script: str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant
        and user.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PlayWrightScriptRequest, request body)
            Or the body's fields as keywords instead of body=: title, script, description

        Returns:
            PlayWrightScript
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.playwright_scripts.update",
            body,
            PlayWrightScriptRequest,
            ["title", "script"],
            (
                ("title", "title", title),
                ("script", "script", script),
                ("description", "description", description),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_playwright_scripts_update.OPERATION,
            _ai_mentor_orgs_users_playwright_scripts_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.playwright_scripts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersPlaywrightScriptsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
