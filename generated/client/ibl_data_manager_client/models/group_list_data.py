from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupListData")


@_attrs_define
class GroupListData:
    """Serializer for department list endpoint

    Attributes:
        id (int):
        name (str):
        platform (str):
        courses_enrolled (int):
        courses_completed (int):
        completion_rate (float):
        pathways_completed (int):
        certificates_earned (int):
        skills_points (int):
        skills_earned (int):
        time_spent (str):
    """

    id: int
    name: str
    platform: str
    courses_enrolled: int
    courses_completed: int
    completion_rate: float
    pathways_completed: int
    certificates_earned: int
    skills_points: int
    skills_earned: int
    time_spent: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform = self.platform

        courses_enrolled = self.courses_enrolled

        courses_completed = self.courses_completed

        completion_rate = self.completion_rate

        pathways_completed = self.pathways_completed

        certificates_earned = self.certificates_earned

        skills_points = self.skills_points

        skills_earned = self.skills_earned

        time_spent = self.time_spent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
                "courses_enrolled": courses_enrolled,
                "courses_completed": courses_completed,
                "completion_rate": completion_rate,
                "pathways_completed": pathways_completed,
                "certificates_earned": certificates_earned,
                "skills_points": skills_points,
                "skills_earned": skills_earned,
                "time_spent": time_spent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        platform = d.pop("platform")

        courses_enrolled = d.pop("courses_enrolled")

        courses_completed = d.pop("courses_completed")

        completion_rate = d.pop("completion_rate")

        pathways_completed = d.pop("pathways_completed")

        certificates_earned = d.pop("certificates_earned")

        skills_points = d.pop("skills_points")

        skills_earned = d.pop("skills_earned")

        time_spent = d.pop("time_spent")

        group_list_data = cls(
            id=id,
            name=name,
            platform=platform,
            courses_enrolled=courses_enrolled,
            courses_completed=courses_completed,
            completion_rate=completion_rate,
            pathways_completed=pathways_completed,
            certificates_earned=certificates_earned,
            skills_points=skills_points,
            skills_earned=skills_earned,
            time_spent=time_spent,
        )

        group_list_data.additional_properties = d
        return group_list_data

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
