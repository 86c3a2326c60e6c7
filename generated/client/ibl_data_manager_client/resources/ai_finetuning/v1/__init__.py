"""`Client.ai_finetuning.v1`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .org import (
        AiFinetuningV1OrgResource,
        AiFinetuningV1OrgResourceWithRawResponse,
        AsyncAiFinetuningV1OrgResource,
        AsyncAiFinetuningV1OrgResourceWithRawResponse,
    )

__all__ = [
    "AiFinetuningV1Resource",
    "AiFinetuningV1ResourceWithRawResponse",
    "AsyncAiFinetuningV1Resource",
    "AsyncAiFinetuningV1ResourceWithRawResponse",
]


class AiFinetuningV1Resource:
    """`Client.ai_finetuning.v1`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiFinetuningV1ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiFinetuningV1ResourceWithRawResponse(self)

    @cached_property
    def org(self) -> AiFinetuningV1OrgResource:
        from .org import AiFinetuningV1OrgResource

        return AiFinetuningV1OrgResource(self._client)


class AiFinetuningV1ResourceWithRawResponse:
    """`Client.ai_finetuning.v1`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiFinetuningV1Resource) -> None:
        self._resource = resource

    @cached_property
    def org(self) -> AiFinetuningV1OrgResourceWithRawResponse:
        from .org import AiFinetuningV1OrgResourceWithRawResponse

        return AiFinetuningV1OrgResourceWithRawResponse(self._resource.org)


class AsyncAiFinetuningV1Resource:
    """`AsyncClient.ai_finetuning.v1`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiFinetuningV1ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiFinetuningV1ResourceWithRawResponse(self)

    @cached_property
    def org(self) -> AsyncAiFinetuningV1OrgResource:
        from .org import AsyncAiFinetuningV1OrgResource

        return AsyncAiFinetuningV1OrgResource(self._client)


class AsyncAiFinetuningV1ResourceWithRawResponse:
    """`AsyncClient.ai_finetuning.v1`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiFinetuningV1Resource) -> None:
        self._resource = resource

    @cached_property
    def org(self) -> AsyncAiFinetuningV1OrgResourceWithRawResponse:
        from .org import AsyncAiFinetuningV1OrgResourceWithRawResponse

        return AsyncAiFinetuningV1OrgResourceWithRawResponse(self._resource.org)
