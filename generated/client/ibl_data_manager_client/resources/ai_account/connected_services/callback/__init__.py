"""`Client.ai_account.connected_services.callback`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_account import (
    ai_account_connected_services_callback_retrieve as _ai_account_connected_services_callback_retrieve,
)
from .....models.connected_service import ConnectedService

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiAccountConnectedServicesCallbackResource",
    "AiAccountConnectedServicesCallbackResourceWithRawResponse",
    "AsyncAiAccountConnectedServicesCallbackResource",
    "AsyncAiAccountConnectedServicesCallbackResourceWithRawResponse",
]


class AiAccountConnectedServicesCallbackResource:
    """`Client.ai_account.connected_services.callback`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountConnectedServicesCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountConnectedServicesCallbackResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> ConnectedService:
        """GET /api/ai-account/connected-services/callback/

        Returns:
            ConnectedService
        """
        return self._client._send(
            _ai_account_connected_services_callback_retrieve.OPERATION,
            _ai_account_connected_services_callback_retrieve.build_request(),
            options,
        )


class AiAccountConnectedServicesCallbackResourceWithRawResponse:
    """`Client.ai_account.connected_services.callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountConnectedServicesCallbackResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAccountConnectedServicesCallbackResource:
    """`AsyncClient.ai_account.connected_services.callback`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountConnectedServicesCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountConnectedServicesCallbackResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> ConnectedService:
        """GET /api/ai-account/connected-services/callback/

        Returns:
            ConnectedService
        """
        return await self._client._send(
            _ai_account_connected_services_callback_retrieve.OPERATION,
            _ai_account_connected_services_callback_retrieve.build_request(),
            options,
        )


class AsyncAiAccountConnectedServicesCallbackResourceWithRawResponse:
    """`AsyncClient.ai_account.connected_services.callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountConnectedServicesCallbackResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
