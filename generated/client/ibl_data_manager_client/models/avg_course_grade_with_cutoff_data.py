from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.avg_course_grade_with_cutoff_data_grade_cutoffs import (
        AvgCourseGradeWithCutoffDataGradeCutoffs,
    )


T = TypeVar("T", bound="AvgCourseGradeWithCutoffData")


@_attrs_define
class AvgCourseGradeWithCutoffData:
    """
    Attributes:
        grade_cutoffs (AvgCourseGradeWithCutoffDataGradeCutoffs): Dictionary showing grade cutoffs
        average_grade (float): Course Average grade
    """

    grade_cutoffs: AvgCourseGradeWithCutoffDataGradeCutoffs
    average_grade: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_cutoffs = self.grade_cutoffs.to_dict()

        average_grade = self.average_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grade_cutoffs": grade_cutoffs,
                "average_grade": average_grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avg_course_grade_with_cutoff_data_grade_cutoffs import (
            AvgCourseGradeWithCutoffDataGradeCutoffs,  # noqa: PLC0415
        )

        d = dict(src_dict)
        grade_cutoffs = AvgCourseGradeWithCutoffDataGradeCutoffs.from_dict(d.pop("grade_cutoffs"))

        average_grade = d.pop("average_grade")

        avg_course_grade_with_cutoff_data = cls(
            grade_cutoffs=grade_cutoffs,
            average_grade=average_grade,
        )

        avg_course_grade_with_cutoff_data.additional_properties = d
        return avg_course_grade_with_cutoff_data

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
