"""`Client.features.bulk_config`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.features import features_bulk_config_create as _features_bulk_config_create

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "FeaturesBulkConfigResource",
    "FeaturesBulkConfigResourceWithRawResponse",
    "AsyncFeaturesBulkConfigResource",
    "AsyncFeaturesBulkConfigResourceWithRawResponse",
]


class FeaturesBulkConfigResource:
    """`Client.features.bulk_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FeaturesBulkConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return FeaturesBulkConfigResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST Bulk update user feature config  NOTE: Will not create user feature configs
        Params: platform_key  config (OR) feature values

        Returns:
            None
        """
        return self._client._send(
            _features_bulk_config_create.OPERATION,
            _features_bulk_config_create.build_request(),
            options,
        )


class FeaturesBulkConfigResourceWithRawResponse:
    """`Client.features.bulk_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: FeaturesBulkConfigResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncFeaturesBulkConfigResource:
    """`AsyncClient.features.bulk_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFeaturesBulkConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncFeaturesBulkConfigResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST Bulk update user feature config  NOTE: Will not create user feature configs
        Params: platform_key  config (OR) feature values

        Returns:
            None
        """
        return await self._client._send(
            _features_bulk_config_create.OPERATION,
            _features_bulk_config_create.build_request(),
            options,
        )


class AsyncFeaturesBulkConfigResourceWithRawResponse:
    """`AsyncClient.features.bulk_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncFeaturesBulkConfigResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
