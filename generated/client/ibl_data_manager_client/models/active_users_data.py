from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActiveUsersData")


@_attrs_define
class ActiveUsersData:
    """
    Attributes:
        username (str): learner username
        name (str): learner name
        engagement_index (float): Engagement index
        performance_index (float): Performance index
    """

    username: str
    name: str
    engagement_index: float
    performance_index: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        name = self.name

        engagement_index = self.engagement_index

        performance_index = self.performance_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "name": name,
                "engagement_index": engagement_index,
                "performance_index": performance_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        name = d.pop("name")

        engagement_index = d.pop("engagement_index")

        performance_index = d.pop("performance_index")

        active_users_data = cls(
            username=username,
            name=name,
            engagement_index=engagement_index,
            performance_index=performance_index,
        )

        active_users_data.additional_properties = d
        return active_users_data

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
