from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMemoryContextResponse")


@_attrs_define
class UserMemoryContextResponse:
    """
    Attributes:
        username (str):
        platform_key (str):
        extra_data (None | str | Unset):
        use_reported_skills (bool | Unset):
        use_desired_skills (bool | Unset):
        use_credentials (bool | Unset):
        use_enrolled_courses (bool | Unset):
        use_time_spent (bool | Unset):
        use_completed_courses (bool | Unset):
        use_completed_programs (bool | Unset):
    """

    username: str
    platform_key: str
    extra_data: None | str | Unset = UNSET
    use_reported_skills: bool | Unset = UNSET
    use_desired_skills: bool | Unset = UNSET
    use_credentials: bool | Unset = UNSET
    use_enrolled_courses: bool | Unset = UNSET
    use_time_spent: bool | Unset = UNSET
    use_completed_courses: bool | Unset = UNSET
    use_completed_programs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        platform_key = self.platform_key

        extra_data: None | str | Unset = self.extra_data

        use_reported_skills = self.use_reported_skills

        use_desired_skills = self.use_desired_skills

        use_credentials = self.use_credentials

        use_enrolled_courses = self.use_enrolled_courses

        use_time_spent = self.use_time_spent

        use_completed_courses = self.use_completed_courses

        use_completed_programs = self.use_completed_programs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "platform_key": platform_key,
            }
        )
        if extra_data is not UNSET:
            field_dict["extra_data"] = extra_data
        if use_reported_skills is not UNSET:
            field_dict["use_reported_skills"] = use_reported_skills
        if use_desired_skills is not UNSET:
            field_dict["use_desired_skills"] = use_desired_skills
        if use_credentials is not UNSET:
            field_dict["use_credentials"] = use_credentials
        if use_enrolled_courses is not UNSET:
            field_dict["use_enrolled_courses"] = use_enrolled_courses
        if use_time_spent is not UNSET:
            field_dict["use_time_spent"] = use_time_spent
        if use_completed_courses is not UNSET:
            field_dict["use_completed_courses"] = use_completed_courses
        if use_completed_programs is not UNSET:
            field_dict["use_completed_programs"] = use_completed_programs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        platform_key = d.pop("platform_key")

        extra_data = d.pop("extra_data", UNSET)

        use_reported_skills = d.pop("use_reported_skills", UNSET)

        use_desired_skills = d.pop("use_desired_skills", UNSET)

        use_credentials = d.pop("use_credentials", UNSET)

        use_enrolled_courses = d.pop("use_enrolled_courses", UNSET)

        use_time_spent = d.pop("use_time_spent", UNSET)

        use_completed_courses = d.pop("use_completed_courses", UNSET)

        use_completed_programs = d.pop("use_completed_programs", UNSET)

        user_memory_context_response = cls(
            username=username,
            platform_key=platform_key,
            extra_data=extra_data,
            use_reported_skills=use_reported_skills,
            use_desired_skills=use_desired_skills,
            use_credentials=use_credentials,
            use_enrolled_courses=use_enrolled_courses,
            use_time_spent=use_time_spent,
            use_completed_courses=use_completed_courses,
            use_completed_programs=use_completed_programs,
        )

        user_memory_context_response.additional_properties = d
        return user_memory_context_response

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
