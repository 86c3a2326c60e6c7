"""`Client.ai_mentor.orgs.users.artifacts.versions.set_current`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_artifacts_versions_set_current_create as _ai_mentor_orgs_users_artifacts_versions_set_current_create,
)
from ........models.artifact_version import ArtifactVersion
from ........models.set_current_version_request import SetCurrentVersionRequest
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersArtifactsVersionsSetCurrentResource",
    "AiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResource",
    "AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse",
]


class AiMentorOrgsUsersArtifactsVersionsSetCurrentResource:
    """`Client.ai_mentor.orgs.users.artifacts.versions.set_current`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: SetCurrentVersionRequest,
        **options: Unpack[RequestOptions],
    ) -> ArtifactVersion: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        version_id: int,
        **options: Unpack[RequestOptions],
    ) -> ArtifactVersion: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: SetCurrentVersionRequest | Unset = UNSET,
        version_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ArtifactVersion:
        """Set artifact version as current

        Mark a specific version as the current/active version for an artifact.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (SetCurrentVersionRequest, request body)
            Or the body's fields as keywords instead of body=: version_id

        Returns:
            ArtifactVersion
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.artifacts.versions.set_current.create",
            body,
            SetCurrentVersionRequest,
            ["version_id"],
            (("version_id", "version_id", version_id),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_artifacts_versions_set_current_create.OPERATION,
            _ai_mentor_orgs_users_artifacts_versions_set_current_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.artifacts.versions.set_current`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersArtifactsVersionsSetCurrentResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResource:
    """`AsyncClient.ai_mentor.orgs.users.artifacts.versions.set_current`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: SetCurrentVersionRequest,
        **options: Unpack[RequestOptions],
    ) -> ArtifactVersion: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        version_id: int,
        **options: Unpack[RequestOptions],
    ) -> ArtifactVersion: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: SetCurrentVersionRequest | Unset = UNSET,
        version_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ArtifactVersion:
        """Set artifact version as current

        Mark a specific version as the current/active version for an artifact.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (SetCurrentVersionRequest, request body)
            Or the body's fields as keywords instead of body=: version_id

        Returns:
            ArtifactVersion
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.artifacts.versions.set_current.create",
            body,
            SetCurrentVersionRequest,
            ["version_id"],
            (("version_id", "version_id", version_id),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_artifacts_versions_set_current_create.OPERATION,
            _ai_mentor_orgs_users_artifacts_versions_set_current_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.artifacts.versions.set_current`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersArtifactsVersionsSetCurrentResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
