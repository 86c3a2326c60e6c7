from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AIGeneratedImage")


@_attrs_define
class AIGeneratedImage:
    """
    Attributes:
        id (int):
        image (str):
        date_created (datetime.datetime):
        user (int | None | Unset): edX user ID
        platform (int | None | Unset):
        prompt (str | Unset):
        model (str | Unset):
        provider (str | Unset):
    """

    id: int
    image: str
    date_created: datetime.datetime
    user: int | None | Unset = UNSET
    platform: int | None | Unset = UNSET
    prompt: str | Unset = UNSET
    model: str | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        image = self.image

        date_created = self.date_created.isoformat()

        user: int | None | Unset = self.user

        platform: int | None | Unset = self.platform

        prompt = self.prompt

        model = self.model

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "image": image,
                "date_created": date_created,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if platform is not UNSET:
            field_dict["platform"] = platform
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        image = d.pop("image")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        user = d.pop("user", UNSET)

        platform = d.pop("platform", UNSET)

        prompt = d.pop("prompt", UNSET)

        model = d.pop("model", UNSET)

        provider = d.pop("provider", UNSET)

        ai_generated_image = cls(
            id=id,
            image=image,
            date_created=date_created,
            user=user,
            platform=platform,
            prompt=prompt,
            model=model,
            provider=provider,
        )

        ai_generated_image.additional_properties = d
        return ai_generated_image

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
