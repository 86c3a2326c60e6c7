from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.provider_05c_enum import Provider05CEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedBotCreate")


@_attrs_define
class PatchedBotCreate:
    """
    Attributes:
        name (str | Unset):
        provider (Provider05CEnum | Unset): * `webex` - Webex * `slack` - Slack * `whatsapp` - Whatsapp * `discord` -
            Discord * `teams` - Teams
    """

    name: str | Unset = UNSET
    provider: Provider05CEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.provider, Unset):
            files.append(("provider", (None, str(self.provider.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: Provider05CEnum | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = Provider05CEnum(_provider)

        patched_bot_create = cls(
            name=name,
            provider=provider,
        )

        patched_bot_create.additional_properties = d
        return patched_bot_create

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
