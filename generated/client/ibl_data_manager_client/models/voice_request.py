from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_provider_enum import VoiceProviderEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceRequest")


@_attrs_define
class VoiceRequest:
    """
    Attributes:
        name (str):
        provider (VoiceProviderEnum): * `openai` - Openai * `google` - Google * `elevenlabs` - Elevenlabs
        language (str | Unset):
        description (str | Unset):
    """

    name: str
    provider: VoiceProviderEnum
    language: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider.value

        language = self.language

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        provider = VoiceProviderEnum(d.pop("provider"))

        language = d.pop("language", UNSET)

        description = d.pop("description", UNSET)

        voice_request = cls(
            name=name,
            provider=provider,
            language=language,
            description=description,
        )

        voice_request.additional_properties = d
        return voice_request

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
