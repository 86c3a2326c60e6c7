from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentAverages")


@_attrs_define
class ContentAverages:
    """Serializer for content summary averages.

    Attributes:
        completion_rate (float | Unset): Average completion rate percentage
        average_rating (float | Unset): Average rating
        enrollments_per_course (float | Unset): Average enrollments per course
        enrollments_per_program (float | Unset): Average enrollments per program
        enrollments_per_pathway (float | Unset): Average enrollments per pathway
        courses_per_skill (float | Unset): Average courses per skill
        time_per_learner (float | Unset): Average time spent per learner in seconds (courses only)
    """

    completion_rate: float | Unset = UNSET
    average_rating: float | Unset = UNSET
    enrollments_per_course: float | Unset = UNSET
    enrollments_per_program: float | Unset = UNSET
    enrollments_per_pathway: float | Unset = UNSET
    courses_per_skill: float | Unset = UNSET
    time_per_learner: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_rate = self.completion_rate

        average_rating = self.average_rating

        enrollments_per_course = self.enrollments_per_course

        enrollments_per_program = self.enrollments_per_program

        enrollments_per_pathway = self.enrollments_per_pathway

        courses_per_skill = self.courses_per_skill

        time_per_learner = self.time_per_learner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_rate is not UNSET:
            field_dict["completion_rate"] = completion_rate
        if average_rating is not UNSET:
            field_dict["average_rating"] = average_rating
        if enrollments_per_course is not UNSET:
            field_dict["enrollments_per_course"] = enrollments_per_course
        if enrollments_per_program is not UNSET:
            field_dict["enrollments_per_program"] = enrollments_per_program
        if enrollments_per_pathway is not UNSET:
            field_dict["enrollments_per_pathway"] = enrollments_per_pathway
        if courses_per_skill is not UNSET:
            field_dict["courses_per_skill"] = courses_per_skill
        if time_per_learner is not UNSET:
            field_dict["time_per_learner"] = time_per_learner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_rate = d.pop("completion_rate", UNSET)

        average_rating = d.pop("average_rating", UNSET)

        enrollments_per_course = d.pop("enrollments_per_course", UNSET)

        enrollments_per_program = d.pop("enrollments_per_program", UNSET)

        enrollments_per_pathway = d.pop("enrollments_per_pathway", UNSET)

        courses_per_skill = d.pop("courses_per_skill", UNSET)

        time_per_learner = d.pop("time_per_learner", UNSET)

        content_averages = cls(
            completion_rate=completion_rate,
            average_rating=average_rating,
            enrollments_per_course=enrollments_per_course,
            enrollments_per_program=enrollments_per_program,
            enrollments_per_pathway=enrollments_per_pathway,
            courses_per_skill=courses_per_skill,
            time_per_learner=time_per_learner,
        )

        content_averages.additional_properties = d
        return content_averages

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
