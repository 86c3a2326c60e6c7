"""`Client.skills.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .skills import (
        AsyncSkillsOrgsSkillsResource,
        AsyncSkillsOrgsSkillsResourceWithRawResponse,
        SkillsOrgsSkillsResource,
        SkillsOrgsSkillsResourceWithRawResponse,
    )

__all__ = [
    "SkillsOrgsResource",
    "SkillsOrgsResourceWithRawResponse",
    "AsyncSkillsOrgsResource",
    "AsyncSkillsOrgsResourceWithRawResponse",
]


class SkillsOrgsResource:
    """`Client.skills.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SkillsOrgsResourceWithRawResponse(self)

    @cached_property
    def skills(self) -> SkillsOrgsSkillsResource:
        from .skills import SkillsOrgsSkillsResource

        return SkillsOrgsSkillsResource(self._client)


class SkillsOrgsResourceWithRawResponse:
    """`Client.skills.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SkillsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def skills(self) -> SkillsOrgsSkillsResourceWithRawResponse:
        from .skills import SkillsOrgsSkillsResourceWithRawResponse

        return SkillsOrgsSkillsResourceWithRawResponse(self._resource.skills)


class AsyncSkillsOrgsResource:
    """`AsyncClient.skills.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSkillsOrgsResourceWithRawResponse(self)

    @cached_property
    def skills(self) -> AsyncSkillsOrgsSkillsResource:
        from .skills import AsyncSkillsOrgsSkillsResource

        return AsyncSkillsOrgsSkillsResource(self._client)


class AsyncSkillsOrgsResourceWithRawResponse:
    """`AsyncClient.skills.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSkillsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def skills(self) -> AsyncSkillsOrgsSkillsResourceWithRawResponse:
        from .skills import AsyncSkillsOrgsSkillsResourceWithRawResponse

        return AsyncSkillsOrgsSkillsResourceWithRawResponse(self._resource.skills)
