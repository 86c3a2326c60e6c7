from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComparisonInfo")


@_attrs_define
class ComparisonInfo:
    """Comparison period information.

    Attributes:
        previous_period_count (int | Unset): Number of days in comparison period
        previous_period_value (str | Unset): Cost value for comparison period
        comparison_start (str | Unset): Start date of comparison period
        comparison_end (str | Unset): End date of comparison period
        comparison_days (int | Unset): Number of comparison days
        recent_period_value (str | Unset): Cost value for current period
    """

    previous_period_count: int | Unset = UNSET
    previous_period_value: str | Unset = UNSET
    comparison_start: str | Unset = UNSET
    comparison_end: str | Unset = UNSET
    comparison_days: int | Unset = UNSET
    recent_period_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_period_count = self.previous_period_count

        previous_period_value = self.previous_period_value

        comparison_start = self.comparison_start

        comparison_end = self.comparison_end

        comparison_days = self.comparison_days

        recent_period_value = self.recent_period_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_period_count is not UNSET:
            field_dict["previous_period_count"] = previous_period_count
        if previous_period_value is not UNSET:
            field_dict["previous_period_value"] = previous_period_value
        if comparison_start is not UNSET:
            field_dict["comparison_start"] = comparison_start
        if comparison_end is not UNSET:
            field_dict["comparison_end"] = comparison_end
        if comparison_days is not UNSET:
            field_dict["comparison_days"] = comparison_days
        if recent_period_value is not UNSET:
            field_dict["recent_period_value"] = recent_period_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        previous_period_count = d.pop("previous_period_count", UNSET)

        previous_period_value = d.pop("previous_period_value", UNSET)

        comparison_start = d.pop("comparison_start", UNSET)

        comparison_end = d.pop("comparison_end", UNSET)

        comparison_days = d.pop("comparison_days", UNSET)

        recent_period_value = d.pop("recent_period_value", UNSET)

        comparison_info = cls(
            previous_period_count=previous_period_count,
            previous_period_value=previous_period_value,
            comparison_start=comparison_start,
            comparison_end=comparison_end,
            comparison_days=comparison_days,
            recent_period_value=recent_period_value,
        )

        comparison_info.additional_properties = d
        return comparison_info

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
