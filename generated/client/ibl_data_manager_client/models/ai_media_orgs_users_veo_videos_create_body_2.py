from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMediaOrgsUsersVeoVideosCreateBody2")


@_attrs_define
class AiMediaOrgsUsersVeoVideosCreateBody2:
    """
    Attributes:
        prompt_text (str):
        prompt_image (str | Unset):
        name (str | Unset):
    """

    prompt_text: str
    prompt_image: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_text = self.prompt_text

        prompt_image = self.prompt_image

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_text": prompt_text,
            }
        )
        if prompt_image is not UNSET:
            field_dict["prompt_image"] = prompt_image
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_text = d.pop("prompt_text")

        prompt_image = d.pop("prompt_image", UNSET)

        name = d.pop("name", UNSET)

        ai_media_orgs_users_veo_videos_create_body_2 = cls(
            prompt_text=prompt_text,
            prompt_image=prompt_image,
            name=name,
        )

        ai_media_orgs_users_veo_videos_create_body_2.additional_properties = d
        return ai_media_orgs_users_veo_videos_create_body_2

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
