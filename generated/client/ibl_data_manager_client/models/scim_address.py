from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SCIMAddress")


@_attrs_define
class SCIMAddress:
    """SCIM address object serializer

    Attributes:
        type_ (str): Address type (work, home, etc.)
        formatted (str): Full formatted address
        street_address (str): Street address
        locality (str): City
        region (str): State/region
        postal_code (str): Postal code
        country (str): Country
    """

    type_: str
    formatted: str
    street_address: str
    locality: str
    region: str
    postal_code: str
    country: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        formatted = self.formatted

        street_address = self.street_address

        locality = self.locality

        region = self.region

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "formatted": formatted,
                "streetAddress": street_address,
                "locality": locality,
                "region": region,
                "postalCode": postal_code,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        formatted = d.pop("formatted")

        street_address = d.pop("streetAddress")

        locality = d.pop("locality")

        region = d.pop("region")

        postal_code = d.pop("postalCode")

        country = d.pop("country")

        scim_address = cls(
            type_=type_,
            formatted=formatted,
            street_address=street_address,
            locality=locality,
            region=region,
            postal_code=postal_code,
            country=country,
        )

        scim_address.additional_properties = d
        return scim_address

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
