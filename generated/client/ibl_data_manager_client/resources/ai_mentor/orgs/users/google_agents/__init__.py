"""`Client.ai_mentor.orgs.users.google_agents`: 5 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_google_agents_create as _ai_mentor_orgs_users_google_agents_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_google_agents_destroy as _ai_mentor_orgs_users_google_agents_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_google_agents_list as _ai_mentor_orgs_users_google_agents_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_google_agents_partial_update as _ai_mentor_orgs_users_google_agents_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_google_agents_retrieve as _ai_mentor_orgs_users_google_agents_retrieve,
)
from ......models.google_agent_detail import GoogleAgentDetail
from ......models.google_agent_detail_request import GoogleAgentDetailRequest
from ......models.paginated_google_agent_detail_list import PaginatedGoogleAgentDetailList
from ......models.patched_google_agent_detail import PatchedGoogleAgentDetail
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersGoogleAgentsResource",
    "AiMentorOrgsUsersGoogleAgentsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersGoogleAgentsResource",
    "AsyncAiMentorOrgsUsersGoogleAgentsResourceWithRawResponse",
]


class AiMentorOrgsUsersGoogleAgentsResource:
    """`Client.ai_mentor.orgs.users.google_agents`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersGoogleAgentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersGoogleAgentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedGoogleAgentDetailList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedGoogleAgentDetailList
        """
        return self._client._send(
            _ai_mentor_orgs_users_google_agents_list.OPERATION,
            _ai_mentor_orgs_users_google_agents_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[GoogleAgentDetail]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_google_agents_list.OPERATION,
            _ai_mentor_orgs_users_google_agents_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_mentor_orgs_users_google_agents_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: GoogleAgentDetailRequest,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        model: str,
        name: str,
        description: str,
        instruction: str,
        unique_id: UUID | Unset = UNSET,
        output_key: None | str | Unset = UNSET,
        created_by: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: GoogleAgentDetailRequest | Unset = UNSET,
        model: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        output_key: None | str | Unset = UNSET,
        created_by: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail:
        """Sample Request ``` {\"name\": \"my agent\", \"instruction\": \"you are a helpful
        agent\",} ```

        Args:
            org (str, path)
            user_id (str, path)
            body (GoogleAgentDetailRequest, request body)
            Or the body's fields as keywords instead of body=: model, name, description,
                instruction, unique_id, output_key, created_by

        Returns:
            GoogleAgentDetail
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.google_agents.create",
            body,
            GoogleAgentDetailRequest,
            ["model", "name", "description", "instruction"],
            (
                ("model", "model", model),
                ("name", "name", name),
                ("description", "description", description),
                ("instruction", "instruction", instruction),
                ("unique_id", "unique_id", unique_id),
                ("output_key", "output_key", output_key),
                ("created_by", "created_by", created_by),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_google_agents_create.OPERATION,
            _ai_mentor_orgs_users_google_agents_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            unique_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_google_agents_destroy.OPERATION,
            _ai_mentor_orgs_users_google_agents_destroy.build_request(
                org=org, user_id=user_id, unique_id=unique_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            unique_id (str, path)

        Returns:
            GoogleAgentDetail
        """
        return self._client._send(
            _ai_mentor_orgs_users_google_agents_retrieve.OPERATION,
            _ai_mentor_orgs_users_google_agents_retrieve.build_request(
                org=org, user_id=user_id, unique_id=unique_id
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        body: PatchedGoogleAgentDetail | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        body_unique_id: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        output_key: None | str | Unset = UNSET,
        created_by: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        body: PatchedGoogleAgentDetail | Unset = UNSET,
        body_unique_id: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        output_key: None | str | Unset = UNSET,
        created_by: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail:
        """Mainly used to update the sub agent list.  Sample request: ``` {   \"sub_agents\": [
        \"adc4bf84-c174-47e1-b11c-7713ef2dcd89\",     \"3fb5806d-3be1-4bfd-bcb0-a48558465644\",
        \"339e44cd-6084-4530-be70-ac2a83759fb6\" ] } ```

        Args:
            org (str, path)
            user_id (str, path)
            unique_id (str, path)
            body (PatchedGoogleAgentDetail | Unset, request body)
            Or the body's fields as keywords instead of body=: body_unique_id, model, name,
                description, instruction, output_key, created_by

        Returns:
            GoogleAgentDetail
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.google_agents.partial_update",
            body,
            PatchedGoogleAgentDetail,
            [],
            (
                ("body_unique_id", "unique_id", body_unique_id),
                ("model", "model", model),
                ("name", "name", name),
                ("description", "description", description),
                ("instruction", "instruction", instruction),
                ("output_key", "output_key", output_key),
                ("created_by", "created_by", created_by),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_google_agents_partial_update.OPERATION,
            _ai_mentor_orgs_users_google_agents_partial_update.build_request(
                org=org, user_id=user_id, unique_id=unique_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersGoogleAgentsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.google_agents`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersGoogleAgentsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncAiMentorOrgsUsersGoogleAgentsResource:
    """`AsyncClient.ai_mentor.orgs.users.google_agents`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersGoogleAgentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersGoogleAgentsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedGoogleAgentDetailList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedGoogleAgentDetailList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_google_agents_list.OPERATION,
            _ai_mentor_orgs_users_google_agents_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[GoogleAgentDetail]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_google_agents_list.OPERATION,
            _ai_mentor_orgs_users_google_agents_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_mentor_orgs_users_google_agents_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: GoogleAgentDetailRequest,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        model: str,
        name: str,
        description: str,
        instruction: str,
        unique_id: UUID | Unset = UNSET,
        output_key: None | str | Unset = UNSET,
        created_by: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: GoogleAgentDetailRequest | Unset = UNSET,
        model: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        output_key: None | str | Unset = UNSET,
        created_by: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail:
        """Sample Request ``` {\"name\": \"my agent\", \"instruction\": \"you are a helpful
        agent\",} ```

        Args:
            org (str, path)
            user_id (str, path)
            body (GoogleAgentDetailRequest, request body)
            Or the body's fields as keywords instead of body=: model, name, description,
                instruction, unique_id, output_key, created_by

        Returns:
            GoogleAgentDetail
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.google_agents.create",
            body,
            GoogleAgentDetailRequest,
            ["model", "name", "description", "instruction"],
            (
                ("model", "model", model),
                ("name", "name", name),
                ("description", "description", description),
                ("instruction", "instruction", instruction),
                ("unique_id", "unique_id", unique_id),
                ("output_key", "output_key", output_key),
                ("created_by", "created_by", created_by),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_google_agents_create.OPERATION,
            _ai_mentor_orgs_users_google_agents_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            unique_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_google_agents_destroy.OPERATION,
            _ai_mentor_orgs_users_google_agents_destroy.build_request(
                org=org, user_id=user_id, unique_id=unique_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            unique_id (str, path)

        Returns:
            GoogleAgentDetail
        """
        return await self._client._send(
            _ai_mentor_orgs_users_google_agents_retrieve.OPERATION,
            _ai_mentor_orgs_users_google_agents_retrieve.build_request(
                org=org, user_id=user_id, unique_id=unique_id
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        body: PatchedGoogleAgentDetail | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        body_unique_id: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        output_key: None | str | Unset = UNSET,
        created_by: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        unique_id: str,
        body: PatchedGoogleAgentDetail | Unset = UNSET,
        body_unique_id: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        instruction: str | Unset = UNSET,
        output_key: None | str | Unset = UNSET,
        created_by: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GoogleAgentDetail:
        """Mainly used to update the sub agent list.  Sample request: ``` {   \"sub_agents\": [
        \"adc4bf84-c174-47e1-b11c-7713ef2dcd89\",     \"3fb5806d-3be1-4bfd-bcb0-a48558465644\",
        \"339e44cd-6084-4530-be70-ac2a83759fb6\" ] } ```

        Args:
            org (str, path)
            user_id (str, path)
            unique_id (str, path)
            body (PatchedGoogleAgentDetail | Unset, request body)
            Or the body's fields as keywords instead of body=: body_unique_id, model, name,
                description, instruction, output_key, created_by

        Returns:
            GoogleAgentDetail
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.google_agents.partial_update",
            body,
            PatchedGoogleAgentDetail,
            [],
            (
                ("body_unique_id", "unique_id", body_unique_id),
                ("model", "model", model),
                ("name", "name", name),
                ("description", "description", description),
                ("instruction", "instruction", instruction),
                ("output_key", "output_key", output_key),
                ("created_by", "created_by", created_by),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_google_agents_partial_update.OPERATION,
            _ai_mentor_orgs_users_google_agents_partial_update.build_request(
                org=org, user_id=user_id, unique_id=unique_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersGoogleAgentsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.google_agents`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersGoogleAgentsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
