"""`Client.features.apps`: 1 operation and 2 sub-resources."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.features import features_apps_list as _features_apps_list
from ....models.paginated_user_app_list import PaginatedUserAppList
from ....models.user_app import UserApp
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .update import (
        AsyncFeaturesAppsUpdateResource,
        AsyncFeaturesAppsUpdateResourceWithRawResponse,
        FeaturesAppsUpdateResource,
        FeaturesAppsUpdateResourceWithRawResponse,
    )
    from .update_trial_status import (
        AsyncFeaturesAppsUpdateTrialStatusResource,
        AsyncFeaturesAppsUpdateTrialStatusResourceWithRawResponse,
        FeaturesAppsUpdateTrialStatusResource,
        FeaturesAppsUpdateTrialStatusResourceWithRawResponse,
    )

__all__ = [
    "FeaturesAppsResource",
    "FeaturesAppsResourceWithRawResponse",
    "AsyncFeaturesAppsResource",
    "AsyncFeaturesAppsResourceWithRawResponse",
]


class FeaturesAppsResource:
    """`Client.features.apps`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FeaturesAppsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return FeaturesAppsResourceWithRawResponse(self)

    @cached_property
    def update(self) -> FeaturesAppsUpdateResource:
        from .update import FeaturesAppsUpdateResource

        return FeaturesAppsUpdateResource(self._client)

    @cached_property
    def update_trial_status(self) -> FeaturesAppsUpdateTrialStatusResource:
        from .update_trial_status import FeaturesAppsUpdateTrialStatusResource

        return FeaturesAppsUpdateTrialStatusResource(self._client)

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserAppList:
        """Returns a list of the apps that the user has access to.

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedUserAppList
        """
        return self._client._send(
            _features_apps_list.OPERATION,
            _features_apps_list.build_request(page=page, page_size=page_size),
            options,
        )

    def iter_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[UserApp]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _features_apps_list.OPERATION,
            _features_apps_list.build_request(page=page, page_size=page_size),
            _features_apps_list.PAGE,
            options,
        )


class FeaturesAppsResourceWithRawResponse:
    """`Client.features.apps`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: FeaturesAppsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)

    @cached_property
    def update(self) -> FeaturesAppsUpdateResourceWithRawResponse:
        from .update import FeaturesAppsUpdateResourceWithRawResponse

        return FeaturesAppsUpdateResourceWithRawResponse(self._resource.update)

    @cached_property
    def update_trial_status(self) -> FeaturesAppsUpdateTrialStatusResourceWithRawResponse:
        from .update_trial_status import FeaturesAppsUpdateTrialStatusResourceWithRawResponse

        return FeaturesAppsUpdateTrialStatusResourceWithRawResponse(
            self._resource.update_trial_status
        )


class AsyncFeaturesAppsResource:
    """`AsyncClient.features.apps`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFeaturesAppsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncFeaturesAppsResourceWithRawResponse(self)

    @cached_property
    def update(self) -> AsyncFeaturesAppsUpdateResource:
        from .update import AsyncFeaturesAppsUpdateResource

        return AsyncFeaturesAppsUpdateResource(self._client)

    @cached_property
    def update_trial_status(self) -> AsyncFeaturesAppsUpdateTrialStatusResource:
        from .update_trial_status import AsyncFeaturesAppsUpdateTrialStatusResource

        return AsyncFeaturesAppsUpdateTrialStatusResource(self._client)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedUserAppList:
        """Returns a list of the apps that the user has access to.

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedUserAppList
        """
        return await self._client._send(
            _features_apps_list.OPERATION,
            _features_apps_list.build_request(page=page, page_size=page_size),
            options,
        )

    def iter_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[UserApp]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _features_apps_list.OPERATION,
            _features_apps_list.build_request(page=page, page_size=page_size),
            _features_apps_list.PAGE,
            options,
        )


class AsyncFeaturesAppsResourceWithRawResponse:
    """`AsyncClient.features.apps`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncFeaturesAppsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)

    @cached_property
    def update(self) -> AsyncFeaturesAppsUpdateResourceWithRawResponse:
        from .update import AsyncFeaturesAppsUpdateResourceWithRawResponse

        return AsyncFeaturesAppsUpdateResourceWithRawResponse(self._resource.update)

    @cached_property
    def update_trial_status(self) -> AsyncFeaturesAppsUpdateTrialStatusResourceWithRawResponse:
        from .update_trial_status import AsyncFeaturesAppsUpdateTrialStatusResourceWithRawResponse

        return AsyncFeaturesAppsUpdateTrialStatusResourceWithRawResponse(
            self._resource.update_trial_status
        )
