from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.item_price_create_interval import ItemPriceCreateInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemPriceCreate")


@_attrs_define
class ItemPriceCreate:
    """
    Attributes:
        name (str): Display name for this pricing tier (e.g., 'Basic', 'Premium')
        amount (str):
        description (None | str | Unset): Description of what's included in this tier
        currency (str | Unset): Currency code (e.g., 'usd', 'eur')
        interval (ItemPriceCreateInterval | Unset): Billing interval  * `month` - Monthly * `year` - Yearly * `one_time`
            - One Time
        is_active (bool | Unset): Whether this price is currently available for purchase
        features (Any | Unset): List of features included in this tier
        sort_order (int | Unset): Display order for this price tier
    """

    name: str
    amount: str
    description: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    interval: ItemPriceCreateInterval | Unset = UNSET
    is_active: bool | Unset = UNSET
    features: Any | Unset = UNSET
    sort_order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        amount = self.amount

        description: None | str | Unset = self.description

        currency = self.currency

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        is_active = self.is_active

        features = self.features

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if currency is not UNSET:
            field_dict["currency"] = currency
        if interval is not UNSET:
            field_dict["interval"] = interval
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if features is not UNSET:
            field_dict["features"] = features
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("amount", (None, str(self.amount).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str):
                files.append(("description", (None, str(self.description).encode(), "text/plain")))
            else:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.currency, Unset):
            files.append(("currency", (None, str(self.currency).encode(), "text/plain")))

        if not isinstance(self.interval, Unset):
            files.append(("interval", (None, str(self.interval.value).encode(), "text/plain")))

        if not isinstance(self.is_active, Unset):
            files.append(("is_active", (None, str(self.is_active).encode(), "text/plain")))

        if not isinstance(self.features, Unset):
            files.append(("features", (None, str(self.features).encode(), "text/plain")))

        if not isinstance(self.sort_order, Unset):
            files.append(("sort_order", (None, str(self.sort_order).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        amount = d.pop("amount")

        description = d.pop("description", UNSET)

        currency = d.pop("currency", UNSET)

        _interval = d.pop("interval", UNSET)
        interval: ItemPriceCreateInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = ItemPriceCreateInterval(_interval)

        is_active = d.pop("is_active", UNSET)

        features = d.pop("features", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        item_price_create = cls(
            name=name,
            amount=amount,
            description=description,
            currency=currency,
            interval=interval,
            is_active=is_active,
            features=features,
            sort_order=sort_order,
        )

        item_price_create.additional_properties = d
        return item_price_create

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
