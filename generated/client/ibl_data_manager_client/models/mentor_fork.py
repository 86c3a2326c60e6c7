from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorFork")


@_attrs_define
class MentorFork:
    """
    Attributes:
        new_mentor_name (str):
        destination_platform_key (str):
        clone_documents (bool | Unset):  Default: False.
    """

    new_mentor_name: str
    destination_platform_key: str
    clone_documents: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_mentor_name = self.new_mentor_name

        destination_platform_key = self.destination_platform_key

        clone_documents = self.clone_documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_mentor_name": new_mentor_name,
                "destination_platform_key": destination_platform_key,
            }
        )
        if clone_documents is not UNSET:
            field_dict["clone_documents"] = clone_documents

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("new_mentor_name", (None, str(self.new_mentor_name).encode(), "text/plain")))

        files.append(
            (
                "destination_platform_key",
                (None, str(self.destination_platform_key).encode(), "text/plain"),
            )
        )

        if not isinstance(self.clone_documents, Unset):
            files.append(
                ("clone_documents", (None, str(self.clone_documents).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_mentor_name = d.pop("new_mentor_name")

        destination_platform_key = d.pop("destination_platform_key")

        clone_documents = d.pop("clone_documents", UNSET)

        mentor_fork = cls(
            new_mentor_name=new_mentor_name,
            destination_platform_key=destination_platform_key,
            clone_documents=clone_documents,
        )

        mentor_fork.additional_properties = d
        return mentor_fork

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
