"""`Client.ai_index.webhook.scan`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_index import ai_index_webhook_scan_create as _ai_index_webhook_scan_create
from .....models.scan_webhook_request import ScanWebhookRequest
from .....models.scan_webhook_response import ScanWebhookResponse
from .....types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        body: ScanWebhookRequest,
        **options: Unpack[RequestOptions],
    ) -> ScanWebhookResponse: ...

    @overload
    def create(
        self,
        *,
        file_id: str,
        filename: str,
        status: str,
        message: str,
        **options: Unpack[RequestOptions],
    ) -> ScanWebhookResponse: ...

    def create(
        self,
        *,
        body: ScanWebhookRequest | Unset = UNSET,
        file_id: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        status: str | Unset = UNSET,
        message: str | Unset = UNSET,
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
            Or the body's fields as keywords instead of body=: file_id, filename, status,
                message

        Returns:
            ScanWebhookResponse
        """
        body = body_from_fields(
            "ai_index.webhook.scan.create",
            body,
            ScanWebhookRequest,
            ["file_id", "filename", "status", "message"],
            (
                ("file_id", "file_id", file_id),
                ("filename", "filename", filename),
                ("status", "status", status),
                ("message", "message", message),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        body: ScanWebhookRequest,
        **options: Unpack[RequestOptions],
    ) -> ScanWebhookResponse: ...

    @overload
    async def create(
        self,
        *,
        file_id: str,
        filename: str,
        status: str,
        message: str,
        **options: Unpack[RequestOptions],
    ) -> ScanWebhookResponse: ...

    async def create(
        self,
        *,
        body: ScanWebhookRequest | Unset = UNSET,
        file_id: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        status: str | Unset = UNSET,
        message: str | Unset = UNSET,
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
            Or the body's fields as keywords instead of body=: file_id, filename, status,
                message

        Returns:
            ScanWebhookResponse
        """
        body = body_from_fields(
            "ai_index.webhook.scan.create",
            body,
            ScanWebhookRequest,
            ["file_id", "filename", "status", "message"],
            (
                ("file_id", "file_id", file_id),
                ("filename", "filename", filename),
                ("status", "status", status),
                ("message", "message", message),
            ),
        )
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
