"""`Client.features.config`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.features import features_config_create as _features_config_create
from ....api.features import features_config_retrieve as _features_config_retrieve

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "FeaturesConfigResource",
    "FeaturesConfigResourceWithRawResponse",
    "AsyncFeaturesConfigResource",
    "AsyncFeaturesConfigResourceWithRawResponse",
]


class FeaturesConfigResource:
    """`Client.features.config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FeaturesConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return FeaturesConfigResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Query user feature config  Params: user_id/username/email platform_key

        Returns:
            None
        """
        return self._client._send(
            _features_config_retrieve.OPERATION, _features_config_retrieve.build_request(), options
        )

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST Update user feature config  Params: user_id/username/email platform_key  config
        (OR) feature values

        Returns:
            None
        """
        return self._client._send(
            _features_config_create.OPERATION, _features_config_create.build_request(), options
        )


class FeaturesConfigResourceWithRawResponse:
    """`Client.features.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: FeaturesConfigResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncFeaturesConfigResource:
    """`AsyncClient.features.config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFeaturesConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncFeaturesConfigResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Query user feature config  Params: user_id/username/email platform_key

        Returns:
            None
        """
        return await self._client._send(
            _features_config_retrieve.OPERATION, _features_config_retrieve.build_request(), options
        )

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST Update user feature config  Params: user_id/username/email platform_key  config
        (OR) feature values

        Returns:
            None
        """
        return await self._client._send(
            _features_config_create.OPERATION, _features_config_create.build_request(), options
        )


class AsyncFeaturesConfigResourceWithRawResponse:
    """`AsyncClient.features.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncFeaturesConfigResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
