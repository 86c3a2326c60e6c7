"""`Client.ai_finetuning.v1.org`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .user import (
        AiFinetuningV1OrgUserResource,
        AiFinetuningV1OrgUserResourceWithRawResponse,
        AsyncAiFinetuningV1OrgUserResource,
        AsyncAiFinetuningV1OrgUserResourceWithRawResponse,
    )

__all__ = [
    "AiFinetuningV1OrgResource",
    "AiFinetuningV1OrgResourceWithRawResponse",
    "AsyncAiFinetuningV1OrgResource",
    "AsyncAiFinetuningV1OrgResourceWithRawResponse",
]


class AiFinetuningV1OrgResource:
    """`Client.ai_finetuning.v1.org`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiFinetuningV1OrgResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiFinetuningV1OrgResourceWithRawResponse(self)

    @cached_property
    def user(self) -> AiFinetuningV1OrgUserResource:
        from .user import AiFinetuningV1OrgUserResource

        return AiFinetuningV1OrgUserResource(self._client)


class AiFinetuningV1OrgResourceWithRawResponse:
    """`Client.ai_finetuning.v1.org`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiFinetuningV1OrgResource) -> None:
        self._resource = resource

    @cached_property
    def user(self) -> AiFinetuningV1OrgUserResourceWithRawResponse:
        from .user import AiFinetuningV1OrgUserResourceWithRawResponse

        return AiFinetuningV1OrgUserResourceWithRawResponse(self._resource.user)


class AsyncAiFinetuningV1OrgResource:
    """`AsyncClient.ai_finetuning.v1.org`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiFinetuningV1OrgResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiFinetuningV1OrgResourceWithRawResponse(self)

    @cached_property
    def user(self) -> AsyncAiFinetuningV1OrgUserResource:
        from .user import AsyncAiFinetuningV1OrgUserResource

        return AsyncAiFinetuningV1OrgUserResource(self._client)


class AsyncAiFinetuningV1OrgResourceWithRawResponse:
    """`AsyncClient.ai_finetuning.v1.org`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiFinetuningV1OrgResource) -> None:
        self._resource = resource

    @cached_property
    def user(self) -> AsyncAiFinetuningV1OrgUserResourceWithRawResponse:
        from .user import AsyncAiFinetuningV1OrgUserResourceWithRawResponse

        return AsyncAiFinetuningV1OrgUserResourceWithRawResponse(self._resource.user)
