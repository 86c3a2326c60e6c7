from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EngagementPerCourseData")


@_attrs_define
class EngagementPerCourseData:
    """
    Attributes:
        course_id (str): edx Course Id
        course_start (str): Course start date
        course_end (str): Course end date
        average_days (int): Average days spent by each learners on the course
        average_time_spent (float): Average days spent by learner on the course
        name (str): Course name
    """

    course_id: str
    course_start: str
    course_end: str
    average_days: int
    average_time_spent: float
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        course_start = self.course_start

        course_end = self.course_end

        average_days = self.average_days

        average_time_spent = self.average_time_spent

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "course_start": course_start,
                "course_end": course_end,
                "average_days": average_days,
                "average_time_spent": average_time_spent,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        course_start = d.pop("course_start")

        course_end = d.pop("course_end")

        average_days = d.pop("average_days")

        average_time_spent = d.pop("average_time_spent")

        name = d.pop("name")

        engagement_per_course_data = cls(
            course_id=course_id,
            course_start=course_start,
            course_end=course_end,
            average_days=average_days,
            average_time_spent=average_time_spent,
            name=name,
        )

        engagement_per_course_data.additional_properties = d
        return engagement_per_course_data

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
