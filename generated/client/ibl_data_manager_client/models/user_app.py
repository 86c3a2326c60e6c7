from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app import App
    from ..models.platform import Platform
    from ..models.user_app_subscription import UserAppSubscription


T = TypeVar("T", bound="UserApp")


@_attrs_define
class UserApp:
    """
    Attributes:
        id (int):
        app (App):
        platform (Platform): Note: Create and update operations deprecated.
        subscription (None | UserAppSubscription):
        provider (str):
        is_admin (bool):
        is_active (bool):
        metadata (Any | Unset):
        onboarding_completed (bool | Unset):
        free_trial_started (bool | Unset):
        free_trial_expired (bool | Unset):
        has_active_subscription (bool | Unset):
    """

    id: int
    app: App
    platform: Platform
    subscription: None | UserAppSubscription
    provider: str
    is_admin: bool
    is_active: bool
    metadata: Any | Unset = UNSET
    onboarding_completed: bool | Unset = UNSET
    free_trial_started: bool | Unset = UNSET
    free_trial_expired: bool | Unset = UNSET
    has_active_subscription: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_app_subscription import UserAppSubscription  # noqa: PLC0415

        id = self.id

        app = self.app.to_dict()

        platform = self.platform.to_dict()

        subscription: dict[str, Any] | None
        if isinstance(self.subscription, UserAppSubscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        provider = self.provider

        is_admin = self.is_admin

        is_active = self.is_active

        metadata = self.metadata

        onboarding_completed = self.onboarding_completed

        free_trial_started = self.free_trial_started

        free_trial_expired = self.free_trial_expired

        has_active_subscription = self.has_active_subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "app": app,
                "platform": platform,
                "subscription": subscription,
                "provider": provider,
                "is_admin": is_admin,
                "is_active": is_active,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if onboarding_completed is not UNSET:
            field_dict["onboarding_completed"] = onboarding_completed
        if free_trial_started is not UNSET:
            field_dict["free_trial_started"] = free_trial_started
        if free_trial_expired is not UNSET:
            field_dict["free_trial_expired"] = free_trial_expired
        if has_active_subscription is not UNSET:
            field_dict["has_active_subscription"] = has_active_subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app import App  # noqa: PLC0415
        from ..models.platform import Platform  # noqa: PLC0415
        from ..models.user_app_subscription import UserAppSubscription  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        app = App.from_dict(d.pop("app"))

        platform = Platform.from_dict(d.pop("platform"))

        def _parse_subscription(data: object) -> None | UserAppSubscription:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_0 = UserAppSubscription.from_dict(data)

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserAppSubscription, data)

        subscription = _parse_subscription(d.pop("subscription"))

        provider = d.pop("provider")

        is_admin = d.pop("is_admin")

        is_active = d.pop("is_active")

        metadata = d.pop("metadata", UNSET)

        onboarding_completed = d.pop("onboarding_completed", UNSET)

        free_trial_started = d.pop("free_trial_started", UNSET)

        free_trial_expired = d.pop("free_trial_expired", UNSET)

        has_active_subscription = d.pop("has_active_subscription", UNSET)

        user_app = cls(
            id=id,
            app=app,
            platform=platform,
            subscription=subscription,
            provider=provider,
            is_admin=is_admin,
            is_active=is_active,
            metadata=metadata,
            onboarding_completed=onboarding_completed,
            free_trial_started=free_trial_started,
            free_trial_expired=free_trial_expired,
            has_active_subscription=has_active_subscription,
        )

        user_app.additional_properties = d
        return user_app

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
