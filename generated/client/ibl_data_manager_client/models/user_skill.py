from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_point import CoursePoint
    from ..models.resource_point import ResourcePoint
    from ..models.skill import Skill


T = TypeVar("T", bound="UserSkill")


@_attrs_define
class UserSkill:
    """
    Attributes:
        skill (Skill):
        courses (list[CoursePoint]): Courses with skill and associated points
        resources (list[ResourcePoint]): Resources with skill and associated points
        total_points (int): Total points for skill
        percentile (float | Unset): Percentile of points for user.
    """

    skill: Skill
    courses: list[CoursePoint]
    resources: list[ResourcePoint]
    total_points: int
    percentile: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill.to_dict()

        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        total_points = self.total_points

        percentile = self.percentile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill": skill,
                "courses": courses,
                "resources": resources,
                "total_points": total_points,
            }
        )
        if percentile is not UNSET:
            field_dict["percentile"] = percentile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_point import CoursePoint  # noqa: PLC0415
        from ..models.resource_point import ResourcePoint  # noqa: PLC0415
        from ..models.skill import Skill  # noqa: PLC0415

        d = dict(src_dict)
        skill = Skill.from_dict(d.pop("skill"))

        courses = []
        _courses = d.pop("courses")
        for courses_item_data in _courses:
            courses_item = CoursePoint.from_dict(courses_item_data)

            courses.append(courses_item)

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = ResourcePoint.from_dict(resources_item_data)

            resources.append(resources_item)

        total_points = d.pop("total_points")

        percentile = d.pop("percentile", UNSET)

        user_skill = cls(
            skill=skill,
            courses=courses,
            resources=resources,
            total_points=total_points,
            percentile=percentile,
        )

        user_skill.additional_properties = d
        return user_skill

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
