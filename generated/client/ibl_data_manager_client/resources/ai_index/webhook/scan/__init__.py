"""`Client.ai_index.webhook.scan`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_index import ai_index_webhook_scan_create as _ai_index_webhook_scan_create
from .....models.scan_webhook_request import ScanWebhookRequest
from .....models.scan_webhook_response import ScanWebhookResponse

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiIndexWebhookScanResource",
    "AiIndexWebhookScanResourceWithRawResponse",
    "AsyncAiIndexWebhookScanResource",
    "AsyncAiIndexWebhookScanResourceWithRawResponse",
]


class AiIndexWebhookScanResource:
    """`Client.ai_index.webhook.scan`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexWebhookScanResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexWebhookScanResourceWithRawResponse(self)

    def create(
        self,
        *,
        body: ScanWebhookRequest,
        **options: Unpack[RequestOptions],
    ) -> ScanWebhookResponse:
        """Receive and process file scan status from external security scanning services.  This
        webhook endpoint receives scan results for files that have been submitted for security
        scanning. It processes the results asynchronously and determines if the files are safe
        for further processing.  Args:     request: The HTTP request containing scan result
        data.  Returns:     Response: A confirmation that the scan result was received and is
        being processed.  Raises:     BadRequest: If the provided scan result data is invalid.

        Args:
            body (ScanWebhookRequest, request body)

        Returns:
            ScanWebhookResponse
        """
        return self._client._send(
            _ai_index_webhook_scan_create.OPERATION,
            _ai_index_webhook_scan_create.build_request(body=body),
            options,
        )


class AiIndexWebhookScanResourceWithRawResponse:
    """`Client.ai_index.webhook.scan`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexWebhookScanResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiIndexWebhookScanResource:
    """`AsyncClient.ai_index.webhook.scan`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexWebhookScanResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexWebhookScanResourceWithRawResponse(self)

    async def create(
        self,
        *,
        body: ScanWebhookRequest,
        **options: Unpack[RequestOptions],
    ) -> ScanWebhookResponse:
        """Receive and process file scan status from external security scanning services.  This
        webhook endpoint receives scan results for files that have been submitted for security
        scanning. It processes the results asynchronously and determines if the files are safe
        for further processing.  Args:     request: The HTTP request containing scan result
        data.  Returns:     Response: A confirmation that the scan result was received and is
        being processed.  Raises:     BadRequest: If the provided scan result data is invalid.

        Args:
            body (ScanWebhookRequest, request body)

        Returns:
            ScanWebhookResponse
        """
        return await self._client._send(
            _ai_index_webhook_scan_create.OPERATION,
            _ai_index_webhook_scan_create.build_request(body=body),
            options,
        )


class AsyncAiIndexWebhookScanResourceWithRawResponse:
    """`AsyncClient.ai_index.webhook.scan`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexWebhookScanResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
