"""`Client.provision`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ..._operation import RequestOptions
from ..._response import async_to_raw_response, to_raw_response
from ...api.commerce import provision_create as _provision_create

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client

__all__ = [
    "ProvisionResource",
    "ProvisionResourceWithRawResponse",
    "AsyncProvisionResource",
    "AsyncProvisionResourceWithRawResponse",
]


class ProvisionResource:
    """`Client.provision`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvisionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvisionResourceWithRawResponse(self)

    def create(
        self,
        *,
        config_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST Update platform provisioning config  request body: {\"config_name\": \"demo_config}

        Args:
            config_name (str, path)

        Returns:
            None
        """
        return self._client._send(
            _provision_create.OPERATION,
            _provision_create.build_request(config_name=config_name),
            options,
        )


class ProvisionResourceWithRawResponse:
    """`Client.provision`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvisionResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvisionResource:
    """`AsyncClient.provision`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvisionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvisionResourceWithRawResponse(self)

    async def create(
        self,
        *,
        config_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST Update platform provisioning config  request body: {\"config_name\": \"demo_config}

        Args:
            config_name (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _provision_create.OPERATION,
            _provision_create.build_request(config_name=config_name),
            options,
        )


class AsyncProvisionResourceWithRawResponse:
    """`AsyncClient.provision`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvisionResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
