"""`Client.ai_index.orgs.users.documents.train`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_index import (
    ai_index_orgs_users_documents_train_create as _ai_index_orgs_users_documents_train_create,
)
from .......models.ai_index_orgs_users_documents_train_create_body import (
    AiIndexOrgsUsersDocumentsTrainCreateBody,
)
from .......models.ai_index_orgs_users_documents_train_create_body_crawler_pattern_type import (
    AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType,
)
from .......models.train_document_view_response import TrainDocumentViewResponse
from .......types import UNSET, File, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .retriever import (
        AiIndexOrgsUsersDocumentsTrainRetrieverResource,
        AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource,
        AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse,
    )

__all__ = [
    "AiIndexOrgsUsersDocumentsTrainResource",
    "AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsTrainResource",
    "AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsTrainResource:
    """`Client.ai_index.orgs.users.documents.train`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse(self)

    @cached_property
    def retriever(self) -> AiIndexOrgsUsersDocumentsTrainRetrieverResource:
        from .retriever import AiIndexOrgsUsersDocumentsTrainRetrieverResource

        return AiIndexOrgsUsersDocumentsTrainRetrieverResource(self._client)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainCreateBody,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        type_: str,
        pathway: str | Unset = UNSET,
        url: str | Unset = UNSET,
        text: str | Unset = UNSET,
        translate: bool | Unset = UNSET,
        file: File | Unset = UNSET,
        access: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        google_drive_auth_data: Any | Unset = UNSET,
        dropbox_auth_data: Any | Unset = UNSET,
        crawler_max_depth: int | Unset = UNSET,
        crawler_max_pages_limit: int | Unset = UNSET,
        crawler_max_concurrency: int | Unset = UNSET,
        crawler_match_patterns: list[str] | Unset = UNSET,
        crawler_pattern_type: AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType
        | Unset = UNSET,
        custom_metadata: Any | Unset = UNSET,
        add_to_document_pool: bool | Unset = UNSET,
        document_pool_only: bool | Unset = UNSET,
        user_image_description: str | Unset = UNSET,
        github_access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainCreateBody | Unset = UNSET,
        type_: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        url: str | Unset = UNSET,
        text: str | Unset = UNSET,
        translate: bool | Unset = UNSET,
        file: File | Unset = UNSET,
        access: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        google_drive_auth_data: Any | Unset = UNSET,
        dropbox_auth_data: Any | Unset = UNSET,
        crawler_max_depth: int | Unset = UNSET,
        crawler_max_pages_limit: int | Unset = UNSET,
        crawler_max_concurrency: int | Unset = UNSET,
        crawler_match_patterns: list[str] | Unset = UNSET,
        crawler_pattern_type: AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType
        | Unset = UNSET,
        custom_metadata: Any | Unset = UNSET,
        add_to_document_pool: bool | Unset = UNSET,
        document_pool_only: bool | Unset = UNSET,
        user_image_description: str | Unset = UNSET,
        github_access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse:
        """Train a document through a worker process.  This endpoint queues larger documents for
        training through a worker process, which is more suitable for handling documents that
        would take too long to process directly.  Args:     request: The HTTP request containing
        the document information.     org: Organization key identifier.  Returns:     Response:
        A confirmation that the document was queued for training,              including a task
        ID for tracking the progress.  Raises:     ValidationError: If the request data is
        invalid.     BadRequest: If there was an error processing the document.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiIndexOrgsUsersDocumentsTrainCreateBody, request body)
            Or the body's fields as keywords instead of body=: type_, pathway, url, text,
                translate, file, access, branch, google_drive_auth_data, dropbox_auth_data,
                crawler_max_depth, crawler_max_pages_limit, crawler_max_concurrency,
                crawler_match_patterns, crawler_pattern_type, custom_metadata,
                add_to_document_pool, document_pool_only, user_image_description,
                github_access_token

        Returns:
            TrainDocumentViewResponse
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.train.create",
            body,
            AiIndexOrgsUsersDocumentsTrainCreateBody,
            ["type_"],
            (
                ("type_", "type_", type_),
                ("pathway", "pathway", pathway),
                ("url", "url", url),
                ("text", "text", text),
                ("translate", "translate", translate),
                ("file", "file", file),
                ("access", "access", access),
                ("branch", "branch", branch),
                ("google_drive_auth_data", "google_drive_auth_data", google_drive_auth_data),
                ("dropbox_auth_data", "dropbox_auth_data", dropbox_auth_data),
                ("crawler_max_depth", "crawler_max_depth", crawler_max_depth),
                ("crawler_max_pages_limit", "crawler_max_pages_limit", crawler_max_pages_limit),
                ("crawler_max_concurrency", "crawler_max_concurrency", crawler_max_concurrency),
                ("crawler_match_patterns", "crawler_match_patterns", crawler_match_patterns),
                ("crawler_pattern_type", "crawler_pattern_type", crawler_pattern_type),
                ("custom_metadata", "custom_metadata", custom_metadata),
                ("add_to_document_pool", "add_to_document_pool", add_to_document_pool),
                ("document_pool_only", "document_pool_only", document_pool_only),
                ("user_image_description", "user_image_description", user_image_description),
                ("github_access_token", "github_access_token", github_access_token),
            ),
        )
        return self._client._send(
            _ai_index_orgs_users_documents_train_create.OPERATION,
            _ai_index_orgs_users_documents_train_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents.train`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsTrainResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)

    @cached_property
    def retriever(self) -> AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse:
        from .retriever import AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse

        return AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse(
            self._resource.retriever
        )


class AsyncAiIndexOrgsUsersDocumentsTrainResource:
    """`AsyncClient.ai_index.orgs.users.documents.train`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse(self)

    @cached_property
    def retriever(self) -> AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource:
        from .retriever import AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource

        return AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource(self._client)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainCreateBody,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        type_: str,
        pathway: str | Unset = UNSET,
        url: str | Unset = UNSET,
        text: str | Unset = UNSET,
        translate: bool | Unset = UNSET,
        file: File | Unset = UNSET,
        access: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        google_drive_auth_data: Any | Unset = UNSET,
        dropbox_auth_data: Any | Unset = UNSET,
        crawler_max_depth: int | Unset = UNSET,
        crawler_max_pages_limit: int | Unset = UNSET,
        crawler_max_concurrency: int | Unset = UNSET,
        crawler_match_patterns: list[str] | Unset = UNSET,
        crawler_pattern_type: AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType
        | Unset = UNSET,
        custom_metadata: Any | Unset = UNSET,
        add_to_document_pool: bool | Unset = UNSET,
        document_pool_only: bool | Unset = UNSET,
        user_image_description: str | Unset = UNSET,
        github_access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainCreateBody | Unset = UNSET,
        type_: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        url: str | Unset = UNSET,
        text: str | Unset = UNSET,
        translate: bool | Unset = UNSET,
        file: File | Unset = UNSET,
        access: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        google_drive_auth_data: Any | Unset = UNSET,
        dropbox_auth_data: Any | Unset = UNSET,
        crawler_max_depth: int | Unset = UNSET,
        crawler_max_pages_limit: int | Unset = UNSET,
        crawler_max_concurrency: int | Unset = UNSET,
        crawler_match_patterns: list[str] | Unset = UNSET,
        crawler_pattern_type: AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType
        | Unset = UNSET,
        custom_metadata: Any | Unset = UNSET,
        add_to_document_pool: bool | Unset = UNSET,
        document_pool_only: bool | Unset = UNSET,
        user_image_description: str | Unset = UNSET,
        github_access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse:
        """Train a document through a worker process.  This endpoint queues larger documents for
        training through a worker process, which is more suitable for handling documents that
        would take too long to process directly.  Args:     request: The HTTP request containing
        the document information.     org: Organization key identifier.  Returns:     Response:
        A confirmation that the document was queued for training,              including a task
        ID for tracking the progress.  Raises:     ValidationError: If the request data is
        invalid.     BadRequest: If there was an error processing the document.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiIndexOrgsUsersDocumentsTrainCreateBody, request body)
            Or the body's fields as keywords instead of body=: type_, pathway, url, text,
                translate, file, access, branch, google_drive_auth_data, dropbox_auth_data,
                crawler_max_depth, crawler_max_pages_limit, crawler_max_concurrency,
                crawler_match_patterns, crawler_pattern_type, custom_metadata,
                add_to_document_pool, document_pool_only, user_image_description,
                github_access_token

        Returns:
            TrainDocumentViewResponse
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.train.create",
            body,
            AiIndexOrgsUsersDocumentsTrainCreateBody,
            ["type_"],
            (
                ("type_", "type_", type_),
                ("pathway", "pathway", pathway),
                ("url", "url", url),
                ("text", "text", text),
                ("translate", "translate", translate),
                ("file", "file", file),
                ("access", "access", access),
                ("branch", "branch", branch),
                ("google_drive_auth_data", "google_drive_auth_data", google_drive_auth_data),
                ("dropbox_auth_data", "dropbox_auth_data", dropbox_auth_data),
                ("crawler_max_depth", "crawler_max_depth", crawler_max_depth),
                ("crawler_max_pages_limit", "crawler_max_pages_limit", crawler_max_pages_limit),
                ("crawler_max_concurrency", "crawler_max_concurrency", crawler_max_concurrency),
                ("crawler_match_patterns", "crawler_match_patterns", crawler_match_patterns),
                ("crawler_pattern_type", "crawler_pattern_type", crawler_pattern_type),
                ("custom_metadata", "custom_metadata", custom_metadata),
                ("add_to_document_pool", "add_to_document_pool", add_to_document_pool),
                ("document_pool_only", "document_pool_only", document_pool_only),
                ("user_image_description", "user_image_description", user_image_description),
                ("github_access_token", "github_access_token", github_access_token),
            ),
        )
        return await self._client._send(
            _ai_index_orgs_users_documents_train_create.OPERATION,
            _ai_index_orgs_users_documents_train_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents.train`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsTrainResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def retriever(self) -> AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse:
        from .retriever import AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse

        return AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse(
            self._resource.retriever
        )
