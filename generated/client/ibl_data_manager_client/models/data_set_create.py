from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSetCreate")


@_attrs_define
class DataSetCreate:
    """
    Attributes:
        id (UUID):
        name (str):
        source_url (str | Unset):
        source_file (str | Unset):
        num_data_points (int | Unset):
        train_split (float | Unset):
        prompt (str | Unset): (if any) Special instructions for generating the dataset. This could be requirements on
            tone, language, style, etc.
    """

    id: UUID
    name: str
    source_url: str | Unset = UNSET
    source_file: str | Unset = UNSET
    num_data_points: int | Unset = UNSET
    train_split: float | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        source_url = self.source_url

        source_file = self.source_file

        num_data_points = self.num_data_points

        train_split = self.train_split

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_file is not UNSET:
            field_dict["source_file"] = source_file
        if num_data_points is not UNSET:
            field_dict["num_data_points"] = num_data_points
        if train_split is not UNSET:
            field_dict["train_split"] = train_split
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        source_url = d.pop("source_url", UNSET)

        source_file = d.pop("source_file", UNSET)

        num_data_points = d.pop("num_data_points", UNSET)

        train_split = d.pop("train_split", UNSET)

        prompt = d.pop("prompt", UNSET)

        data_set_create = cls(
            id=id,
            name=name,
            source_url=source_url,
            source_file=source_file,
            num_data_points=num_data_points,
            train_split=train_split,
            prompt=prompt,
        )

        data_set_create.additional_properties = d
        return data_set_create

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
