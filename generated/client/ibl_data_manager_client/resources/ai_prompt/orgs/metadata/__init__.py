"""`Client.ai_prompt.orgs.metadata`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_prompt import ai_prompt_orgs_metadata_create as _ai_prompt_orgs_metadata_create
from .....models.metadata import Metadata
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsMetadataResource",
    "AiPromptOrgsMetadataResourceWithRawResponse",
    "AsyncAiPromptOrgsMetadataResource",
    "AsyncAiPromptOrgsMetadataResourceWithRawResponse",
]


class AiPromptOrgsMetadataResource:
    """`Client.ai_prompt.orgs.metadata`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsMetadataResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        body: Metadata,
        **options: Unpack[RequestOptions],
    ) -> Metadata: ...

    @overload
    def create(
        self,
        *,
        org: str,
        metadata: Any,
        prompt: str | Unset = UNSET,
        prompt_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Metadata: ...

    def create(
        self,
        *,
        org: str,
        body: Metadata | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        prompt: str | Unset = UNSET,
        prompt_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Metadata:
        """Create or update metadata for a prompt.  Args:     request: The HTTP request containing
        the metadata.     org: The organization/tenant identifier.  Returns:     Response: The
        created or updated prompt metadata.  Raises:     BadRequest: If the provided data is
        invalid.

        Args:
            org (str, path)
            body (Metadata, request body)
            Or the body's fields as keywords instead of body=: metadata, prompt, prompt_id

        Returns:
            Metadata
        """
        body = body_from_fields(
            "ai_prompt.orgs.metadata.create",
            body,
            Metadata,
            ["metadata"],
            (
                ("metadata", "metadata", metadata),
                ("prompt", "prompt", prompt),
                ("prompt_id", "prompt_id", prompt_id),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_metadata_create.OPERATION,
            _ai_prompt_orgs_metadata_create.build_request(org=org, body=body),
            options,
        )


class AiPromptOrgsMetadataResourceWithRawResponse:
    """`Client.ai_prompt.orgs.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsMetadataResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiPromptOrgsMetadataResource:
    """`AsyncClient.ai_prompt.orgs.metadata`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsMetadataResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        body: Metadata,
        **options: Unpack[RequestOptions],
    ) -> Metadata: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        metadata: Any,
        prompt: str | Unset = UNSET,
        prompt_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Metadata: ...

    async def create(
        self,
        *,
        org: str,
        body: Metadata | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        prompt: str | Unset = UNSET,
        prompt_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Metadata:
        """Create or update metadata for a prompt.  Args:     request: The HTTP request containing
        the metadata.     org: The organization/tenant identifier.  Returns:     Response: The
        created or updated prompt metadata.  Raises:     BadRequest: If the provided data is
        invalid.

        Args:
            org (str, path)
            body (Metadata, request body)
            Or the body's fields as keywords instead of body=: metadata, prompt, prompt_id

        Returns:
            Metadata
        """
        body = body_from_fields(
            "ai_prompt.orgs.metadata.create",
            body,
            Metadata,
            ["metadata"],
            (
                ("metadata", "metadata", metadata),
                ("prompt", "prompt", prompt),
                ("prompt_id", "prompt_id", prompt_id),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_metadata_create.OPERATION,
            _ai_prompt_orgs_metadata_create.build_request(org=org, body=body),
            options,
        )


class AsyncAiPromptOrgsMetadataResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsMetadataResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
