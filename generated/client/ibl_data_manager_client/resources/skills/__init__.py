"""`Client.skills`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncSkillsOrgsResource,
        AsyncSkillsOrgsResourceWithRawResponse,
        SkillsOrgsResource,
        SkillsOrgsResourceWithRawResponse,
    )

__all__ = [
    "SkillsResource",
    "SkillsResourceWithRawResponse",
    "AsyncSkillsResource",
    "AsyncSkillsResourceWithRawResponse",
]


class SkillsResource:
    """`Client.skills`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SkillsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> SkillsOrgsResource:
        from .orgs import SkillsOrgsResource

        return SkillsOrgsResource(self._client)


class SkillsResourceWithRawResponse:
    """`Client.skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SkillsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> SkillsOrgsResourceWithRawResponse:
        from .orgs import SkillsOrgsResourceWithRawResponse

        return SkillsOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncSkillsResource:
    """`AsyncClient.skills`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSkillsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncSkillsOrgsResource:
        from .orgs import AsyncSkillsOrgsResource

        return AsyncSkillsOrgsResource(self._client)


class AsyncSkillsResourceWithRawResponse:
    """`AsyncClient.skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSkillsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncSkillsOrgsResourceWithRawResponse:
        from .orgs import AsyncSkillsOrgsResourceWithRawResponse

        return AsyncSkillsOrgsResourceWithRawResponse(self._resource.orgs)
