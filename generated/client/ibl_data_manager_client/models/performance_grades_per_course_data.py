from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PerformanceGradesPerCourseData")


@_attrs_define
class PerformanceGradesPerCourseData:
    """
    Attributes:
        name (str): Course name
        course_id (str): Course id
        num_enrollments (int): Course enrollments
        num_passed (int): Total users who have passed the course
        avg_grade (float): Course Average grade
    """

    name: str
    course_id: str
    num_enrollments: int
    num_passed: int
    avg_grade: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        course_id = self.course_id

        num_enrollments = self.num_enrollments

        num_passed = self.num_passed

        avg_grade = self.avg_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "course_id": course_id,
                "num_enrollments": num_enrollments,
                "num_passed": num_passed,
                "avg_grade": avg_grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        course_id = d.pop("course_id")

        num_enrollments = d.pop("num_enrollments")

        num_passed = d.pop("num_passed")

        avg_grade = d.pop("avg_grade")

        performance_grades_per_course_data = cls(
            name=name,
            course_id=course_id,
            num_enrollments=num_enrollments,
            num_passed=num_passed,
            avg_grade=avg_grade,
        )

        performance_grades_per_course_data.additional_properties = d
        return performance_grades_per_course_data

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
