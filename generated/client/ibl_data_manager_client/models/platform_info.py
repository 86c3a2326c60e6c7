from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlatformInfo")


@_attrs_define
class PlatformInfo:
    """Serializer for platform information.

    Attributes:
        platform_id (int): Platform ID
        platform_name (str): Platform name
        platform_key (str): Platform key
    """

    platform_id: int
    platform_name: str
    platform_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_id = self.platform_id

        platform_name = self.platform_name

        platform_key = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_id": platform_id,
                "platform_name": platform_name,
                "platform_key": platform_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_id = d.pop("platform_id")

        platform_name = d.pop("platform_name")

        platform_key = d.pop("platform_key")

        platform_info = cls(
            platform_id=platform_id,
            platform_name=platform_name,
            platform_key=platform_key,
        )

        platform_info.additional_properties = d
        return platform_info

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
