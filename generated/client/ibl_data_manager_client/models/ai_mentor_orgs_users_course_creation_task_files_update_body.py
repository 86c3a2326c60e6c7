from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody")


@_attrs_define
class AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody:
    """
    Attributes:
        id (int):
        course_creation_task (int):
        file (str):
        date_created (datetime.datetime):
        last_modified (datetime.datetime):
    """

    id: int
    course_creation_task: int
    file: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        course_creation_task = self.course_creation_task

        file = self.file

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "course_creation_task": course_creation_task,
                "file": file,
                "date_created": date_created,
                "last_modified": last_modified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        course_creation_task = d.pop("course_creation_task")

        file = d.pop("file")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        last_modified = datetime.datetime.fromisoformat(d.pop("last_modified"))

        ai_mentor_orgs_users_course_creation_task_files_update_body = cls(
            id=id,
            course_creation_task=course_creation_task,
            file=file,
            date_created=date_created,
            last_modified=last_modified,
        )

        ai_mentor_orgs_users_course_creation_task_files_update_body.additional_properties = d
        return ai_mentor_orgs_users_course_creation_task_files_update_body

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
