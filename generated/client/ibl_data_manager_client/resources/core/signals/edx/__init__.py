"""`Client.core.signals.edx`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_signals_edx_create as _core_signals_edx_create
from .....models.edx_signal_receiver_request import EdxSignalReceiverRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreSignalsEdxResource",
    "CoreSignalsEdxResourceWithRawResponse",
    "AsyncCoreSignalsEdxResource",
    "AsyncCoreSignalsEdxResourceWithRawResponse",
]


class CoreSignalsEdxResource:
    """`Client.core.signals.edx`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreSignalsEdxResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreSignalsEdxResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: EdxSignalReceiverRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        type_: str,
        data: Any,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        body: EdxSignalReceiverRequest | Unset = UNSET,
        type_: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST signals/edx/

        Args:
            body (EdxSignalReceiverRequest, request body)
            Or the body's fields as keywords instead of body=: type_, data

        Returns:
            None
        """
        body = body_from_fields(
            "core.signals.edx.create",
            body,
            EdxSignalReceiverRequest,
            ["type_", "data"],
            (
                ("type_", "type_", type_),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _core_signals_edx_create.OPERATION,
            _core_signals_edx_create.build_request(body=body),
            options,
        )


class CoreSignalsEdxResourceWithRawResponse:
    """`Client.core.signals.edx`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreSignalsEdxResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreSignalsEdxResource:
    """`AsyncClient.core.signals.edx`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreSignalsEdxResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreSignalsEdxResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: EdxSignalReceiverRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        type_: str,
        data: Any,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        body: EdxSignalReceiverRequest | Unset = UNSET,
        type_: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST signals/edx/

        Args:
            body (EdxSignalReceiverRequest, request body)
            Or the body's fields as keywords instead of body=: type_, data

        Returns:
            None
        """
        body = body_from_fields(
            "core.signals.edx.create",
            body,
            EdxSignalReceiverRequest,
            ["type_", "data"],
            (
                ("type_", "type_", type_),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _core_signals_edx_create.OPERATION,
            _core_signals_edx_create.build_request(body=body),
            options,
        )


class AsyncCoreSignalsEdxResourceWithRawResponse:
    """`AsyncClient.core.signals.edx`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreSignalsEdxResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
