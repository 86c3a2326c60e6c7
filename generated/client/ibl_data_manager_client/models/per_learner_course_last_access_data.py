from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerLearnerCourseLastAccessData")


@_attrs_define
class PerLearnerCourseLastAccessData:
    """
    Attributes:
        course_id (str | Unset): Edx Course ID
        course_name (str | Unset): Course Name
        block_id (str | Unset): Last Block Accessed
        block_display_name (str | Unset): Last Block Display Name
        course_grade (float | Unset): Course grade
        course_progress (float | Unset): Course progress
        last_accessed (str | Unset): Last accessed time
    """

    course_id: str | Unset = UNSET
    course_name: str | Unset = UNSET
    block_id: str | Unset = UNSET
    block_display_name: str | Unset = UNSET
    course_grade: float | Unset = UNSET
    course_progress: float | Unset = UNSET
    last_accessed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        course_name = self.course_name

        block_id = self.block_id

        block_display_name = self.block_display_name

        course_grade = self.course_grade

        course_progress = self.course_progress

        last_accessed = self.last_accessed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if course_name is not UNSET:
            field_dict["course_name"] = course_name
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if block_display_name is not UNSET:
            field_dict["block_display_name"] = block_display_name
        if course_grade is not UNSET:
            field_dict["course_grade"] = course_grade
        if course_progress is not UNSET:
            field_dict["course_progress"] = course_progress
        if last_accessed is not UNSET:
            field_dict["last_accessed"] = last_accessed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id", UNSET)

        course_name = d.pop("course_name", UNSET)

        block_id = d.pop("block_id", UNSET)

        block_display_name = d.pop("block_display_name", UNSET)

        course_grade = d.pop("course_grade", UNSET)

        course_progress = d.pop("course_progress", UNSET)

        last_accessed = d.pop("last_accessed", UNSET)

        per_learner_course_last_access_data = cls(
            course_id=course_id,
            course_name=course_name,
            block_id=block_id,
            block_display_name=block_display_name,
            course_grade=course_grade,
            course_progress=course_progress,
            last_accessed=last_accessed,
        )

        per_learner_course_last_access_data.additional_properties = d
        return per_learner_course_last_access_data

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
