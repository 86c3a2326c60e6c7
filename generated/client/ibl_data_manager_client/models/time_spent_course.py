from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimeSpentCourse")


@_attrs_define
class TimeSpentCourse:
    """
    Attributes:
        course_id (str):
        course_name (str):
        platform (None | str):
        time_spent (str):
        time_spent_secs (int):
    """

    course_id: str
    course_name: str
    platform: None | str
    time_spent: str
    time_spent_secs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        course_name = self.course_name

        platform: None | str = self.platform

        time_spent = self.time_spent

        time_spent_secs = self.time_spent_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "course_name": course_name,
                "platform": platform,
                "time_spent": time_spent,
                "time_spent_secs": time_spent_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        course_name = d.pop("course_name")

        platform = d.pop("platform")

        time_spent = d.pop("time_spent")

        time_spent_secs = d.pop("time_spent_secs")

        time_spent_course = cls(
            course_id=course_id,
            course_name=course_name,
            platform=platform,
            time_spent=time_spent,
            time_spent_secs=time_spent_secs,
        )

        time_spent_course.additional_properties = d
        return time_spent_course

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
