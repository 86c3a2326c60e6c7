from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformApiKeyRequest")


@_attrs_define
class PlatformApiKeyRequest:
    """Serializer for PlatformApiKey's

    Attributes:
        name (str): Name of the token. Used by the user to identify the token.
        platform_key (str): The platform key
        expires_in (None | str | Unset): Optional duration until key expires. Format: [DD] [HH:[MM:]]ss[.uuuuuu]
    """

    name: str
    platform_key: str
    expires_in: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        platform_key = self.platform_key

        expires_in: None | str | Unset = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "platform_key": platform_key,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.expires_in, Unset):
            if isinstance(self.expires_in, str):
                files.append(("expires_in", (None, str(self.expires_in).encode(), "text/plain")))
            else:
                files.append(("expires_in", (None, str(self.expires_in).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        platform_key = d.pop("platform_key")

        expires_in = d.pop("expires_in", UNSET)

        platform_api_key_request = cls(
            name=name,
            platform_key=platform_key,
            expires_in=expires_in,
        )

        platform_api_key_request.additional_properties = d
        return platform_api_key_request

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
