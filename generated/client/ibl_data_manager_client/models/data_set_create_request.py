from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSetCreateRequest")


@_attrs_define
class DataSetCreateRequest:
    """
    Attributes:
        name (str):
        source_url (str | Unset):
        source_file (str | Unset):
        num_data_points (int | Unset):
        train_split (float | Unset):
        prompt (str | Unset): (if any) Special instructions for generating the dataset. This could be requirements on
            tone, language, style, etc.
    """

    name: str
    source_url: str | Unset = UNSET
    source_file: str | Unset = UNSET
    num_data_points: int | Unset = UNSET
    train_split: float | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.source_url, Unset):
            files.append(("source_url", (None, str(self.source_url).encode(), "text/plain")))

        if not isinstance(self.source_file, Unset):
            files.append(("source_file", (None, str(self.source_file).encode(), "text/plain")))

        if not isinstance(self.num_data_points, Unset):
            files.append(
                ("num_data_points", (None, str(self.num_data_points).encode(), "text/plain"))
            )

        if not isinstance(self.train_split, Unset):
            files.append(("train_split", (None, str(self.train_split).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        source_url = d.pop("source_url", UNSET)

        source_file = d.pop("source_file", UNSET)

        num_data_points = d.pop("num_data_points", UNSET)

        train_split = d.pop("train_split", UNSET)

        prompt = d.pop("prompt", UNSET)

        data_set_create_request = cls(
            name=name,
            source_url=source_url,
            source_file=source_file,
            num_data_points=num_data_points,
            train_split=train_split,
            prompt=prompt,
        )

        data_set_create_request.additional_properties = d
        return data_set_create_request

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
