from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentTotals")


@_attrs_define
class ContentTotals:
    """Serializer for content summary totals.

    Attributes:
        total_learners (int): Total number of learners
        total_enrollments (int): Total number of enrollments
        total_time_spent (int | Unset): Total time spent in seconds (courses only)
        courses (int | Unset): Total number of courses
        active_courses (int | Unset): Number of active courses
        platform_courses (int | Unset): Number of platform-owned courses
        external_courses (int | Unset): Number of external courses
        programs (int | Unset): Total number of programs
        active_programs (int | Unset): Number of active programs
        platform_programs (int | Unset): Number of platform-owned programs
        external_programs (int | Unset): Number of external programs
        pathways (int | Unset): Total number of pathways
        active_pathways (int | Unset): Number of active pathways
        platform_pathways (int | Unset): Number of platform-owned pathways
        external_pathways (int | Unset): Number of external pathways
        skills (int | Unset): Total number of skills
        active_skills (int | Unset): Number of active skills
        platform_skills (int | Unset): Number of platform-owned skills
        external_skills (int | Unset): Number of external skills
        associated_courses (int | Unset): Number of courses associated with skills
        learners_with_skills (int | Unset): Number of learners with skills
    """

    total_learners: int
    total_enrollments: int
    total_time_spent: int | Unset = UNSET
    courses: int | Unset = UNSET
    active_courses: int | Unset = UNSET
    platform_courses: int | Unset = UNSET
    external_courses: int | Unset = UNSET
    programs: int | Unset = UNSET
    active_programs: int | Unset = UNSET
    platform_programs: int | Unset = UNSET
    external_programs: int | Unset = UNSET
    pathways: int | Unset = UNSET
    active_pathways: int | Unset = UNSET
    platform_pathways: int | Unset = UNSET
    external_pathways: int | Unset = UNSET
    skills: int | Unset = UNSET
    active_skills: int | Unset = UNSET
    platform_skills: int | Unset = UNSET
    external_skills: int | Unset = UNSET
    associated_courses: int | Unset = UNSET
    learners_with_skills: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_learners = self.total_learners

        total_enrollments = self.total_enrollments

        total_time_spent = self.total_time_spent

        courses = self.courses

        active_courses = self.active_courses

        platform_courses = self.platform_courses

        external_courses = self.external_courses

        programs = self.programs

        active_programs = self.active_programs

        platform_programs = self.platform_programs

        external_programs = self.external_programs

        pathways = self.pathways

        active_pathways = self.active_pathways

        platform_pathways = self.platform_pathways

        external_pathways = self.external_pathways

        skills = self.skills

        active_skills = self.active_skills

        platform_skills = self.platform_skills

        external_skills = self.external_skills

        associated_courses = self.associated_courses

        learners_with_skills = self.learners_with_skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_learners": total_learners,
                "total_enrollments": total_enrollments,
            }
        )
        if total_time_spent is not UNSET:
            field_dict["total_time_spent"] = total_time_spent
        if courses is not UNSET:
            field_dict["courses"] = courses
        if active_courses is not UNSET:
            field_dict["active_courses"] = active_courses
        if platform_courses is not UNSET:
            field_dict["platform_courses"] = platform_courses
        if external_courses is not UNSET:
            field_dict["external_courses"] = external_courses
        if programs is not UNSET:
            field_dict["programs"] = programs
        if active_programs is not UNSET:
            field_dict["active_programs"] = active_programs
        if platform_programs is not UNSET:
            field_dict["platform_programs"] = platform_programs
        if external_programs is not UNSET:
            field_dict["external_programs"] = external_programs
        if pathways is not UNSET:
            field_dict["pathways"] = pathways
        if active_pathways is not UNSET:
            field_dict["active_pathways"] = active_pathways
        if platform_pathways is not UNSET:
            field_dict["platform_pathways"] = platform_pathways
        if external_pathways is not UNSET:
            field_dict["external_pathways"] = external_pathways
        if skills is not UNSET:
            field_dict["skills"] = skills
        if active_skills is not UNSET:
            field_dict["active_skills"] = active_skills
        if platform_skills is not UNSET:
            field_dict["platform_skills"] = platform_skills
        if external_skills is not UNSET:
            field_dict["external_skills"] = external_skills
        if associated_courses is not UNSET:
            field_dict["associated_courses"] = associated_courses
        if learners_with_skills is not UNSET:
            field_dict["learners_with_skills"] = learners_with_skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_learners = d.pop("total_learners")

        total_enrollments = d.pop("total_enrollments")

        total_time_spent = d.pop("total_time_spent", UNSET)

        courses = d.pop("courses", UNSET)

        active_courses = d.pop("active_courses", UNSET)

        platform_courses = d.pop("platform_courses", UNSET)

        external_courses = d.pop("external_courses", UNSET)

        programs = d.pop("programs", UNSET)

        active_programs = d.pop("active_programs", UNSET)

        platform_programs = d.pop("platform_programs", UNSET)

        external_programs = d.pop("external_programs", UNSET)

        pathways = d.pop("pathways", UNSET)

        active_pathways = d.pop("active_pathways", UNSET)

        platform_pathways = d.pop("platform_pathways", UNSET)

        external_pathways = d.pop("external_pathways", UNSET)

        skills = d.pop("skills", UNSET)

        active_skills = d.pop("active_skills", UNSET)

        platform_skills = d.pop("platform_skills", UNSET)

        external_skills = d.pop("external_skills", UNSET)

        associated_courses = d.pop("associated_courses", UNSET)

        learners_with_skills = d.pop("learners_with_skills", UNSET)

        content_totals = cls(
            total_learners=total_learners,
            total_enrollments=total_enrollments,
            total_time_spent=total_time_spent,
            courses=courses,
            active_courses=active_courses,
            platform_courses=platform_courses,
            external_courses=external_courses,
            programs=programs,
            active_programs=active_programs,
            platform_programs=platform_programs,
            external_programs=external_programs,
            pathways=pathways,
            active_pathways=active_pathways,
            platform_pathways=platform_pathways,
            external_pathways=external_pathways,
            skills=skills,
            active_skills=active_skills,
            platform_skills=platform_skills,
            external_skills=external_skills,
            associated_courses=associated_courses,
            learners_with_skills=learners_with_skills,
        )

        content_totals.additional_properties = d
        return content_totals

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
