from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseGradeDetailBlock")


@_attrs_define
class CourseGradeDetailBlock:
    """
    Attributes:
        display_name (str): Block name
        id (str): Block Id
        average (str): Average block value
        attempts (str | Unset): Total users who have attempted it
    """

    display_name: str
    id: str
    average: str
    attempts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        average = self.average

        attempts = self.attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
                "average": average,
            }
        )
        if attempts is not UNSET:
            field_dict["attempts"] = attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        id = d.pop("id")

        average = d.pop("average")

        attempts = d.pop("attempts", UNSET)

        course_grade_detail_block = cls(
            display_name=display_name,
            id=id,
            average=average,
            attempts=attempts,
        )

        course_grade_detail_block.additional_properties = d
        return course_grade_detail_block

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
