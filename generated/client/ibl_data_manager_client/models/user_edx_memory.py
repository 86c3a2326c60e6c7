from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserEdxMemory")


@_attrs_define
class UserEdxMemory:
    """
    Attributes:
        id (int):
        username (str):
        student (int): edX user ID
        course_id (str):
        date_created (datetime.datetime):
        last_modified (datetime.datetime):
        data (Any | Unset): The course data to be stored. This includes the current page and the blocks that have been
            visited.
    """

    id: int
    username: str
    student: int
    course_id: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        student = self.student

        course_id = self.course_id

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "student": student,
                "course_id": course_id,
                "date_created": date_created,
                "last_modified": last_modified,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        student = d.pop("student")

        course_id = d.pop("course_id")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        last_modified = datetime.datetime.fromisoformat(d.pop("last_modified"))

        data = d.pop("data", UNSET)

        user_edx_memory = cls(
            id=id,
            username=username,
            student=student,
            course_id=course_id,
            date_created=date_created,
            last_modified=last_modified,
            data=data,
        )

        user_edx_memory.additional_properties = d
        return user_edx_memory

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
