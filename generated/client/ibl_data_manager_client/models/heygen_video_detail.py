from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeygenVideoDetail")


@_attrs_define
class HeygenVideoDetail:
    """
    Attributes:
        id (int):
        video_file (None | str):
        generation_status (str):
        name (str | Unset):
        data (Any | Unset):
        script (None | str | Unset):
    """

    id: int
    video_file: None | str
    generation_status: str
    name: str | Unset = UNSET
    data: Any | Unset = UNSET
    script: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        video_file: None | str = self.video_file

        generation_status = self.generation_status

        name = self.name

        data = self.data

        script: None | str | Unset = self.script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "video_file": video_file,
                "generation_status": generation_status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if script is not UNSET:
            field_dict["script"] = script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        video_file = d.pop("video_file")

        generation_status = d.pop("generation_status")

        name = d.pop("name", UNSET)

        data = d.pop("data", UNSET)

        script = d.pop("script", UNSET)

        heygen_video_detail = cls(
            id=id,
            video_file=video_file,
            generation_status=generation_status,
            name=name,
            data=data,
            script=script,
        )

        heygen_video_detail.additional_properties = d
        return heygen_video_detail

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
