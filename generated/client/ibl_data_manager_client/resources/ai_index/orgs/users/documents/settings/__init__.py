"""`Client.ai_index.orgs.users.documents.settings`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_index import (
    ai_index_orgs_users_documents_settings_create as _ai_index_orgs_users_documents_settings_create,
)
from .......api.ai_index import (
    ai_index_orgs_users_documents_settings_retrieve as _ai_index_orgs_users_documents_settings_retrieve,
)
from .......models.document_settings_response import DocumentSettingsResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiIndexOrgsUsersDocumentsSettingsResource",
    "AiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsSettingsResource",
    "AsyncAiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsSettingsResource:
    """`Client.ai_index.orgs.users.documents.settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        **options: Unpack[RequestOptions],
    ) -> DocumentSettingsResponse:
        """Retrieve document settings with RBAC permission checks.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)

        Returns:
            DocumentSettingsResponse
        """
        return self._client._send(
            _ai_index_orgs_users_documents_settings_retrieve.OPERATION,
            _ai_index_orgs_users_documents_settings_retrieve.build_request(
                org=org, user_id=user_id, document_id=document_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        body: DocumentSettingsResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentSettingsResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        retrain_interval_days: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentSettingsResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        body: DocumentSettingsResponse | Unset = UNSET,
        retrain_interval_days: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentSettingsResponse:
        """Update document settings with RBAC permission checks.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)
            body (DocumentSettingsResponse | Unset, request body)
            Or the body's fields as keywords instead of body=: retrain_interval_days

        Returns:
            DocumentSettingsResponse
        """
        body = optional_body_from_fields(
            "ai_index.orgs.users.documents.settings.create",
            body,
            DocumentSettingsResponse,
            [],
            (("retrain_interval_days", "retrain_interval_days", retrain_interval_days),),
        )
        return self._client._send(
            _ai_index_orgs_users_documents_settings_create.OPERATION,
            _ai_index_orgs_users_documents_settings_create.build_request(
                org=org, user_id=user_id, document_id=document_id, body=body
            ),
            options,
        )


class AiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents.settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsSettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiIndexOrgsUsersDocumentsSettingsResource:
    """`AsyncClient.ai_index.orgs.users.documents.settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        **options: Unpack[RequestOptions],
    ) -> DocumentSettingsResponse:
        """Retrieve document settings with RBAC permission checks.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)

        Returns:
            DocumentSettingsResponse
        """
        return await self._client._send(
            _ai_index_orgs_users_documents_settings_retrieve.OPERATION,
            _ai_index_orgs_users_documents_settings_retrieve.build_request(
                org=org, user_id=user_id, document_id=document_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        body: DocumentSettingsResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentSettingsResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        retrain_interval_days: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentSettingsResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        document_id: str,
        body: DocumentSettingsResponse | Unset = UNSET,
        retrain_interval_days: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentSettingsResponse:
        """Update document settings with RBAC permission checks.

        Args:
            org (str, path)
            user_id (str, path)
            document_id (str, path)
            body (DocumentSettingsResponse | Unset, request body)
            Or the body's fields as keywords instead of body=: retrain_interval_days

        Returns:
            DocumentSettingsResponse
        """
        body = optional_body_from_fields(
            "ai_index.orgs.users.documents.settings.create",
            body,
            DocumentSettingsResponse,
            [],
            (("retrain_interval_days", "retrain_interval_days", retrain_interval_days),),
        )
        return await self._client._send(
            _ai_index_orgs_users_documents_settings_create.OPERATION,
            _ai_index_orgs_users_documents_settings_create.build_request(
                org=org, user_id=user_id, document_id=document_id, body=body
            ),
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsSettingsResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents.settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsSettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
