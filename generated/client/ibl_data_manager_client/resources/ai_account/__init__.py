"""`Client.ai_account`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .connected_services import (
        AiAccountConnectedServicesResource,
        AiAccountConnectedServicesResourceWithRawResponse,
        AsyncAiAccountConnectedServicesResource,
        AsyncAiAccountConnectedServicesResourceWithRawResponse,
    )
    from .orgs import (
        AiAccountOrgsResource,
        AiAccountOrgsResourceWithRawResponse,
        AsyncAiAccountOrgsResource,
        AsyncAiAccountOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiAccountResource",
    "AiAccountResourceWithRawResponse",
    "AsyncAiAccountResource",
    "AsyncAiAccountResourceWithRawResponse",
]


class AiAccountResource:
    """`Client.ai_account`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountResourceWithRawResponse(self)

    @cached_property
    def connected_services(self) -> AiAccountConnectedServicesResource:
        from .connected_services import AiAccountConnectedServicesResource

        return AiAccountConnectedServicesResource(self._client)

    @cached_property
    def orgs(self) -> AiAccountOrgsResource:
        from .orgs import AiAccountOrgsResource

        return AiAccountOrgsResource(self._client)


class AiAccountResourceWithRawResponse:
    """`Client.ai_account`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountResource) -> None:
        self._resource = resource

    @cached_property
    def connected_services(self) -> AiAccountConnectedServicesResourceWithRawResponse:
        from .connected_services import AiAccountConnectedServicesResourceWithRawResponse

        return AiAccountConnectedServicesResourceWithRawResponse(self._resource.connected_services)

    @cached_property
    def orgs(self) -> AiAccountOrgsResourceWithRawResponse:
        from .orgs import AiAccountOrgsResourceWithRawResponse

        return AiAccountOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiAccountResource:
    """`AsyncClient.ai_account`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountResourceWithRawResponse(self)

    @cached_property
    def connected_services(self) -> AsyncAiAccountConnectedServicesResource:
        from .connected_services import AsyncAiAccountConnectedServicesResource

        return AsyncAiAccountConnectedServicesResource(self._client)

    @cached_property
    def orgs(self) -> AsyncAiAccountOrgsResource:
        from .orgs import AsyncAiAccountOrgsResource

        return AsyncAiAccountOrgsResource(self._client)


class AsyncAiAccountResourceWithRawResponse:
    """`AsyncClient.ai_account`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountResource) -> None:
        self._resource = resource

    @cached_property
    def connected_services(self) -> AsyncAiAccountConnectedServicesResourceWithRawResponse:
        from .connected_services import AsyncAiAccountConnectedServicesResourceWithRawResponse

        return AsyncAiAccountConnectedServicesResourceWithRawResponse(
            self._resource.connected_services
        )

    @cached_property
    def orgs(self) -> AsyncAiAccountOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAccountOrgsResourceWithRawResponse

        return AsyncAiAccountOrgsResourceWithRawResponse(self._resource.orgs)
