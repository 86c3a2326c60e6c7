from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSkillThreshold")


@_attrs_define
class PatchedSkillThreshold:
    """
    Attributes:
        name (str | Unset): The name of the threshold e.g Beginner.
        threshold (int | Unset): The threshold for the skill.
        platform (str | Unset): The platform key
    """

    name: str | Unset = UNSET
    threshold: int | Unset = UNSET
    platform: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        threshold = self.threshold

        platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.threshold, Unset):
            files.append(("threshold", (None, str(self.threshold).encode(), "text/plain")))

        if not isinstance(self.platform, Unset):
            files.append(("platform", (None, str(self.platform).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        threshold = d.pop("threshold", UNSET)

        platform = d.pop("platform", UNSET)

        patched_skill_threshold = cls(
            name=name,
            threshold=threshold,
            platform=platform,
        )

        patched_skill_threshold.additional_properties = d
        return patched_skill_threshold

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
