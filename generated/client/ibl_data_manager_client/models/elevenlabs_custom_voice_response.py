from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ElevenlabsCustomVoiceResponse")


@_attrs_define
class ElevenlabsCustomVoiceResponse:
    """
    Attributes:
        name (str):
        owner_student (None | str):
        sample_audio_url (None | str):
        language (str | Unset):
        is_premade (bool | Unset):
        description (str | Unset):
    """

    name: str
    owner_student: None | str
    sample_audio_url: None | str
    language: str | Unset = UNSET
    is_premade: bool | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_student: None | str = self.owner_student

        sample_audio_url: None | str = self.sample_audio_url

        language = self.language

        is_premade = self.is_premade

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "owner_student": owner_student,
                "sample_audio_url": sample_audio_url,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if is_premade is not UNSET:
            field_dict["is_premade"] = is_premade
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        owner_student = d.pop("owner_student")

        sample_audio_url = d.pop("sample_audio_url")

        language = d.pop("language", UNSET)

        is_premade = d.pop("is_premade", UNSET)

        description = d.pop("description", UNSET)

        elevenlabs_custom_voice_response = cls(
            name=name,
            owner_student=owner_student,
            sample_audio_url=sample_audio_url,
            language=language,
            is_premade=is_premade,
            description=description,
        )

        elevenlabs_custom_voice_response.additional_properties = d
        return elevenlabs_custom_voice_response

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
