from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramMetadataResponse")


@_attrs_define
class ProgramMetadataResponse:
    """Response serializer for ProgramMetadataView GET endpoint.

    Attributes:
        name (None | str | Unset): Program name
        description (None | str | Unset): Program description
        enabled (bool | None | Unset): Whether the program is enabled
        slug (None | str | Unset): Program slug
        skills (list[str] | Unset): List of associated skills
        platform_key (None | str | Unset): Platform key
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    slug: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    platform_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset = self.name

        description: None | str | Unset = self.description

        enabled: bool | None | Unset = self.enabled

        slug: None | str | Unset = self.slug

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        platform_key: None | str | Unset = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if slug is not UNSET:
            field_dict["slug"] = slug
        if skills is not UNSET:
            field_dict["skills"] = skills
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        slug = d.pop("slug", UNSET)

        skills = cast(list[str], d.pop("skills", UNSET))

        platform_key = d.pop("platform_key", UNSET)

        program_metadata_response = cls(
            name=name,
            description=description,
            enabled=enabled,
            slug=slug,
            skills=skills,
            platform_key=platform_key,
        )

        program_metadata_response.additional_properties = d
        return program_metadata_response

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
