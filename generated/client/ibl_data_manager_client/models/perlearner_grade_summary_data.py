from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PerlearnerGradeSummaryData")


@_attrs_define
class PerlearnerGradeSummaryData:
    """
    Attributes:
        assignment_type (str): Assignment Type name
        weight (float): Assignment weight
        weighted_grade (float): Assignment grade
        average_section_grade (float): Assignment section grade average in course
    """

    assignment_type: str
    weight: float
    weighted_grade: float
    average_section_grade: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_type = self.assignment_type

        weight = self.weight

        weighted_grade = self.weighted_grade

        average_section_grade = self.average_section_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignment_type": assignment_type,
                "weight": weight,
                "weighted_grade": weighted_grade,
                "average_section_grade": average_section_grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignment_type = d.pop("assignment_type")

        weight = d.pop("weight")

        weighted_grade = d.pop("weighted_grade")

        average_section_grade = d.pop("average_section_grade")

        perlearner_grade_summary_data = cls(
            assignment_type=assignment_type,
            weight=weight,
            weighted_grade=weighted_grade,
            average_section_grade=average_section_grade,
        )

        perlearner_grade_summary_data.additional_properties = d
        return perlearner_grade_summary_data

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
