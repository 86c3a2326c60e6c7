from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeriodInfo")


@_attrs_define
class PeriodInfo:
    """Information about the analysis period.

    Attributes:
        start_date (str | Unset): Start date of analysis period
        end_date (str | Unset): End date of analysis period
        period_days (int | Unset): Number of days in period
        range_type (str | Unset): Type of date range (custom, default, all_time, etc.)
    """

    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    period_days: int | Unset = UNSET
    range_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        period_days = self.period_days

        range_type = self.range_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if period_days is not UNSET:
            field_dict["period_days"] = period_days
        if range_type is not UNSET:
            field_dict["range_type"] = range_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        period_days = d.pop("period_days", UNSET)

        range_type = d.pop("range_type", UNSET)

        period_info = cls(
            start_date=start_date,
            end_date=end_date,
            period_days=period_days,
            range_type=range_type,
        )

        period_info.additional_properties = d
        return period_info

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
