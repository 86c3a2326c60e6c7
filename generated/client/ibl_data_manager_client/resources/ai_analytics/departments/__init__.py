"""`Client.ai_analytics.departments`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AiAnalyticsDepartmentsOrgsResource,
        AiAnalyticsDepartmentsOrgsResourceWithRawResponse,
        AsyncAiAnalyticsDepartmentsOrgsResource,
        AsyncAiAnalyticsDepartmentsOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsDepartmentsResource",
    "AiAnalyticsDepartmentsResourceWithRawResponse",
    "AsyncAiAnalyticsDepartmentsResource",
    "AsyncAiAnalyticsDepartmentsResourceWithRawResponse",
]


class AiAnalyticsDepartmentsResource:
    """`Client.ai_analytics.departments`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsDepartmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsDepartmentsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiAnalyticsDepartmentsOrgsResource:
        from .orgs import AiAnalyticsDepartmentsOrgsResource

        return AiAnalyticsDepartmentsOrgsResource(self._client)


class AiAnalyticsDepartmentsResourceWithRawResponse:
    """`Client.ai_analytics.departments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsDepartmentsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiAnalyticsDepartmentsOrgsResourceWithRawResponse:
        from .orgs import AiAnalyticsDepartmentsOrgsResourceWithRawResponse

        return AiAnalyticsDepartmentsOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiAnalyticsDepartmentsResource:
    """`AsyncClient.ai_analytics.departments`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsDepartmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsDepartmentsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsDepartmentsOrgsResource:
        from .orgs import AsyncAiAnalyticsDepartmentsOrgsResource

        return AsyncAiAnalyticsDepartmentsOrgsResource(self._client)


class AsyncAiAnalyticsDepartmentsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.departments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsDepartmentsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsDepartmentsOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAnalyticsDepartmentsOrgsResourceWithRawResponse

        return AsyncAiAnalyticsDepartmentsOrgsResourceWithRawResponse(self._resource.orgs)
