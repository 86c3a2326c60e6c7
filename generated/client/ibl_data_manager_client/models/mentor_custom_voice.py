from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorCustomVoice")


@_attrs_define
class MentorCustomVoice:
    """
    Attributes:
        voice_provider (str):
        voice_name (None | str | Unset):
    """

    voice_provider: str
    voice_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_provider = self.voice_provider

        voice_name: None | str | Unset = self.voice_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_provider": voice_provider,
            }
        )
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("voice_provider", (None, str(self.voice_provider).encode(), "text/plain")))

        if not isinstance(self.voice_name, Unset):
            if isinstance(self.voice_name, str):
                files.append(("voice_name", (None, str(self.voice_name).encode(), "text/plain")))
            else:
                files.append(("voice_name", (None, str(self.voice_name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_provider = d.pop("voice_provider")

        voice_name = d.pop("voice_name", UNSET)

        mentor_custom_voice = cls(
            voice_provider=voice_provider,
            voice_name=voice_name,
        )

        mentor_custom_voice.additional_properties = d
        return mentor_custom_voice

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
