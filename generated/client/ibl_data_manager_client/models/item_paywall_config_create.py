from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.grandfathering_strategy_enum import GrandfatheringStrategyEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemPaywallConfigCreate")


@_attrs_define
class ItemPaywallConfigCreate:
    """
    Attributes:
        is_enabled (bool | Unset):
        description (str | Unset):
        allow_free_tier (bool | Unset):
        trial_period_days (int | Unset):
        grandfathering_strategy (GrandfatheringStrategyEnum | Unset): * `free_forever` - Free Forever - Existing users
            get unlimited free access * `require_subscription` - Require Subscription - All users must subscribe (no
            grandfathering)
    """

    is_enabled: bool | Unset = UNSET
    description: str | Unset = UNSET
    allow_free_tier: bool | Unset = UNSET
    trial_period_days: int | Unset = UNSET
    grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        description = self.description

        allow_free_tier = self.allow_free_tier

        trial_period_days = self.trial_period_days

        grandfathering_strategy: str | Unset = UNSET
        if not isinstance(self.grandfathering_strategy, Unset):
            grandfathering_strategy = self.grandfathering_strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if description is not UNSET:
            field_dict["description"] = description
        if allow_free_tier is not UNSET:
            field_dict["allow_free_tier"] = allow_free_tier
        if trial_period_days is not UNSET:
            field_dict["trial_period_days"] = trial_period_days
        if grandfathering_strategy is not UNSET:
            field_dict["grandfathering_strategy"] = grandfathering_strategy

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.is_enabled, Unset):
            files.append(("is_enabled", (None, str(self.is_enabled).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.allow_free_tier, Unset):
            files.append(
                ("allow_free_tier", (None, str(self.allow_free_tier).encode(), "text/plain"))
            )

        if not isinstance(self.trial_period_days, Unset):
            files.append(
                ("trial_period_days", (None, str(self.trial_period_days).encode(), "text/plain"))
            )

        if not isinstance(self.grandfathering_strategy, Unset):
            files.append(
                (
                    "grandfathering_strategy",
                    (None, str(self.grandfathering_strategy.value).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)

        description = d.pop("description", UNSET)

        allow_free_tier = d.pop("allow_free_tier", UNSET)

        trial_period_days = d.pop("trial_period_days", UNSET)

        _grandfathering_strategy = d.pop("grandfathering_strategy", UNSET)
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset
        if isinstance(_grandfathering_strategy, Unset):
            grandfathering_strategy = UNSET
        else:
            grandfathering_strategy = GrandfatheringStrategyEnum(_grandfathering_strategy)

        item_paywall_config_create = cls(
            is_enabled=is_enabled,
            description=description,
            allow_free_tier=allow_free_tier,
            trial_period_days=trial_period_days,
            grandfathering_strategy=grandfathering_strategy,
        )

        item_paywall_config_create.additional_properties = d
        return item_paywall_config_create

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
