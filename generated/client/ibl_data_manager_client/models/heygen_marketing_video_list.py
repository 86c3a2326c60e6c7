from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeygenMarketingVideoList")


@_attrs_define
class HeygenMarketingVideoList:
    """
    Attributes:
        pk (int):
        generation_status (str):
        name (str | Unset):
        data (Any | Unset):
    """

    pk: int
    generation_status: str
    name: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        generation_status = self.generation_status

        name = self.name

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "generation_status": generation_status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        generation_status = d.pop("generation_status")

        name = d.pop("name", UNSET)

        data = d.pop("data", UNSET)

        heygen_marketing_video_list = cls(
            pk=pk,
            generation_status=generation_status,
            name=name,
            data=data,
        )

        heygen_marketing_video_list.additional_properties = d
        return heygen_marketing_video_list

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
