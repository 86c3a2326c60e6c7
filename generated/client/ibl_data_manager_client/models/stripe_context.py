from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StripeContext")


@_attrs_define
class StripeContext:
    """
    Attributes:
        publishable_key (str):
        pricing_table_id (str):
        pricing_table_js (Any):
        payment_link_id (str):
        payment_link_url (str):
    """

    publishable_key: str
    pricing_table_id: str
    pricing_table_js: Any
    payment_link_id: str
    payment_link_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        publishable_key = self.publishable_key

        pricing_table_id = self.pricing_table_id

        pricing_table_js = self.pricing_table_js

        payment_link_id = self.payment_link_id

        payment_link_url = self.payment_link_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publishable_key": publishable_key,
                "pricing_table_id": pricing_table_id,
                "pricing_table_js": pricing_table_js,
                "payment_link_id": payment_link_id,
                "payment_link_url": payment_link_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        publishable_key = d.pop("publishable_key")

        pricing_table_id = d.pop("pricing_table_id")

        pricing_table_js = d.pop("pricing_table_js")

        payment_link_id = d.pop("payment_link_id")

        payment_link_url = d.pop("payment_link_url")

        stripe_context = cls(
            publishable_key=publishable_key,
            pricing_table_id=pricing_table_id,
            pricing_table_js=pricing_table_js,
            payment_link_id=payment_link_id,
            payment_link_url=payment_link_url,
        )

        stripe_context.additional_properties = d
        return stripe_context

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
