from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="AddMentorToDisclaimer")


@_attrs_define
class AddMentorToDisclaimer:
    """Serializer for adding a mentor to a disclaimer.  This serializer validates the mentor_id
    input and provides proper schema documentation for the add_mentor action.

        Attributes:
            mentor_id (str): The unique_id of the mentor to add to the disclaimer.
    """

    mentor_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor_id = self.mentor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor_id": mentor_id,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("mentor_id", (None, str(self.mentor_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor_id = d.pop("mentor_id")

        add_mentor_to_disclaimer = cls(
            mentor_id=mentor_id,
        )

        add_mentor_to_disclaimer.additional_properties = d
        return add_mentor_to_disclaimer

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
