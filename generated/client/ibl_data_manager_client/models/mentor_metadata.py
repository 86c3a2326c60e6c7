from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorMetadata")


@_attrs_define
class MentorMetadata:
    """
    Attributes:
        metadata (Any):
        mentor (str | Unset):
        mentor_id (int | Unset):
    """

    metadata: Any
    mentor: str | Unset = UNSET
    mentor_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata

        mentor = self.mentor

        mentor_id = self.mentor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if mentor_id is not UNSET:
            field_dict["mentor_id"] = mentor_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.mentor, Unset):
            files.append(("mentor", (None, str(self.mentor).encode(), "text/plain")))

        if not isinstance(self.mentor_id, Unset):
            files.append(("mentor_id", (None, str(self.mentor_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = d.pop("metadata")

        mentor = d.pop("mentor", UNSET)

        mentor_id = d.pop("mentor_id", UNSET)

        mentor_metadata = cls(
            metadata=metadata,
            mentor=mentor,
            mentor_id=mentor_id,
        )

        mentor_metadata.additional_properties = d
        return mentor_metadata

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
