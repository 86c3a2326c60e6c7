from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateMentor")


@_attrs_define
class TemplateMentor:
    """
    Attributes:
        id (int):
        name (str):
        platform_key (None | str):
        slug (str | Unset):
        unique_id (UUID | Unset):
        description (None | str | Unset):
        system_prompt (None | str | Unset):
    """

    id: int
    name: str
    platform_key: None | str
    slug: str | Unset = UNSET
    unique_id: UUID | Unset = UNSET
    description: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform_key: None | str = self.platform_key

        slug = self.slug

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        description: None | str | Unset = self.description

        system_prompt: None | str | Unset = self.system_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform_key": platform_key,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if description is not UNSET:
            field_dict["description"] = description
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        platform_key = d.pop("platform_key")

        slug = d.pop("slug", UNSET)

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = UUID(_unique_id)

        description = d.pop("description", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        template_mentor = cls(
            id=id,
            name=name,
            platform_key=platform_key,
            slug=slug,
            unique_id=unique_id,
            description=description,
            system_prompt=system_prompt,
        )

        template_mentor.additional_properties = d
        return template_mentor

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
