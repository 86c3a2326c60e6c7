"""`Client.ai_mentor.orgs.users.artifacts.versions`: 2 operations and 1 sub-resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_artifacts_versions_list as _ai_mentor_orgs_users_artifacts_versions_list,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_artifacts_versions_retrieve as _ai_mentor_orgs_users_artifacts_versions_retrieve,
)
from .......models.artifact_version import ArtifactVersion
from .......models.paginated_artifact_version_list import PaginatedArtifactVersionList
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .set_current import (
        AiMentorOrgsUsersArtifactsVersionsSetCurrentResource,
        AiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse,
        AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResource,
        AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersArtifactsVersionsResource",
    "AiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersArtifactsVersionsResource",
    "AsyncAiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse",
]


class AiMentorOrgsUsersArtifactsVersionsResource:
    """`Client.ai_mentor.orgs.users.artifacts.versions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse(self)

    @cached_property
    def set_current(self) -> AiMentorOrgsUsersArtifactsVersionsSetCurrentResource:
        from .set_current import AiMentorOrgsUsersArtifactsVersionsSetCurrentResource

        return AiMentorOrgsUsersArtifactsVersionsSetCurrentResource(self._client)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        file_extension: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedArtifactVersionList:
        """List artifact versions

        Retrieve all versions for a specific artifact.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            file_extension (str | Unset, query)
            llm_name (str | Unset, query)
            llm_provider (str | Unset, query)
            mentor_id (UUID | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            session_id (UUID | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedArtifactVersionList
        """
        return self._client._send(
            _ai_mentor_orgs_users_artifacts_versions_list.OPERATION,
            _ai_mentor_orgs_users_artifacts_versions_list.build_request(
                org=org,
                user_id=user_id,
                id=id,
                file_extension=file_extension,
                llm_name=llm_name,
                llm_provider=llm_provider,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                session_id=session_id,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        file_extension: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ArtifactVersion]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_artifacts_versions_list.OPERATION,
            _ai_mentor_orgs_users_artifacts_versions_list.build_request(
                org=org,
                user_id=user_id,
                id=id,
                file_extension=file_extension,
                llm_name=llm_name,
                llm_provider=llm_provider,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                session_id=session_id,
                username=username,
            ),
            _ai_mentor_orgs_users_artifacts_versions_list.PAGE,
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        version_id: int,
        **options: Unpack[RequestOptions],
    ) -> ArtifactVersion:
        """Get specific artifact version

        Retrieve a specific version of an artifact by version ID.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            version_id (int, path)

        Returns:
            ArtifactVersion
        """
        return self._client._send(
            _ai_mentor_orgs_users_artifacts_versions_retrieve.OPERATION,
            _ai_mentor_orgs_users_artifacts_versions_retrieve.build_request(
                org=org, user_id=user_id, id=id, version_id=version_id
            ),
            options,
        )


class AiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.artifacts.versions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersArtifactsVersionsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def set_current(self) -> AiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse:
        from .set_current import AiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse

        return AiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse(
            self._resource.set_current
        )


class AsyncAiMentorOrgsUsersArtifactsVersionsResource:
    """`AsyncClient.ai_mentor.orgs.users.artifacts.versions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse(self)

    @cached_property
    def set_current(self) -> AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResource:
        from .set_current import AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResource

        return AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResource(self._client)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        file_extension: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedArtifactVersionList:
        """List artifact versions

        Retrieve all versions for a specific artifact.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            file_extension (str | Unset, query)
            llm_name (str | Unset, query)
            llm_provider (str | Unset, query)
            mentor_id (UUID | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            session_id (UUID | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedArtifactVersionList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_artifacts_versions_list.OPERATION,
            _ai_mentor_orgs_users_artifacts_versions_list.build_request(
                org=org,
                user_id=user_id,
                id=id,
                file_extension=file_extension,
                llm_name=llm_name,
                llm_provider=llm_provider,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                session_id=session_id,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        file_extension: str | Unset = UNSET,
        llm_name: str | Unset = UNSET,
        llm_provider: str | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ArtifactVersion]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_artifacts_versions_list.OPERATION,
            _ai_mentor_orgs_users_artifacts_versions_list.build_request(
                org=org,
                user_id=user_id,
                id=id,
                file_extension=file_extension,
                llm_name=llm_name,
                llm_provider=llm_provider,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                session_id=session_id,
                username=username,
            ),
            _ai_mentor_orgs_users_artifacts_versions_list.PAGE,
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        version_id: int,
        **options: Unpack[RequestOptions],
    ) -> ArtifactVersion:
        """Get specific artifact version

        Retrieve a specific version of an artifact by version ID.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            version_id (int, path)

        Returns:
            ArtifactVersion
        """
        return await self._client._send(
            _ai_mentor_orgs_users_artifacts_versions_retrieve.OPERATION,
            _ai_mentor_orgs_users_artifacts_versions_retrieve.build_request(
                org=org, user_id=user_id, id=id, version_id=version_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.artifacts.versions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersArtifactsVersionsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def set_current(
        self,
    ) -> AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse:
        from .set_current import (
            AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse(
            self._resource.set_current
        )
