from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoMemoryPrompt")


@_attrs_define
class AutoMemoryPrompt:
    """
    Attributes:
        auto_memory_prompt (str | Unset):
        reset (bool | Unset):
    """

    auto_memory_prompt: str | Unset = UNSET
    reset: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_memory_prompt = self.auto_memory_prompt

        reset = self.reset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_memory_prompt is not UNSET:
            field_dict["auto_memory_prompt"] = auto_memory_prompt
        if reset is not UNSET:
            field_dict["reset"] = reset

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.auto_memory_prompt, Unset):
            files.append(
                ("auto_memory_prompt", (None, str(self.auto_memory_prompt).encode(), "text/plain"))
            )

        if not isinstance(self.reset, Unset):
            files.append(("reset", (None, str(self.reset).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_memory_prompt = d.pop("auto_memory_prompt", UNSET)

        reset = d.pop("reset", UNSET)

        auto_memory_prompt = cls(
            auto_memory_prompt=auto_memory_prompt,
            reset=reset,
        )

        auto_memory_prompt.additional_properties = d
        return auto_memory_prompt

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
