from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewPerLearnerListData")


@_attrs_define
class NewPerLearnerListData:
    """
    Attributes:
        username (str):
        user_id (int):
        name (str):
        email (str):
        courses_enrolled (int):
        courses_completed (int):
        time_spent (str):
        pathways_assigned (int):
        pathways_completed (int):
        certificates_earned (int):
        assessments_passed (int):
        skills_earned (int):
        skills_points (int):
        last_login (str):
        location (str):
    """

    username: str
    user_id: int
    name: str
    email: str
    courses_enrolled: int
    courses_completed: int
    time_spent: str
    pathways_assigned: int
    pathways_completed: int
    certificates_earned: int
    assessments_passed: int
    skills_earned: int
    skills_points: int
    last_login: str
    location: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        user_id = self.user_id

        name = self.name

        email = self.email

        courses_enrolled = self.courses_enrolled

        courses_completed = self.courses_completed

        time_spent = self.time_spent

        pathways_assigned = self.pathways_assigned

        pathways_completed = self.pathways_completed

        certificates_earned = self.certificates_earned

        assessments_passed = self.assessments_passed

        skills_earned = self.skills_earned

        skills_points = self.skills_points

        last_login = self.last_login

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "user_id": user_id,
                "name": name,
                "email": email,
                "courses_enrolled": courses_enrolled,
                "courses_completed": courses_completed,
                "time_spent": time_spent,
                "pathways_assigned": pathways_assigned,
                "pathways_completed": pathways_completed,
                "certificates_earned": certificates_earned,
                "assessments_passed": assessments_passed,
                "skills_earned": skills_earned,
                "skills_points": skills_points,
                "last_login": last_login,
                "location": location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        user_id = d.pop("user_id")

        name = d.pop("name")

        email = d.pop("email")

        courses_enrolled = d.pop("courses_enrolled")

        courses_completed = d.pop("courses_completed")

        time_spent = d.pop("time_spent")

        pathways_assigned = d.pop("pathways_assigned")

        pathways_completed = d.pop("pathways_completed")

        certificates_earned = d.pop("certificates_earned")

        assessments_passed = d.pop("assessments_passed")

        skills_earned = d.pop("skills_earned")

        skills_points = d.pop("skills_points")

        last_login = d.pop("last_login")

        location = d.pop("location")

        new_per_learner_list_data = cls(
            username=username,
            user_id=user_id,
            name=name,
            email=email,
            courses_enrolled=courses_enrolled,
            courses_completed=courses_completed,
            time_spent=time_spent,
            pathways_assigned=pathways_assigned,
            pathways_completed=pathways_completed,
            certificates_earned=certificates_earned,
            assessments_passed=assessments_passed,
            skills_earned=skills_earned,
            skills_points=skills_points,
            last_login=last_login,
            location=location,
        )

        new_per_learner_list_data.additional_properties = d
        return new_per_learner_list_data

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
