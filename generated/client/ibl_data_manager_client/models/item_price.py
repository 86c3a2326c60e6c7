from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_price_interval import ItemPriceInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemPrice")


@_attrs_define
class ItemPrice:
    """
    Attributes:
        id (UUID):
        name (str): Display name for this pricing tier (e.g., 'Basic', 'Premium')
        amount (str): Price amount in USD (e.g., 9.99 for $9.99, 0 for free)
        stripe_price_id (None | str): Stripe Price ID (on the connected account)
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset): Description of what's included in this tier
        currency (str | Unset): Currency code (e.g., 'usd', 'eur')
        interval (ItemPriceInterval | Unset): Billing interval  * `month` - Monthly * `year` - Yearly * `one_time` - One
            Time
        is_active (bool | Unset): Whether this price is currently available for purchase
        features (Any | Unset): List of features included in this tier
        sort_order (int | Unset): Display order for this price tier
    """

    id: UUID
    name: str
    amount: str
    stripe_price_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    interval: ItemPriceInterval | Unset = UNSET
    is_active: bool | Unset = UNSET
    features: Any | Unset = UNSET
    sort_order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        amount = self.amount

        stripe_price_id: None | str = self.stripe_price_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
                "id": id,
                "name": name,
                "amount": amount,
                "stripe_price_id": stripe_price_id,
                "created_at": created_at,
                "updated_at": updated_at,
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        amount = d.pop("amount")

        stripe_price_id = d.pop("stripe_price_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        currency = d.pop("currency", UNSET)

        _interval = d.pop("interval", UNSET)
        interval: ItemPriceInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = ItemPriceInterval(_interval)

        is_active = d.pop("is_active", UNSET)

        features = d.pop("features", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        item_price = cls(
            id=id,
            name=name,
            amount=amount,
            stripe_price_id=stripe_price_id,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            currency=currency,
            interval=interval,
            is_active=is_active,
            features=features,
            sort_order=sort_order,
        )

        item_price.additional_properties = d
        return item_price

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
