from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PerlearnerGradingPerCourseAPIData")


@_attrs_define
class PerlearnerGradingPerCourseAPIData:
    """
    Attributes:
        course_id (str): Edx Course ID
        name (str): Course Name
        graded_activities (str): Total problems in course
        submissions (int): Cumulative problem submissions
        problems_attempted (int): Number of problems from total problems attempted
        assignments_correct (int): Number of problems answered correctly
        class_average (float): Average grade obtained by all learner in the course
        grade (float): Learner course grade
    """

    course_id: str
    name: str
    graded_activities: str
    submissions: int
    problems_attempted: int
    assignments_correct: int
    class_average: float
    grade: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        name = self.name

        graded_activities = self.graded_activities

        submissions = self.submissions

        problems_attempted = self.problems_attempted

        assignments_correct = self.assignments_correct

        class_average = self.class_average

        grade = self.grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "name": name,
                "graded_activities": graded_activities,
                "submissions": submissions,
                "problems_attempted": problems_attempted,
                "assignments_correct": assignments_correct,
                "class_average": class_average,
                "grade": grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        name = d.pop("name")

        graded_activities = d.pop("graded_activities")

        submissions = d.pop("submissions")

        problems_attempted = d.pop("problems_attempted")

        assignments_correct = d.pop("assignments_correct")

        class_average = d.pop("class_average")

        grade = d.pop("grade")

        perlearner_grading_per_course_api_data = cls(
            course_id=course_id,
            name=name,
            graded_activities=graded_activities,
            submissions=submissions,
            problems_attempted=problems_attempted,
            assignments_correct=assignments_correct,
            class_average=class_average,
            grade=grade,
        )

        perlearner_grading_per_course_api_data.additional_properties = d
        return perlearner_grading_per_course_api_data

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
