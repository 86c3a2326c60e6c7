from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_metric import UserMetric


T = TypeVar("T", bound="UserMetricsResponse")


@_attrs_define
class UserMetricsResponse:
    """
    Attributes:
        registered_users (UserMetric):
        new_users (UserMetric):
        unique_users (UserMetric):
        veteran_users (UserMetric):
    """

    registered_users: UserMetric
    new_users: UserMetric
    unique_users: UserMetric
    veteran_users: UserMetric
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registered_users = self.registered_users.to_dict()

        new_users = self.new_users.to_dict()

        unique_users = self.unique_users.to_dict()

        veteran_users = self.veteran_users.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registered_users": registered_users,
                "new_users": new_users,
                "unique_users": unique_users,
                "veteran_users": veteran_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_metric import UserMetric  # noqa: PLC0415

        d = dict(src_dict)
        registered_users = UserMetric.from_dict(d.pop("registered_users"))

        new_users = UserMetric.from_dict(d.pop("new_users"))

        unique_users = UserMetric.from_dict(d.pop("unique_users"))

        veteran_users = UserMetric.from_dict(d.pop("veteran_users"))

        user_metrics_response = cls(
            registered_users=registered_users,
            new_users=new_users,
            unique_users=unique_users,
            veteran_users=veteran_users,
        )

        user_metrics_response.additional_properties = d
        return user_metrics_response

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
