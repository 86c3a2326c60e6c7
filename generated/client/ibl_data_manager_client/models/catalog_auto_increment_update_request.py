from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogAutoIncrementUpdateRequest")


@_attrs_define
class CatalogAutoIncrementUpdateRequest:
    """Serializer for auto increment update request parameters.

    Attributes:
        number_type (str): Type of number requested (e.g., course, program, pathway)
        key (str | Unset): Platform key identifier
        org (str | Unset): Platform organization identifier
    """

    number_type: str
    key: str | Unset = UNSET
    org: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_type = self.number_type

        key = self.key

        org = self.org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number_type": number_type,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if org is not UNSET:
            field_dict["org"] = org

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("number_type", (None, str(self.number_type).encode(), "text/plain")))

        if not isinstance(self.key, Unset):
            files.append(("key", (None, str(self.key).encode(), "text/plain")))

        if not isinstance(self.org, Unset):
            files.append(("org", (None, str(self.org).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_type = d.pop("number_type")

        key = d.pop("key", UNSET)

        org = d.pop("org", UNSET)

        catalog_auto_increment_update_request = cls(
            number_type=number_type,
            key=key,
            org=org,
        )

        catalog_auto_increment_update_request.additional_properties = d
        return catalog_auto_increment_update_request

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
