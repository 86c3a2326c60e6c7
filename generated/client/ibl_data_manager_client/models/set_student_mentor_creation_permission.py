from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="SetStudentMentorCreationPermission")


@_attrs_define
class SetStudentMentorCreationPermission:
    """Serializer for setting student mentor creation permission

    Attributes:
        platform_key (str): The platform key where the permission should be changed
        allow_students_to_create_mentors (bool): Whether to allow students to create mentors (true) or not (false)
    """

    platform_key: str
    allow_students_to_create_mentors: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        allow_students_to_create_mentors = self.allow_students_to_create_mentors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "allow_students_to_create_mentors": allow_students_to_create_mentors,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(
            (
                "allow_students_to_create_mentors",
                (None, str(self.allow_students_to_create_mentors).encode(), "text/plain"),
            )
        )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        allow_students_to_create_mentors = d.pop("allow_students_to_create_mentors")

        set_student_mentor_creation_permission = cls(
            platform_key=platform_key,
            allow_students_to_create_mentors=allow_students_to_create_mentors,
        )

        set_student_mentor_creation_permission.additional_properties = d
        return set_student_mentor_creation_permission

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
