"""`Client.features.apps.update_trial_status`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.features import (
    features_apps_update_trial_status_create as _features_apps_update_trial_status_create,
)
from .....models.activate_user_free_trial import ActivateUserFreeTrial
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "FeaturesAppsUpdateTrialStatusResource",
    "FeaturesAppsUpdateTrialStatusResourceWithRawResponse",
    "AsyncFeaturesAppsUpdateTrialStatusResource",
    "AsyncFeaturesAppsUpdateTrialStatusResourceWithRawResponse",
]


class FeaturesAppsUpdateTrialStatusResource:
    """`Client.features.apps.update_trial_status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FeaturesAppsUpdateTrialStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return FeaturesAppsUpdateTrialStatusResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: ActivateUserFreeTrial,
        **options: Unpack[RequestOptions],
    ) -> ActivateUserFreeTrial: ...

    @overload
    def create(
        self,
        *,
        app: str,
        platform: str,
        free_trial_started: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActivateUserFreeTrial: ...

    def create(
        self,
        *,
        body: ActivateUserFreeTrial | Unset = UNSET,
        app: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        free_trial_started: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActivateUserFreeTrial:
        """Activates free trial for the user  Set free_trial_started to True| false for the user
        app  App URL or ID is required as well as the platform key

        Args:
            body (ActivateUserFreeTrial, request body)
            Or the body's fields as keywords instead of body=: app, platform, free_trial_started

        Returns:
            ActivateUserFreeTrial
        """
        body = body_from_fields(
            "features.apps.update_trial_status.create",
            body,
            ActivateUserFreeTrial,
            ["app", "platform"],
            (
                ("app", "app", app),
                ("platform", "platform", platform),
                ("free_trial_started", "free_trial_started", free_trial_started),
            ),
        )
        return self._client._send(
            _features_apps_update_trial_status_create.OPERATION,
            _features_apps_update_trial_status_create.build_request(body=body),
            options,
        )


class FeaturesAppsUpdateTrialStatusResourceWithRawResponse:
    """`Client.features.apps.update_trial_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: FeaturesAppsUpdateTrialStatusResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncFeaturesAppsUpdateTrialStatusResource:
    """`AsyncClient.features.apps.update_trial_status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFeaturesAppsUpdateTrialStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncFeaturesAppsUpdateTrialStatusResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: ActivateUserFreeTrial,
        **options: Unpack[RequestOptions],
    ) -> ActivateUserFreeTrial: ...

    @overload
    async def create(
        self,
        *,
        app: str,
        platform: str,
        free_trial_started: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActivateUserFreeTrial: ...

    async def create(
        self,
        *,
        body: ActivateUserFreeTrial | Unset = UNSET,
        app: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        free_trial_started: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActivateUserFreeTrial:
        """Activates free trial for the user  Set free_trial_started to True| false for the user
        app  App URL or ID is required as well as the platform key

        Args:
            body (ActivateUserFreeTrial, request body)
            Or the body's fields as keywords instead of body=: app, platform, free_trial_started

        Returns:
            ActivateUserFreeTrial
        """
        body = body_from_fields(
            "features.apps.update_trial_status.create",
            body,
            ActivateUserFreeTrial,
            ["app", "platform"],
            (
                ("app", "app", app),
                ("platform", "platform", platform),
                ("free_trial_started", "free_trial_started", free_trial_started),
            ),
        )
        return await self._client._send(
            _features_apps_update_trial_status_create.OPERATION,
            _features_apps_update_trial_status_create.build_request(body=body),
            options,
        )


class AsyncFeaturesAppsUpdateTrialStatusResourceWithRawResponse:
    """`AsyncClient.features.apps.update_trial_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncFeaturesAppsUpdateTrialStatusResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
