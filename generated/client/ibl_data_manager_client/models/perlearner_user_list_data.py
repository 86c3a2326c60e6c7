from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PerlearnerUserListData")


@_attrs_define
class PerlearnerUserListData:
    """
    Attributes:
        username (str): learner username
        full_name (str): learner Name
        enrollments (int): Total enrollments
        completions (int): Total completions
        last_active (str): Last active time
        time_spent (str): Time spent formatted in seconds
        engagement_index (float): Engagement index
        performance_index (float): Performance index
    """

    username: str
    full_name: str
    enrollments: int
    completions: int
    last_active: str
    time_spent: str
    engagement_index: float
    performance_index: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        full_name = self.full_name

        enrollments = self.enrollments

        completions = self.completions

        last_active = self.last_active

        time_spent = self.time_spent

        engagement_index = self.engagement_index

        performance_index = self.performance_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "full_name": full_name,
                "enrollments": enrollments,
                "completions": completions,
                "last_active": last_active,
                "time_spent": time_spent,
                "engagement_index": engagement_index,
                "performance_index": performance_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        full_name = d.pop("full_name")

        enrollments = d.pop("enrollments")

        completions = d.pop("completions")

        last_active = d.pop("last_active")

        time_spent = d.pop("time_spent")

        engagement_index = d.pop("engagement_index")

        performance_index = d.pop("performance_index")

        perlearner_user_list_data = cls(
            username=username,
            full_name=full_name,
            enrollments=enrollments,
            completions=completions,
            last_active=last_active,
            time_spent=time_spent,
            engagement_index=engagement_index,
            performance_index=performance_index,
        )

        perlearner_user_list_data.additional_properties = d
        return perlearner_user_list_data

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
