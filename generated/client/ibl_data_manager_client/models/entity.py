from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type_enum import EntityTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Entity")


@_attrs_define
class Entity:
    """Entity information for the invoice.

    Attributes:
        display_name (str):
        type_ (EntityTypeEnum | Unset): * `user` - user * `platform` - platform * `global` - global
        username (str | Unset):
        platform_key (str | Unset):
        platform_name (str | Unset):
    """

    display_name: str
    type_: EntityTypeEnum | Unset = UNSET
    username: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    platform_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        username = self.username

        platform_key = self.platform_key

        platform_name = self.platform_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if username is not UNSET:
            field_dict["username"] = username
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_name is not UNSET:
            field_dict["platform_name"] = platform_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        _type_ = d.pop("type", UNSET)
        type_: EntityTypeEnum | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EntityTypeEnum(_type_)

        username = d.pop("username", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        platform_name = d.pop("platform_name", UNSET)

        entity = cls(
            display_name=display_name,
            type_=type_,
            username=username,
            platform_key=platform_key,
            platform_name=platform_name,
        )

        entity.additional_properties = d
        return entity

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
