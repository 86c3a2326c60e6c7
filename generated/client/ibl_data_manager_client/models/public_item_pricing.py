from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_type_3e2_enum import ItemType3E2Enum

if TYPE_CHECKING:
    from ..models.item_price import ItemPrice


T = TypeVar("T", bound="PublicItemPricing")


@_attrs_define
class PublicItemPricing:
    """
    Attributes:
        item_type (ItemType3E2Enum): * `mentor` - mentor * `course` - course * `program` - program * `pathway` - pathway
        item_id (str):
        item_name (str):
        is_paywalled (bool):
        allow_free_tier (bool):
        trial_period_days (int):
        prices (list[ItemPrice]):
    """

    item_type: ItemType3E2Enum
    item_id: str
    item_name: str
    is_paywalled: bool
    allow_free_tier: bool
    trial_period_days: int
    prices: list[ItemPrice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type = self.item_type.value

        item_id = self.item_id

        item_name = self.item_name

        is_paywalled = self.is_paywalled

        allow_free_tier = self.allow_free_tier

        trial_period_days = self.trial_period_days

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_type": item_type,
                "item_id": item_id,
                "item_name": item_name,
                "is_paywalled": is_paywalled,
                "allow_free_tier": allow_free_tier,
                "trial_period_days": trial_period_days,
                "prices": prices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_price import ItemPrice  # noqa: PLC0415

        d = dict(src_dict)
        item_type = ItemType3E2Enum(d.pop("item_type"))

        item_id = d.pop("item_id")

        item_name = d.pop("item_name")

        is_paywalled = d.pop("is_paywalled")

        allow_free_tier = d.pop("allow_free_tier")

        trial_period_days = d.pop("trial_period_days")

        prices = []
        _prices = d.pop("prices")
        for prices_item_data in _prices:
            prices_item = ItemPrice.from_dict(prices_item_data)

            prices.append(prices_item)

        public_item_pricing = cls(
            item_type=item_type,
            item_id=item_id,
            item_name=item_name,
            is_paywalled=is_paywalled,
            allow_free_tier=allow_free_tier,
            trial_period_days=trial_period_days,
            prices=prices,
        )

        public_item_pricing.additional_properties = d
        return public_item_pricing

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
