"""`Client.features.apps.update`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.features import features_apps_update_create as _features_apps_update_create
from .....models.onboarding_status_update import OnboardingStatusUpdate
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "FeaturesAppsUpdateResource",
    "FeaturesAppsUpdateResourceWithRawResponse",
    "AsyncFeaturesAppsUpdateResource",
    "AsyncFeaturesAppsUpdateResourceWithRawResponse",
]


class FeaturesAppsUpdateResource:
    """`Client.features.apps.update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FeaturesAppsUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return FeaturesAppsUpdateResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: OnboardingStatusUpdate,
        **options: Unpack[RequestOptions],
    ) -> OnboardingStatusUpdate: ...

    @overload
    def create(
        self,
        *,
        onboarding_completed: bool,
        app: str,
        **options: Unpack[RequestOptions],
    ) -> OnboardingStatusUpdate: ...

    def create(
        self,
        *,
        body: OnboardingStatusUpdate | Unset = UNSET,
        onboarding_completed: bool | Unset = UNSET,
        app: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OnboardingStatusUpdate:
        """Updates the user onboarding completed status

        Args:
            body (OnboardingStatusUpdate, request body)
            Or the body's fields as keywords instead of body=: onboarding_completed, app

        Returns:
            OnboardingStatusUpdate
        """
        body = body_from_fields(
            "features.apps.update.create",
            body,
            OnboardingStatusUpdate,
            ["onboarding_completed", "app"],
            (
                ("onboarding_completed", "onboarding_completed", onboarding_completed),
                ("app", "app", app),
            ),
        )
        return self._client._send(
            _features_apps_update_create.OPERATION,
            _features_apps_update_create.build_request(body=body),
            options,
        )


class FeaturesAppsUpdateResourceWithRawResponse:
    """`Client.features.apps.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: FeaturesAppsUpdateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncFeaturesAppsUpdateResource:
    """`AsyncClient.features.apps.update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFeaturesAppsUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncFeaturesAppsUpdateResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: OnboardingStatusUpdate,
        **options: Unpack[RequestOptions],
    ) -> OnboardingStatusUpdate: ...

    @overload
    async def create(
        self,
        *,
        onboarding_completed: bool,
        app: str,
        **options: Unpack[RequestOptions],
    ) -> OnboardingStatusUpdate: ...

    async def create(
        self,
        *,
        body: OnboardingStatusUpdate | Unset = UNSET,
        onboarding_completed: bool | Unset = UNSET,
        app: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OnboardingStatusUpdate:
        """Updates the user onboarding completed status

        Args:
            body (OnboardingStatusUpdate, request body)
            Or the body's fields as keywords instead of body=: onboarding_completed, app

        Returns:
            OnboardingStatusUpdate
        """
        body = body_from_fields(
            "features.apps.update.create",
            body,
            OnboardingStatusUpdate,
            ["onboarding_completed", "app"],
            (
                ("onboarding_completed", "onboarding_completed", onboarding_completed),
                ("app", "app", app),
            ),
        )
        return await self._client._send(
            _features_apps_update_create.OPERATION,
            _features_apps_update_create.build_request(body=body),
            options,
        )


class AsyncFeaturesAppsUpdateResourceWithRawResponse:
    """`AsyncClient.features.apps.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncFeaturesAppsUpdateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
