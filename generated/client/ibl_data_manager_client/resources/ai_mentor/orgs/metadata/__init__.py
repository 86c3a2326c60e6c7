"""`Client.ai_mentor.orgs.metadata`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import ai_mentor_orgs_metadata_create as _ai_mentor_orgs_metadata_create
from .....models.mentor_metadata import MentorMetadata
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsMetadataResource",
    "AiMentorOrgsMetadataResourceWithRawResponse",
    "AsyncAiMentorOrgsMetadataResource",
    "AsyncAiMentorOrgsMetadataResourceWithRawResponse",
]


class AiMentorOrgsMetadataResource:
    """`Client.ai_mentor.orgs.metadata`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsMetadataResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        body: MentorMetadata,
        **options: Unpack[RequestOptions],
    ) -> MentorMetadata: ...

    @overload
    def create(
        self,
        *,
        org: str,
        metadata: Any,
        mentor: str | Unset = UNSET,
        mentor_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMetadata: ...

    def create(
        self,
        *,
        org: str,
        body: MentorMetadata | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        mentor: str | Unset = UNSET,
        mentor_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMetadata:
        """Create or update metadata for a mentor.  Args:     request: The HTTP request containing
        the metadata.     org: The organization/tenant identifier.  Returns:     Response: The
        created or updated mentor metadata.  Raises:     BadRequest: If the provided data is
        invalid.

        Args:
            org (str, path)
            body (MentorMetadata, request body)
            Or the body's fields as keywords instead of body=: metadata, mentor, mentor_id

        Returns:
            MentorMetadata
        """
        body = body_from_fields(
            "ai_mentor.orgs.metadata.create",
            body,
            MentorMetadata,
            ["metadata"],
            (
                ("metadata", "metadata", metadata),
                ("mentor", "mentor", mentor),
                ("mentor_id", "mentor_id", mentor_id),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_metadata_create.OPERATION,
            _ai_mentor_orgs_metadata_create.build_request(org=org, body=body),
            options,
        )


class AiMentorOrgsMetadataResourceWithRawResponse:
    """`Client.ai_mentor.orgs.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsMetadataResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsMetadataResource:
    """`AsyncClient.ai_mentor.orgs.metadata`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsMetadataResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        body: MentorMetadata,
        **options: Unpack[RequestOptions],
    ) -> MentorMetadata: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        metadata: Any,
        mentor: str | Unset = UNSET,
        mentor_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMetadata: ...

    async def create(
        self,
        *,
        org: str,
        body: MentorMetadata | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        mentor: str | Unset = UNSET,
        mentor_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorMetadata:
        """Create or update metadata for a mentor.  Args:     request: The HTTP request containing
        the metadata.     org: The organization/tenant identifier.  Returns:     Response: The
        created or updated mentor metadata.  Raises:     BadRequest: If the provided data is
        invalid.

        Args:
            org (str, path)
            body (MentorMetadata, request body)
            Or the body's fields as keywords instead of body=: metadata, mentor, mentor_id

        Returns:
            MentorMetadata
        """
        body = body_from_fields(
            "ai_mentor.orgs.metadata.create",
            body,
            MentorMetadata,
            ["metadata"],
            (
                ("metadata", "metadata", metadata),
                ("mentor", "mentor", mentor),
                ("mentor_id", "mentor_id", mentor_id),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_metadata_create.OPERATION,
            _ai_mentor_orgs_metadata_create.build_request(org=org, body=body),
            options,
        )


class AsyncAiMentorOrgsMetadataResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsMetadataResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
