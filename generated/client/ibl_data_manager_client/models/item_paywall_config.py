from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_paywall_config_grandfathering_strategy import (
    ItemPaywallConfigGrandfatheringStrategy,
)
from ..models.item_paywall_config_item_type import ItemPaywallConfigItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_price import ItemPrice


T = TypeVar("T", bound="ItemPaywallConfig")


@_attrs_define
class ItemPaywallConfig:
    """
    Attributes:
        item_type (ItemPaywallConfigItemType): Type of item being paywalled (e.g. mentor, course, program)  * `mentor` -
            Mentor * `course` - Course * `program` - Program * `pathway` - Pathway
        item_id (str): Identifier for the item (UUID for mentors, slug/key for others)
        item_name (str):
        stripe_product_id (None | str): Stripe Product ID for this item (on the connected account)
        paywall_enabled_at (datetime.datetime | None): When the paywall was first enabled (for grandfathering cutoff)
        prices (list[ItemPrice]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        is_enabled (bool | Unset): Whether the paywall is enabled for this item
        description (str | Unset): Marketing description shown to customers at checkout. If blank, a default is
            generated from the item name.
        allow_free_tier (bool | Unset): Whether to allow a free tier (bypasses checkout)
        trial_period_days (int | Unset): Number of days for free trial (0 = no trial)
        grandfathering_strategy (ItemPaywallConfigGrandfatheringStrategy | Unset): How to handle existing users when
            enabling the paywall  * `free_forever` - Free Forever - Existing users get unlimited free access *
            `require_subscription` - Require Subscription - All users must subscribe (no grandfathering)
    """

    item_type: ItemPaywallConfigItemType
    item_id: str
    item_name: str
    stripe_product_id: None | str
    paywall_enabled_at: datetime.datetime | None
    prices: list[ItemPrice]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_enabled: bool | Unset = UNSET
    description: str | Unset = UNSET
    allow_free_tier: bool | Unset = UNSET
    trial_period_days: int | Unset = UNSET
    grandfathering_strategy: ItemPaywallConfigGrandfatheringStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type = self.item_type.value

        item_id = self.item_id

        item_name = self.item_name

        stripe_product_id: None | str = self.stripe_product_id

        paywall_enabled_at: None | str
        if isinstance(self.paywall_enabled_at, datetime.datetime):
            paywall_enabled_at = self.paywall_enabled_at.isoformat()
        else:
            paywall_enabled_at = self.paywall_enabled_at

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_enabled = self.is_enabled

        description = self.description

        allow_free_tier = self.allow_free_tier

        trial_period_days = self.trial_period_days

        grandfathering_strategy: str | Unset = UNSET
        if not isinstance(self.grandfathering_strategy, Unset):
            grandfathering_strategy = self.grandfathering_strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_type": item_type,
                "item_id": item_id,
                "item_name": item_name,
                "stripe_product_id": stripe_product_id,
                "paywall_enabled_at": paywall_enabled_at,
                "prices": prices,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_price import ItemPrice  # noqa: PLC0415

        d = dict(src_dict)
        item_type = ItemPaywallConfigItemType(d.pop("item_type"))

        item_id = d.pop("item_id")

        item_name = d.pop("item_name")

        stripe_product_id = d.pop("stripe_product_id")

        def _parse_paywall_enabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paywall_enabled_at_type_0 = datetime.datetime.fromisoformat(data)

                return paywall_enabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paywall_enabled_at = _parse_paywall_enabled_at(d.pop("paywall_enabled_at"))

        prices = []
        _prices = d.pop("prices")
        for prices_item_data in _prices:
            prices_item = ItemPrice.from_dict(prices_item_data)

            prices.append(prices_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        is_enabled = d.pop("is_enabled", UNSET)

        description = d.pop("description", UNSET)

        allow_free_tier = d.pop("allow_free_tier", UNSET)

        trial_period_days = d.pop("trial_period_days", UNSET)

        _grandfathering_strategy = d.pop("grandfathering_strategy", UNSET)
        grandfathering_strategy: ItemPaywallConfigGrandfatheringStrategy | Unset
        if isinstance(_grandfathering_strategy, Unset):
            grandfathering_strategy = UNSET
        else:
            grandfathering_strategy = ItemPaywallConfigGrandfatheringStrategy(
                _grandfathering_strategy
            )

        item_paywall_config = cls(
            item_type=item_type,
            item_id=item_id,
            item_name=item_name,
            stripe_product_id=stripe_product_id,
            paywall_enabled_at=paywall_enabled_at,
            prices=prices,
            created_at=created_at,
            updated_at=updated_at,
            is_enabled=is_enabled,
            description=description,
            allow_free_tier=allow_free_tier,
            trial_period_days=trial_period_days,
            grandfathering_strategy=grandfathering_strategy,
        )

        item_paywall_config.additional_properties = d
        return item_paywall_config

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
