from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserSkillPointsPercentile")


@_attrs_define
class UserSkillPointsPercentile:
    """
    Attributes:
        username (str):
        total_points (float):
        percentile (float): Percentile of points for user. If an `org` was provided, this is the percentile of the user
            relative to users within the org.
    """

    username: str
    total_points: float
    percentile: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        total_points = self.total_points

        percentile = self.percentile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "total_points": total_points,
                "percentile": percentile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        total_points = d.pop("total_points")

        percentile = d.pop("percentile")

        user_skill_points_percentile = cls(
            username=username,
            total_points=total_points,
            percentile=percentile,
        )

        user_skill_points_percentile.additional_properties = d
        return user_skill_points_percentile

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
