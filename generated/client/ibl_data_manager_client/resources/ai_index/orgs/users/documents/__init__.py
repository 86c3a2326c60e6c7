"""`Client.ai_index.orgs.users.documents`: 3 operations and 7 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_index import (
    ai_index_orgs_users_documents_destroy as _ai_index_orgs_users_documents_destroy,
)
from ......api.ai_index import (
    ai_index_orgs_users_documents_retrieve as _ai_index_orgs_users_documents_retrieve,
)
from ......api.ai_index import (
    ai_index_orgs_users_documents_update as _ai_index_orgs_users_documents_update,
)
from ......models.ai_index_orgs_users_documents_update_body import (
    AiIndexOrgsUsersDocumentsUpdateBody,
)
from ......models.ai_index_orgs_users_documents_update_body_access import (
    AiIndexOrgsUsersDocumentsUpdateBodyAccess,
)
from ......models.ai_index_orgs_users_documents_update_body_crawler_pattern_type import (
    AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType,
)
from ......models.retriever_document_embedding import RetrieverDocumentEmbedding
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .document_from_pool import (
        AiIndexOrgsUsersDocumentsDocumentFromPoolResource,
        AiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResource,
        AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse,
    )
    from .pathways import (
        AiIndexOrgsUsersDocumentsPathwaysResource,
        AiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsPathwaysResource,
        AsyncAiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse,
    )
    from .search import (
        AiIndexOrgsUsersDocumentsSearchResource,
        AiIndexOrgsUsersDocumentsSearchResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsSearchResource,
        AsyncAiIndexOrgsUsersDocumentsSearchResourceWithRawResponse,
    )
    from .settings import (
        AiIndexOrgsUsersDocumentsSettingsResource,
        AiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsSettingsResource,
        AsyncAiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse,
    )
    from .sources import (
        AiIndexOrgsUsersDocumentsSourcesResource,
        AiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsSourcesResource,
        AsyncAiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse,
    )
    from .tasks import (
        AiIndexOrgsUsersDocumentsTasksResource,
        AiIndexOrgsUsersDocumentsTasksResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsTasksResource,
        AsyncAiIndexOrgsUsersDocumentsTasksResourceWithRawResponse,
    )
    from .train import (
        AiIndexOrgsUsersDocumentsTrainResource,
        AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsTrainResource,
        AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse,
    )

__all__ = [
    "AiIndexOrgsUsersDocumentsResource",
    "AiIndexOrgsUsersDocumentsResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsResource",
    "AsyncAiIndexOrgsUsersDocumentsResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsResource:
    """`Client.ai_index.orgs.users.documents`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsResourceWithRawResponse(self)

    @cached_property
    def document_from_pool(self) -> AiIndexOrgsUsersDocumentsDocumentFromPoolResource:
        from .document_from_pool import AiIndexOrgsUsersDocumentsDocumentFromPoolResource

        return AiIndexOrgsUsersDocumentsDocumentFromPoolResource(self._client)

    @cached_property
    def pathways(self) -> AiIndexOrgsUsersDocumentsPathwaysResource:
        from .pathways import AiIndexOrgsUsersDocumentsPathwaysResource

        return AiIndexOrgsUsersDocumentsPathwaysResource(self._client)

    @cached_property
    def search(self) -> AiIndexOrgsUsersDocumentsSearchResource:
        from .search import AiIndexOrgsUsersDocumentsSearchResource

        return AiIndexOrgsUsersDocumentsSearchResource(self._client)

    @cached_property
    def settings(self) -> AiIndexOrgsUsersDocumentsSettingsResource:
        from .settings import AiIndexOrgsUsersDocumentsSettingsResource

        return AiIndexOrgsUsersDocumentsSettingsResource(self._client)

    @cached_property
    def sources(self) -> AiIndexOrgsUsersDocumentsSourcesResource:
        from .sources import AiIndexOrgsUsersDocumentsSourcesResource

        return AiIndexOrgsUsersDocumentsSourcesResource(self._client)

    @cached_property
    def tasks(self) -> AiIndexOrgsUsersDocumentsTasksResource:
        from .tasks import AiIndexOrgsUsersDocumentsTasksResource

        return AiIndexOrgsUsersDocumentsTasksResource(self._client)

    @cached_property
    def train(self) -> AiIndexOrgsUsersDocumentsTrainResource:
        from .train import AiIndexOrgsUsersDocumentsTrainResource

        return AiIndexOrgsUsersDocumentsTrainResource(self._client)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific document embedding.  This endpoint removes a document embedding from
        the system, including untraining it from any associated pathways.  Args:     request:
        The HTTP request.     org: Organization key identifier.     document_id: The ID of the
        document embedding to delete.  Returns:     Response: An empty response with a 204
        status code if successful.  Raises:     NotFound: If the specified document embedding
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_index_orgs_users_documents_destroy.OPERATION,
            _ai_index_orgs_users_documents_destroy.build_request(
                org=org, user_id=user_id, document_id=document_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        **options: Unpack[RequestOptions],
    ) -> RetrieverDocumentEmbedding:
        """Retrieve details of a specific document embedding.  This endpoint returns detailed
        information about a specific document embedding identified by its ID.  Args:
        request: The HTTP request.     org: Organization key identifier.     document_id: The ID
        of the document embedding to retrieve.  Returns:     Response: Detailed information
        about the document embedding.  Raises:     NotFound: If the specified document embedding
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)

        Returns:
            RetrieverDocumentEmbedding
        """
        return self._client._send(
            _ai_index_orgs_users_documents_retrieve.OPERATION,
            _ai_index_orgs_users_documents_retrieve.build_request(
                org=org, user_id=user_id, document_id=document_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        body: AiIndexOrgsUsersDocumentsUpdateBody,
        **options: Unpack[RequestOptions],
    ) -> RetrieverDocumentEmbedding: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        pathway: str,
        document_name: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        url: str | Unset = UNSET,
        train: bool | Unset = UNSET,
        crawler_max_depth: int | Unset = UNSET,
        crawler_max_pages_limit: int | Unset = UNSET,
        crawler_max_concurrency: int | Unset = UNSET,
        crawler_match_patterns: list[str] | Unset = UNSET,
        crawler_pattern_type: AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType | Unset = UNSET,
        access: AiIndexOrgsUsersDocumentsUpdateBodyAccess | Unset = UNSET,
        google_drive_auth_data: Any | Unset = UNSET,
        dropbox_auth_data: Any | Unset = UNSET,
        custom_metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RetrieverDocumentEmbedding: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        body: AiIndexOrgsUsersDocumentsUpdateBody | Unset = UNSET,
        pathway: str | Unset = UNSET,
        document_name: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        url: str | Unset = UNSET,
        train: bool | Unset = UNSET,
        crawler_max_depth: int | Unset = UNSET,
        crawler_max_pages_limit: int | Unset = UNSET,
        crawler_max_concurrency: int | Unset = UNSET,
        crawler_match_patterns: list[str] | Unset = UNSET,
        crawler_pattern_type: AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType | Unset = UNSET,
        access: AiIndexOrgsUsersDocumentsUpdateBodyAccess | Unset = UNSET,
        google_drive_auth_data: Any | Unset = UNSET,
        dropbox_auth_data: Any | Unset = UNSET,
        custom_metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RetrieverDocumentEmbedding:
        """Update a specific document embedding.  This endpoint allows updating various properties
        of a document embedding, including its name, type, pathway, and training status.  Args:
        request: The HTTP request containing the updated document data.     org: Organization
        key identifier.     document_id: The ID of the document embedding to update.  Returns:
        Response: The updated document embedding information.  Raises:     BadRequest: If the
        provided data is invalid.     NotFound: If the specified document embedding does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)
            body (AiIndexOrgsUsersDocumentsUpdateBody, request body)
            Or the body's fields as keywords instead of body=: pathway, document_name,
                document_type, url, train, crawler_max_depth, crawler_max_pages_limit,
                crawler_max_concurrency, crawler_match_patterns, crawler_pattern_type, access,
                google_drive_auth_data, dropbox_auth_data, custom_metadata

        Returns:
            RetrieverDocumentEmbedding
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.update",
            body,
            AiIndexOrgsUsersDocumentsUpdateBody,
            ["pathway"],
            (
                ("pathway", "pathway", pathway),
                ("document_name", "document_name", document_name),
                ("document_type", "document_type", document_type),
                ("url", "url", url),
                ("train", "train", train),
                ("crawler_max_depth", "crawler_max_depth", crawler_max_depth),
                ("crawler_max_pages_limit", "crawler_max_pages_limit", crawler_max_pages_limit),
                ("crawler_max_concurrency", "crawler_max_concurrency", crawler_max_concurrency),
                ("crawler_match_patterns", "crawler_match_patterns", crawler_match_patterns),
                ("crawler_pattern_type", "crawler_pattern_type", crawler_pattern_type),
                ("access", "access", access),
                ("google_drive_auth_data", "google_drive_auth_data", google_drive_auth_data),
                ("dropbox_auth_data", "dropbox_auth_data", dropbox_auth_data),
                ("custom_metadata", "custom_metadata", custom_metadata),
            ),
        )
        return self._client._send(
            _ai_index_orgs_users_documents_update.OPERATION,
            _ai_index_orgs_users_documents_update.build_request(
                org=org, user_id=user_id, document_id=document_id, body=body
            ),
            options,
        )


class AiIndexOrgsUsersDocumentsResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)

    @cached_property
    def document_from_pool(
        self,
    ) -> AiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse:
        from .document_from_pool import (
            AiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse,
        )

        return AiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse(
            self._resource.document_from_pool
        )

    @cached_property
    def pathways(self) -> AiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse:
        from .pathways import AiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse

        return AiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse(self._resource.pathways)

    @cached_property
    def search(self) -> AiIndexOrgsUsersDocumentsSearchResourceWithRawResponse:
        from .search import AiIndexOrgsUsersDocumentsSearchResourceWithRawResponse

        return AiIndexOrgsUsersDocumentsSearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def settings(self) -> AiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse:
        from .settings import AiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse

        return AiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse(self._resource.settings)

    @cached_property
    def sources(self) -> AiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse:
        from .sources import AiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse

        return AiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse(self._resource.sources)

    @cached_property
    def tasks(self) -> AiIndexOrgsUsersDocumentsTasksResourceWithRawResponse:
        from .tasks import AiIndexOrgsUsersDocumentsTasksResourceWithRawResponse

        return AiIndexOrgsUsersDocumentsTasksResourceWithRawResponse(self._resource.tasks)

    @cached_property
    def train(self) -> AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
        from .train import AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse

        return AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse(self._resource.train)


class AsyncAiIndexOrgsUsersDocumentsResource:
    """`AsyncClient.ai_index.orgs.users.documents`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersDocumentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsResourceWithRawResponse(self)

    @cached_property
    def document_from_pool(self) -> AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResource:
        from .document_from_pool import AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResource

        return AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResource(self._client)

    @cached_property
    def pathways(self) -> AsyncAiIndexOrgsUsersDocumentsPathwaysResource:
        from .pathways import AsyncAiIndexOrgsUsersDocumentsPathwaysResource

        return AsyncAiIndexOrgsUsersDocumentsPathwaysResource(self._client)

    @cached_property
    def search(self) -> AsyncAiIndexOrgsUsersDocumentsSearchResource:
        from .search import AsyncAiIndexOrgsUsersDocumentsSearchResource

        return AsyncAiIndexOrgsUsersDocumentsSearchResource(self._client)

    @cached_property
    def settings(self) -> AsyncAiIndexOrgsUsersDocumentsSettingsResource:
        from .settings import AsyncAiIndexOrgsUsersDocumentsSettingsResource

        return AsyncAiIndexOrgsUsersDocumentsSettingsResource(self._client)

    @cached_property
    def sources(self) -> AsyncAiIndexOrgsUsersDocumentsSourcesResource:
        from .sources import AsyncAiIndexOrgsUsersDocumentsSourcesResource

        return AsyncAiIndexOrgsUsersDocumentsSourcesResource(self._client)

    @cached_property
    def tasks(self) -> AsyncAiIndexOrgsUsersDocumentsTasksResource:
        from .tasks import AsyncAiIndexOrgsUsersDocumentsTasksResource

        return AsyncAiIndexOrgsUsersDocumentsTasksResource(self._client)

    @cached_property
    def train(self) -> AsyncAiIndexOrgsUsersDocumentsTrainResource:
        from .train import AsyncAiIndexOrgsUsersDocumentsTrainResource

        return AsyncAiIndexOrgsUsersDocumentsTrainResource(self._client)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific document embedding.  This endpoint removes a document embedding from
        the system, including untraining it from any associated pathways.  Args:     request:
        The HTTP request.     org: Organization key identifier.     document_id: The ID of the
        document embedding to delete.  Returns:     Response: An empty response with a 204
        status code if successful.  Raises:     NotFound: If the specified document embedding
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_index_orgs_users_documents_destroy.OPERATION,
            _ai_index_orgs_users_documents_destroy.build_request(
                org=org, user_id=user_id, document_id=document_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        **options: Unpack[RequestOptions],
    ) -> RetrieverDocumentEmbedding:
        """Retrieve details of a specific document embedding.  This endpoint returns detailed
        information about a specific document embedding identified by its ID.  Args:
        request: The HTTP request.     org: Organization key identifier.     document_id: The ID
        of the document embedding to retrieve.  Returns:     Response: Detailed information
        about the document embedding.  Raises:     NotFound: If the specified document embedding
        does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)

        Returns:
            RetrieverDocumentEmbedding
        """
        return await self._client._send(
            _ai_index_orgs_users_documents_retrieve.OPERATION,
            _ai_index_orgs_users_documents_retrieve.build_request(
                org=org, user_id=user_id, document_id=document_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        body: AiIndexOrgsUsersDocumentsUpdateBody,
        **options: Unpack[RequestOptions],
    ) -> RetrieverDocumentEmbedding: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        pathway: str,
        document_name: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        url: str | Unset = UNSET,
        train: bool | Unset = UNSET,
        crawler_max_depth: int | Unset = UNSET,
        crawler_max_pages_limit: int | Unset = UNSET,
        crawler_max_concurrency: int | Unset = UNSET,
        crawler_match_patterns: list[str] | Unset = UNSET,
        crawler_pattern_type: AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType | Unset = UNSET,
        access: AiIndexOrgsUsersDocumentsUpdateBodyAccess | Unset = UNSET,
        google_drive_auth_data: Any | Unset = UNSET,
        dropbox_auth_data: Any | Unset = UNSET,
        custom_metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RetrieverDocumentEmbedding: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        body: AiIndexOrgsUsersDocumentsUpdateBody | Unset = UNSET,
        pathway: str | Unset = UNSET,
        document_name: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        url: str | Unset = UNSET,
        train: bool | Unset = UNSET,
        crawler_max_depth: int | Unset = UNSET,
        crawler_max_pages_limit: int | Unset = UNSET,
        crawler_max_concurrency: int | Unset = UNSET,
        crawler_match_patterns: list[str] | Unset = UNSET,
        crawler_pattern_type: AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType | Unset = UNSET,
        access: AiIndexOrgsUsersDocumentsUpdateBodyAccess | Unset = UNSET,
        google_drive_auth_data: Any | Unset = UNSET,
        dropbox_auth_data: Any | Unset = UNSET,
        custom_metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RetrieverDocumentEmbedding:
        """Update a specific document embedding.  This endpoint allows updating various properties
        of a document embedding, including its name, type, pathway, and training status.  Args:
        request: The HTTP request containing the updated document data.     org: Organization
        key identifier.     document_id: The ID of the document embedding to update.  Returns:
        Response: The updated document embedding information.  Raises:     BadRequest: If the
        provided data is invalid.     NotFound: If the specified document embedding does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)
            body (AiIndexOrgsUsersDocumentsUpdateBody, request body)
            Or the body's fields as keywords instead of body=: pathway, document_name,
                document_type, url, train, crawler_max_depth, crawler_max_pages_limit,
                crawler_max_concurrency, crawler_match_patterns, crawler_pattern_type, access,
                google_drive_auth_data, dropbox_auth_data, custom_metadata

        Returns:
            RetrieverDocumentEmbedding
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.update",
            body,
            AiIndexOrgsUsersDocumentsUpdateBody,
            ["pathway"],
            (
                ("pathway", "pathway", pathway),
                ("document_name", "document_name", document_name),
                ("document_type", "document_type", document_type),
                ("url", "url", url),
                ("train", "train", train),
                ("crawler_max_depth", "crawler_max_depth", crawler_max_depth),
                ("crawler_max_pages_limit", "crawler_max_pages_limit", crawler_max_pages_limit),
                ("crawler_max_concurrency", "crawler_max_concurrency", crawler_max_concurrency),
                ("crawler_match_patterns", "crawler_match_patterns", crawler_match_patterns),
                ("crawler_pattern_type", "crawler_pattern_type", crawler_pattern_type),
                ("access", "access", access),
                ("google_drive_auth_data", "google_drive_auth_data", google_drive_auth_data),
                ("dropbox_auth_data", "dropbox_auth_data", dropbox_auth_data),
                ("custom_metadata", "custom_metadata", custom_metadata),
            ),
        )
        return await self._client._send(
            _ai_index_orgs_users_documents_update.OPERATION,
            _ai_index_orgs_users_documents_update.build_request(
                org=org, user_id=user_id, document_id=document_id, body=body
            ),
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def document_from_pool(
        self,
    ) -> AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse:
        from .document_from_pool import (
            AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse,
        )

        return AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse(
            self._resource.document_from_pool
        )

    @cached_property
    def pathways(self) -> AsyncAiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse:
        from .pathways import AsyncAiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse

        return AsyncAiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse(
            self._resource.pathways
        )

    @cached_property
    def search(self) -> AsyncAiIndexOrgsUsersDocumentsSearchResourceWithRawResponse:
        from .search import AsyncAiIndexOrgsUsersDocumentsSearchResourceWithRawResponse

        return AsyncAiIndexOrgsUsersDocumentsSearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def settings(self) -> AsyncAiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse:
        from .settings import AsyncAiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse

        return AsyncAiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse(
            self._resource.settings
        )

    @cached_property
    def sources(self) -> AsyncAiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse:
        from .sources import AsyncAiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse

        return AsyncAiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse(self._resource.sources)

    @cached_property
    def tasks(self) -> AsyncAiIndexOrgsUsersDocumentsTasksResourceWithRawResponse:
        from .tasks import AsyncAiIndexOrgsUsersDocumentsTasksResourceWithRawResponse

        return AsyncAiIndexOrgsUsersDocumentsTasksResourceWithRawResponse(self._resource.tasks)

    @cached_property
    def train(self) -> AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
        from .train import AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse

        return AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse(self._resource.train)
