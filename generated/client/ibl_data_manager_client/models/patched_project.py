from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedProject")


@_attrs_define
class PatchedProject:
    """Unified serializer for Project model.  Write-only fields: - mentors_to_add: List of
    mentor unique IDs to add to the project - mentors_to_remove: List of mentor unique IDs
    to remove from the project  These fields are mutually exclusive and only used during
    create/update operations. For create: only mentors_to_add is used For update: either can
    be used, but not both at once

        Attributes:
            name (str | Unset): Name of the project
            description (str | Unset): Description of the project
            shared (bool | Unset): Whether this project is shared with others or personal
            mentors_to_add (list[UUID] | Unset): List of mentor unique IDs to add to the project
            mentors_to_remove (list[UUID] | Unset): List of mentor unique IDs to remove from the project
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    shared: bool | Unset = UNSET
    mentors_to_add: list[UUID] | Unset = UNSET
    mentors_to_remove: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        shared = self.shared

        mentors_to_add: list[str] | Unset = UNSET
        if not isinstance(self.mentors_to_add, Unset):
            mentors_to_add = []
            for mentors_to_add_item_data in self.mentors_to_add:
                mentors_to_add_item = str(mentors_to_add_item_data)
                mentors_to_add.append(mentors_to_add_item)

        mentors_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.mentors_to_remove, Unset):
            mentors_to_remove = []
            for mentors_to_remove_item_data in self.mentors_to_remove:
                mentors_to_remove_item = str(mentors_to_remove_item_data)
                mentors_to_remove.append(mentors_to_remove_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if shared is not UNSET:
            field_dict["shared"] = shared
        if mentors_to_add is not UNSET:
            field_dict["mentors_to_add"] = mentors_to_add
        if mentors_to_remove is not UNSET:
            field_dict["mentors_to_remove"] = mentors_to_remove

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.shared, Unset):
            files.append(("shared", (None, str(self.shared).encode(), "text/plain")))

        if not isinstance(self.mentors_to_add, Unset):
            for mentors_to_add_item_element in self.mentors_to_add:
                files.append(
                    ("mentors_to_add", (None, str(mentors_to_add_item_element), "text/plain"))
                )

        if not isinstance(self.mentors_to_remove, Unset):
            for mentors_to_remove_item_element in self.mentors_to_remove:
                files.append(
                    ("mentors_to_remove", (None, str(mentors_to_remove_item_element), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        shared = d.pop("shared", UNSET)

        _mentors_to_add = d.pop("mentors_to_add", UNSET)
        mentors_to_add: list[UUID] | Unset = UNSET
        if _mentors_to_add is not UNSET:
            mentors_to_add = []
            for mentors_to_add_item_data in _mentors_to_add:
                mentors_to_add_item = UUID(mentors_to_add_item_data)

                mentors_to_add.append(mentors_to_add_item)

        _mentors_to_remove = d.pop("mentors_to_remove", UNSET)
        mentors_to_remove: list[UUID] | Unset = UNSET
        if _mentors_to_remove is not UNSET:
            mentors_to_remove = []
            for mentors_to_remove_item_data in _mentors_to_remove:
                mentors_to_remove_item = UUID(mentors_to_remove_item_data)

                mentors_to_remove.append(mentors_to_remove_item)

        patched_project = cls(
            name=name,
            description=description,
            shared=shared,
            mentors_to_add=mentors_to_add,
            mentors_to_remove=mentors_to_remove,
        )

        patched_project.additional_properties = d
        return patched_project

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
