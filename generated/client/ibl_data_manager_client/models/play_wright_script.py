from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayWrightScript")


@_attrs_define
class PlayWrightScript:
    """
    Attributes:
        id (int):
        platform (int | None):
        student (int | None): edX user ID
        title (str):
        script (str):
        is_public (bool):
        description (str | Unset):
    """

    id: int
    platform: int | None
    student: int | None
    title: str
    script: str
    is_public: bool
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform: int | None = self.platform

        student: int | None = self.student

        title = self.title

        script = self.script

        is_public = self.is_public

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform": platform,
                "student": student,
                "title": title,
                "script": script,
                "is_public": is_public,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        platform = d.pop("platform")

        student = d.pop("student")

        title = d.pop("title")

        script = d.pop("script")

        is_public = d.pop("is_public")

        description = d.pop("description", UNSET)

        play_wright_script = cls(
            id=id,
            platform=platform,
            student=student,
            title=title,
            script=script,
            is_public=is_public,
            description=description,
        )

        play_wright_script.additional_properties = d
        return play_wright_script

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
