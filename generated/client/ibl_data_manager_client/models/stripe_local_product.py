from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeLocalProduct")


@_attrs_define
class StripeLocalProduct:
    """
    Attributes:
        name (str):
        price (str):
        sku (str):
        platform (str):
        description (None | str | Unset):
        stripe_product_id (None | str | Unset):
    """

    name: str
    price: str
    sku: str
    platform: str
    description: None | str | Unset = UNSET
    stripe_product_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        sku = self.sku

        platform = self.platform

        description: None | str | Unset = self.description

        stripe_product_id: None | str | Unset = self.stripe_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "price": price,
                "sku": sku,
                "platform": platform,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if stripe_product_id is not UNSET:
            field_dict["stripe_product_id"] = stripe_product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        price = d.pop("price")

        sku = d.pop("sku")

        platform = d.pop("platform")

        description = d.pop("description", UNSET)

        stripe_product_id = d.pop("stripe_product_id", UNSET)

        stripe_local_product = cls(
            name=name,
            price=price,
            sku=sku,
            platform=platform,
            description=description,
            stripe_product_id=stripe_product_id,
        )

        stripe_local_product.additional_properties = d
        return stripe_local_product

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
