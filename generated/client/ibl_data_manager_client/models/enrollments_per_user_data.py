from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnrollmentsPerUserData")


@_attrs_define
class EnrollmentsPerUserData:
    """
    Attributes:
        username (str): learner username
        full_name (str): learner Name
        email (str): Email
        timestamp (str): Course start date
    """

    username: str
    full_name: str
    email: str
    timestamp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        full_name = self.full_name

        email = self.email

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "full_name": full_name,
                "email": email,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        full_name = d.pop("full_name")

        email = d.pop("email")

        timestamp = d.pop("timestamp")

        enrollments_per_user_data = cls(
            username=username,
            full_name=full_name,
            email=email,
            timestamp=timestamp,
        )

        enrollments_per_user_data.additional_properties = d
        return enrollments_per_user_data

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
