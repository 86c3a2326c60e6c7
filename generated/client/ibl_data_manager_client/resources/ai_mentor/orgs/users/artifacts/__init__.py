"""`Client.ai_mentor.orgs.users.artifacts`: 6 operations and 1 sub-resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_artifacts_create as _ai_mentor_orgs_users_artifacts_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_artifacts_destroy as _ai_mentor_orgs_users_artifacts_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_artifacts_list as _ai_mentor_orgs_users_artifacts_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_artifacts_partial_update as _ai_mentor_orgs_users_artifacts_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_artifacts_retrieve as _ai_mentor_orgs_users_artifacts_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_artifacts_update as _ai_mentor_orgs_users_artifacts_update,
)
from ......models.artifact import Artifact
from ......models.artifact_list import ArtifactList
from ......models.artifact_request import ArtifactRequest
from ......models.paginated_artifact_list_list import PaginatedArtifactListList
from ......models.patched_artifact import PatchedArtifact
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .versions import (
        AiMentorOrgsUsersArtifactsVersionsResource,
        AiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersArtifactsVersionsResource,
        AsyncAiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersArtifactsResource",
    "AiMentorOrgsUsersArtifactsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersArtifactsResource",
    "AsyncAiMentorOrgsUsersArtifactsResourceWithRawResponse",
]


class AiMentorOrgsUsersArtifactsResource:
    """`Client.ai_mentor.orgs.users.artifacts`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersArtifactsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersArtifactsResourceWithRawResponse(self)

    @cached_property
    def versions(self) -> AiMentorOrgsUsersArtifactsVersionsResource:
        from .versions import AiMentorOrgsUsersArtifactsVersionsResource

        return AiMentorOrgsUsersArtifactsVersionsResource(self._client)

    def list(
        self,
        *,
        org: str,
        user_id: str,
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
    ) -> PaginatedArtifactListList:
        """List artifacts

        Retrieve a paginated list of artifacts for a user, with optional filtering and search.

        Args:
            org (str, path)
            user_id (str, path)
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
            PaginatedArtifactListList
        """
        return self._client._send(
            _ai_mentor_orgs_users_artifacts_list.OPERATION,
            _ai_mentor_orgs_users_artifacts_list.build_request(
                org=org,
                user_id=user_id,
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
    ) -> Iterator[ArtifactList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_artifacts_list.OPERATION,
            _ai_mentor_orgs_users_artifacts_list.build_request(
                org=org,
                user_id=user_id,
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
            _ai_mentor_orgs_users_artifacts_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ArtifactRequest,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        title: str,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ArtifactRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Artifacts cannot be created via API. They are created by LLMs via chat messages.

        Args:
            org (str, path)
            user_id (str, path)
            body (ArtifactRequest, request body): Serializer for Artifact model. Artifacts are
                structured content like essays, documents, code files, etc. that are generated
                by AI agents during a chat session and are best displayed separately from the
                normal chat flow. Fields: - id: Unique identifier for the artifact - title:
                Title or identifier for the artifact - content: The markdown-styled content of
                the artifact - file_extension: The extension of the file (e.g., 'py', 'md',
                'html', 'json', 'csv') - chat_message: Reference to the chat message that
                contains this artifact - llm_name: Name of the LLM that generated the artifact -
                llm_provider: Provider of the LLM (e.g., 'openai', 'google', 'anthropic') -
                date_created: Timestamp when the artifact was created - date_updated: Timestamp
                when the artifact was last updated - metadata: Additional metadata for the
                artifact - username: Username of the student who owns the artifact (read-only) -
                session_id: UUID of the session that generated the artifact (read-only)
                Read-only fields: - id, date_created, date_updated, username, session_id
            Or the body's fields as keywords instead of body=: title, metadata

        Returns:
            Artifact
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.artifacts.create",
            body,
            ArtifactRequest,
            ["title"],
            (
                ("title", "title", title),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_artifacts_create.OPERATION,
            _ai_mentor_orgs_users_artifacts_create.build_request(
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
        """Delete an artifact

        Delete a specific artifact.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_artifacts_destroy.OPERATION,
            _ai_mentor_orgs_users_artifacts_destroy.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Retrieve an artifact

        Get detailed information about a specific artifact including its full content.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            Artifact
        """
        return self._client._send(
            _ai_mentor_orgs_users_artifacts_retrieve.OPERATION,
            _ai_mentor_orgs_users_artifacts_retrieve.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedArtifact | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        title: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedArtifact | Unset = UNSET,
        title: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Partially update an artifact

        Update specific fields of an artifact.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedArtifact | Unset, request body): Serializer for Artifact model.
                Artifacts are structured content like essays, documents, code files, etc. that
                are generated by AI agents during a chat session and are best displayed
                separately from the normal chat flow. Fields: - id: Unique identifier for the
                artifact - title: Title or identifier for the artifact - content: The
                markdown-styled content of the artifact - file_extension: The extension of the
                file (e.g., 'py', 'md', 'html', 'json', 'csv') - chat_message: Reference to the
                chat message that contains this artifact - llm_name: Name of the LLM that
                generated the artifact - llm_provider: Provider of the LLM (e.g., 'openai',
                'google', 'anthropic') - date_created: Timestamp when the artifact was created -
                date_updated: Timestamp when the artifact was last updated - metadata:
                Additional metadata for the artifact - username: Username of the student who
                owns the artifact (read-only) - session_id: UUID of the session that generated
                the artifact (read-only) Read-only fields: - id, date_created, date_updated,
                username, session_id
            Or the body's fields as keywords instead of body=: title, metadata

        Returns:
            Artifact
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.artifacts.partial_update",
            body,
            PatchedArtifact,
            [],
            (
                ("title", "title", title),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_artifacts_partial_update.OPERATION,
            _ai_mentor_orgs_users_artifacts_partial_update.build_request(
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
        body: ArtifactRequest,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        title: str,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: ArtifactRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Update an artifact

        Update all fields of an artifact (excluding session reference).

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (ArtifactRequest, request body): Serializer for Artifact model. Artifacts are
                structured content like essays, documents, code files, etc. that are generated
                by AI agents during a chat session and are best displayed separately from the
                normal chat flow. Fields: - id: Unique identifier for the artifact - title:
                Title or identifier for the artifact - content: The markdown-styled content of
                the artifact - file_extension: The extension of the file (e.g., 'py', 'md',
                'html', 'json', 'csv') - chat_message: Reference to the chat message that
                contains this artifact - llm_name: Name of the LLM that generated the artifact -
                llm_provider: Provider of the LLM (e.g., 'openai', 'google', 'anthropic') -
                date_created: Timestamp when the artifact was created - date_updated: Timestamp
                when the artifact was last updated - metadata: Additional metadata for the
                artifact - username: Username of the student who owns the artifact (read-only) -
                session_id: UUID of the session that generated the artifact (read-only)
                Read-only fields: - id, date_created, date_updated, username, session_id
            Or the body's fields as keywords instead of body=: title, metadata

        Returns:
            Artifact
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.artifacts.update",
            body,
            ArtifactRequest,
            ["title"],
            (
                ("title", "title", title),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_artifacts_update.OPERATION,
            _ai_mentor_orgs_users_artifacts_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersArtifactsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.artifacts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersArtifactsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def versions(self) -> AiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse:
        from .versions import AiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse

        return AiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse(self._resource.versions)


class AsyncAiMentorOrgsUsersArtifactsResource:
    """`AsyncClient.ai_mentor.orgs.users.artifacts`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersArtifactsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersArtifactsResourceWithRawResponse(self)

    @cached_property
    def versions(self) -> AsyncAiMentorOrgsUsersArtifactsVersionsResource:
        from .versions import AsyncAiMentorOrgsUsersArtifactsVersionsResource

        return AsyncAiMentorOrgsUsersArtifactsVersionsResource(self._client)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
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
    ) -> PaginatedArtifactListList:
        """List artifacts

        Retrieve a paginated list of artifacts for a user, with optional filtering and search.

        Args:
            org (str, path)
            user_id (str, path)
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
            PaginatedArtifactListList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_artifacts_list.OPERATION,
            _ai_mentor_orgs_users_artifacts_list.build_request(
                org=org,
                user_id=user_id,
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
    ) -> AsyncIterator[ArtifactList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_artifacts_list.OPERATION,
            _ai_mentor_orgs_users_artifacts_list.build_request(
                org=org,
                user_id=user_id,
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
            _ai_mentor_orgs_users_artifacts_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ArtifactRequest,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        title: str,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ArtifactRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Artifacts cannot be created via API. They are created by LLMs via chat messages.

        Args:
            org (str, path)
            user_id (str, path)
            body (ArtifactRequest, request body): Serializer for Artifact model. Artifacts are
                structured content like essays, documents, code files, etc. that are generated
                by AI agents during a chat session and are best displayed separately from the
                normal chat flow. Fields: - id: Unique identifier for the artifact - title:
                Title or identifier for the artifact - content: The markdown-styled content of
                the artifact - file_extension: The extension of the file (e.g., 'py', 'md',
                'html', 'json', 'csv') - chat_message: Reference to the chat message that
                contains this artifact - llm_name: Name of the LLM that generated the artifact -
                llm_provider: Provider of the LLM (e.g., 'openai', 'google', 'anthropic') -
                date_created: Timestamp when the artifact was created - date_updated: Timestamp
                when the artifact was last updated - metadata: Additional metadata for the
                artifact - username: Username of the student who owns the artifact (read-only) -
                session_id: UUID of the session that generated the artifact (read-only)
                Read-only fields: - id, date_created, date_updated, username, session_id
            Or the body's fields as keywords instead of body=: title, metadata

        Returns:
            Artifact
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.artifacts.create",
            body,
            ArtifactRequest,
            ["title"],
            (
                ("title", "title", title),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_artifacts_create.OPERATION,
            _ai_mentor_orgs_users_artifacts_create.build_request(
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
        """Delete an artifact

        Delete a specific artifact.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_artifacts_destroy.OPERATION,
            _ai_mentor_orgs_users_artifacts_destroy.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Retrieve an artifact

        Get detailed information about a specific artifact including its full content.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            Artifact
        """
        return await self._client._send(
            _ai_mentor_orgs_users_artifacts_retrieve.OPERATION,
            _ai_mentor_orgs_users_artifacts_retrieve.build_request(org=org, user_id=user_id, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedArtifact | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        title: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedArtifact | Unset = UNSET,
        title: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Partially update an artifact

        Update specific fields of an artifact.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedArtifact | Unset, request body): Serializer for Artifact model.
                Artifacts are structured content like essays, documents, code files, etc. that
                are generated by AI agents during a chat session and are best displayed
                separately from the normal chat flow. Fields: - id: Unique identifier for the
                artifact - title: Title or identifier for the artifact - content: The
                markdown-styled content of the artifact - file_extension: The extension of the
                file (e.g., 'py', 'md', 'html', 'json', 'csv') - chat_message: Reference to the
                chat message that contains this artifact - llm_name: Name of the LLM that
                generated the artifact - llm_provider: Provider of the LLM (e.g., 'openai',
                'google', 'anthropic') - date_created: Timestamp when the artifact was created -
                date_updated: Timestamp when the artifact was last updated - metadata:
                Additional metadata for the artifact - username: Username of the student who
                owns the artifact (read-only) - session_id: UUID of the session that generated
                the artifact (read-only) Read-only fields: - id, date_created, date_updated,
                username, session_id
            Or the body's fields as keywords instead of body=: title, metadata

        Returns:
            Artifact
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.artifacts.partial_update",
            body,
            PatchedArtifact,
            [],
            (
                ("title", "title", title),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_artifacts_partial_update.OPERATION,
            _ai_mentor_orgs_users_artifacts_partial_update.build_request(
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
        body: ArtifactRequest,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        title: str,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: ArtifactRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Update an artifact

        Update all fields of an artifact (excluding session reference).

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (ArtifactRequest, request body): Serializer for Artifact model. Artifacts are
                structured content like essays, documents, code files, etc. that are generated
                by AI agents during a chat session and are best displayed separately from the
                normal chat flow. Fields: - id: Unique identifier for the artifact - title:
                Title or identifier for the artifact - content: The markdown-styled content of
                the artifact - file_extension: The extension of the file (e.g., 'py', 'md',
                'html', 'json', 'csv') - chat_message: Reference to the chat message that
                contains this artifact - llm_name: Name of the LLM that generated the artifact -
                llm_provider: Provider of the LLM (e.g., 'openai', 'google', 'anthropic') -
                date_created: Timestamp when the artifact was created - date_updated: Timestamp
                when the artifact was last updated - metadata: Additional metadata for the
                artifact - username: Username of the student who owns the artifact (read-only) -
                session_id: UUID of the session that generated the artifact (read-only)
                Read-only fields: - id, date_created, date_updated, username, session_id
            Or the body's fields as keywords instead of body=: title, metadata

        Returns:
            Artifact
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.artifacts.update",
            body,
            ArtifactRequest,
            ["title"],
            (
                ("title", "title", title),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_artifacts_update.OPERATION,
            _ai_mentor_orgs_users_artifacts_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersArtifactsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.artifacts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersArtifactsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def versions(self) -> AsyncAiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse:
        from .versions import AsyncAiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersArtifactsVersionsResourceWithRawResponse(
            self._resource.versions
        )
