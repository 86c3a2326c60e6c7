from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_skill import CourseSkill


T = TypeVar("T", bound="SkillDetail")


@_attrs_define
class SkillDetail:
    """
    Attributes:
        courses (list[CourseSkill]):
        related_skills (int):
        name (None | str | Unset): Display name
    """

    courses: list[CourseSkill]
    related_skills: int
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        related_skills = self.related_skills

        name: None | str | Unset = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courses": courses,
                "related_skills": related_skills,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_skill import CourseSkill  # noqa: PLC0415

        d = dict(src_dict)
        courses = []
        _courses = d.pop("courses")
        for courses_item_data in _courses:
            courses_item = CourseSkill.from_dict(courses_item_data)

            courses.append(courses_item)

        related_skills = d.pop("related_skills")

        name = d.pop("name", UNSET)

        skill_detail = cls(
            courses=courses,
            related_skills=related_skills,
            name=name,
        )

        skill_detail.additional_properties = d
        return skill_detail

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
