from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformApiKey")


@_attrs_define
class PlatformApiKey:
    """Serializer for PlatformApiKey's

    Attributes:
        username (str): Username that created token
        name (str): Name of the token. Used by the user to identify the token.
        key (str):
        platform_key (str): The platform key
        expires (datetime.datetime): When token expires
        created (datetime.datetime): When token was created
        expires_in (None | str | Unset): Optional duration until key expires. Format: [DD] [HH:[MM:]]ss[.uuuuuu]
    """

    username: str
    name: str
    key: str
    platform_key: str
    expires: datetime.datetime
    created: datetime.datetime
    expires_in: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        name = self.name

        key = self.key

        platform_key = self.platform_key

        expires = self.expires.isoformat()

        created = self.created.isoformat()

        expires_in: None | str | Unset = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "name": name,
                "key": key,
                "platform_key": platform_key,
                "expires": expires,
                "created": created,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        name = d.pop("name")

        key = d.pop("key")

        platform_key = d.pop("platform_key")

        expires = datetime.datetime.fromisoformat(d.pop("expires"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        expires_in = d.pop("expires_in", UNSET)

        platform_api_key = cls(
            username=username,
            name=name,
            key=key,
            platform_key=platform_key,
            expires=expires,
            created=created,
            expires_in=expires_in,
        )

        platform_api_key.additional_properties = d
        return platform_api_key

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
