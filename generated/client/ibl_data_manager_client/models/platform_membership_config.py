from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformMembershipConfig")


@_attrs_define
class PlatformMembershipConfig:
    """
    Attributes:
        platform_key (str):
        platform_name (str):
        created (datetime.datetime):
        modified (datetime.datetime):
        allow_self_linking (bool | Unset): Whether users can self-link to this platform
    """

    platform_key: str
    platform_name: str
    created: datetime.datetime
    modified: datetime.datetime
    allow_self_linking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        platform_name = self.platform_name

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        allow_self_linking = self.allow_self_linking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "platform_name": platform_name,
                "created": created,
                "modified": modified,
            }
        )
        if allow_self_linking is not UNSET:
            field_dict["allow_self_linking"] = allow_self_linking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        platform_name = d.pop("platform_name")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        allow_self_linking = d.pop("allow_self_linking", UNSET)

        platform_membership_config = cls(
            platform_key=platform_key,
            platform_name=platform_name,
            created=created,
            modified=modified,
            allow_self_linking=allow_self_linking,
        )

        platform_membership_config.additional_properties = d
        return platform_membership_config

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
