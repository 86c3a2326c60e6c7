"""`Client.features`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .apps import (
        AsyncFeaturesAppsResource,
        AsyncFeaturesAppsResourceWithRawResponse,
        FeaturesAppsResource,
        FeaturesAppsResourceWithRawResponse,
    )
    from .bulk_config import (
        AsyncFeaturesBulkConfigResource,
        AsyncFeaturesBulkConfigResourceWithRawResponse,
        FeaturesBulkConfigResource,
        FeaturesBulkConfigResourceWithRawResponse,
    )
    from .config import (
        AsyncFeaturesConfigResource,
        AsyncFeaturesConfigResourceWithRawResponse,
        FeaturesConfigResource,
        FeaturesConfigResourceWithRawResponse,
    )

__all__ = [
    "FeaturesResource",
    "FeaturesResourceWithRawResponse",
    "AsyncFeaturesResource",
    "AsyncFeaturesResourceWithRawResponse",
]


class FeaturesResource:
    """`Client.features`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FeaturesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return FeaturesResourceWithRawResponse(self)

    @cached_property
    def apps(self) -> FeaturesAppsResource:
        from .apps import FeaturesAppsResource

        return FeaturesAppsResource(self._client)

    @cached_property
    def bulk_config(self) -> FeaturesBulkConfigResource:
        from .bulk_config import FeaturesBulkConfigResource

        return FeaturesBulkConfigResource(self._client)

    @cached_property
    def config(self) -> FeaturesConfigResource:
        from .config import FeaturesConfigResource

        return FeaturesConfigResource(self._client)


class FeaturesResourceWithRawResponse:
    """`Client.features`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: FeaturesResource) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> FeaturesAppsResourceWithRawResponse:
        from .apps import FeaturesAppsResourceWithRawResponse

        return FeaturesAppsResourceWithRawResponse(self._resource.apps)

    @cached_property
    def bulk_config(self) -> FeaturesBulkConfigResourceWithRawResponse:
        from .bulk_config import FeaturesBulkConfigResourceWithRawResponse

        return FeaturesBulkConfigResourceWithRawResponse(self._resource.bulk_config)

    @cached_property
    def config(self) -> FeaturesConfigResourceWithRawResponse:
        from .config import FeaturesConfigResourceWithRawResponse

        return FeaturesConfigResourceWithRawResponse(self._resource.config)


class AsyncFeaturesResource:
    """`AsyncClient.features`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFeaturesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncFeaturesResourceWithRawResponse(self)

    @cached_property
    def apps(self) -> AsyncFeaturesAppsResource:
        from .apps import AsyncFeaturesAppsResource

        return AsyncFeaturesAppsResource(self._client)

    @cached_property
    def bulk_config(self) -> AsyncFeaturesBulkConfigResource:
        from .bulk_config import AsyncFeaturesBulkConfigResource

        return AsyncFeaturesBulkConfigResource(self._client)

    @cached_property
    def config(self) -> AsyncFeaturesConfigResource:
        from .config import AsyncFeaturesConfigResource

        return AsyncFeaturesConfigResource(self._client)


class AsyncFeaturesResourceWithRawResponse:
    """`AsyncClient.features`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncFeaturesResource) -> None:
        self._resource = resource

    @cached_property
    def apps(self) -> AsyncFeaturesAppsResourceWithRawResponse:
        from .apps import AsyncFeaturesAppsResourceWithRawResponse

        return AsyncFeaturesAppsResourceWithRawResponse(self._resource.apps)

    @cached_property
    def bulk_config(self) -> AsyncFeaturesBulkConfigResourceWithRawResponse:
        from .bulk_config import AsyncFeaturesBulkConfigResourceWithRawResponse

        return AsyncFeaturesBulkConfigResourceWithRawResponse(self._resource.bulk_config)

    @cached_property
    def config(self) -> AsyncFeaturesConfigResourceWithRawResponse:
        from .config import AsyncFeaturesConfigResourceWithRawResponse

        return AsyncFeaturesConfigResourceWithRawResponse(self._resource.config)
