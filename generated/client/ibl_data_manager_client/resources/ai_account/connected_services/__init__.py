"""`Client.ai_account.connected_services`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .callback import (
        AiAccountConnectedServicesCallbackResource,
        AiAccountConnectedServicesCallbackResourceWithRawResponse,
        AsyncAiAccountConnectedServicesCallbackResource,
        AsyncAiAccountConnectedServicesCallbackResourceWithRawResponse,
    )
    from .orgs import (
        AiAccountConnectedServicesOrgsResource,
        AiAccountConnectedServicesOrgsResourceWithRawResponse,
        AsyncAiAccountConnectedServicesOrgsResource,
        AsyncAiAccountConnectedServicesOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiAccountConnectedServicesResource",
    "AiAccountConnectedServicesResourceWithRawResponse",
    "AsyncAiAccountConnectedServicesResource",
    "AsyncAiAccountConnectedServicesResourceWithRawResponse",
]


class AiAccountConnectedServicesResource:
    """`Client.ai_account.connected_services`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountConnectedServicesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountConnectedServicesResourceWithRawResponse(self)

    @cached_property
    def callback(self) -> AiAccountConnectedServicesCallbackResource:
        from .callback import AiAccountConnectedServicesCallbackResource

        return AiAccountConnectedServicesCallbackResource(self._client)

    @cached_property
    def orgs(self) -> AiAccountConnectedServicesOrgsResource:
        from .orgs import AiAccountConnectedServicesOrgsResource

        return AiAccountConnectedServicesOrgsResource(self._client)


class AiAccountConnectedServicesResourceWithRawResponse:
    """`Client.ai_account.connected_services`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountConnectedServicesResource) -> None:
        self._resource = resource

    @cached_property
    def callback(self) -> AiAccountConnectedServicesCallbackResourceWithRawResponse:
        from .callback import AiAccountConnectedServicesCallbackResourceWithRawResponse

        return AiAccountConnectedServicesCallbackResourceWithRawResponse(self._resource.callback)

    @cached_property
    def orgs(self) -> AiAccountConnectedServicesOrgsResourceWithRawResponse:
        from .orgs import AiAccountConnectedServicesOrgsResourceWithRawResponse

        return AiAccountConnectedServicesOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiAccountConnectedServicesResource:
    """`AsyncClient.ai_account.connected_services`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountConnectedServicesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountConnectedServicesResourceWithRawResponse(self)

    @cached_property
    def callback(self) -> AsyncAiAccountConnectedServicesCallbackResource:
        from .callback import AsyncAiAccountConnectedServicesCallbackResource

        return AsyncAiAccountConnectedServicesCallbackResource(self._client)

    @cached_property
    def orgs(self) -> AsyncAiAccountConnectedServicesOrgsResource:
        from .orgs import AsyncAiAccountConnectedServicesOrgsResource

        return AsyncAiAccountConnectedServicesOrgsResource(self._client)


class AsyncAiAccountConnectedServicesResourceWithRawResponse:
    """`AsyncClient.ai_account.connected_services`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountConnectedServicesResource) -> None:
        self._resource = resource

    @cached_property
    def callback(self) -> AsyncAiAccountConnectedServicesCallbackResourceWithRawResponse:
        from .callback import AsyncAiAccountConnectedServicesCallbackResourceWithRawResponse

        return AsyncAiAccountConnectedServicesCallbackResourceWithRawResponse(
            self._resource.callback
        )

    @cached_property
    def orgs(self) -> AsyncAiAccountConnectedServicesOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAccountConnectedServicesOrgsResourceWithRawResponse

        return AsyncAiAccountConnectedServicesOrgsResourceWithRawResponse(self._resource.orgs)
