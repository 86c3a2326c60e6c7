from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SCIMName")


@_attrs_define
class SCIMName:
    """SCIM name object serializer. Fields allow_blank=True so response validation succeeds for
    users with no name set.

        Attributes:
            formatted (str | Unset): Full formatted name
            family_name (str | Unset): Family/last name
            given_name (str | Unset): Given/first name
    """

    formatted: str | Unset = UNSET
    family_name: str | Unset = UNSET
    given_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formatted = self.formatted

        family_name = self.family_name

        given_name = self.given_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formatted is not UNSET:
            field_dict["formatted"] = formatted
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if given_name is not UNSET:
            field_dict["givenName"] = given_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formatted = d.pop("formatted", UNSET)

        family_name = d.pop("familyName", UNSET)

        given_name = d.pop("givenName", UNSET)

        scim_name = cls(
            formatted=formatted,
            family_name=family_name,
            given_name=given_name,
        )

        scim_name.additional_properties = d
        return scim_name

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
