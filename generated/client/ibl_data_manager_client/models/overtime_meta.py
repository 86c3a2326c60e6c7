from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OvertimeMeta")


@_attrs_define
class OvertimeMeta:
    """
    Attributes:
        total (int): Total records
        change_range (int | Unset): Change in range Default: 0.
        change_last_seven_days (int | Unset): Change in last 7 days Default: 0.
        change_last_thirty_days (int | Unset): Change in last 30 days Default: 0.
        change_last_seven_days_percent (float | Unset): Change in last 7 days in percentage Default: 0.0.
        change_last_thirty_days_percent (float | Unset): Change in last 30 days in percentage Default: 0.0.
        change_range_percent (float | Unset): Change in range in percentage
    """

    total: int
    change_range: int | Unset = 0
    change_last_seven_days: int | Unset = 0
    change_last_thirty_days: int | Unset = 0
    change_last_seven_days_percent: float | Unset = 0.0
    change_last_thirty_days_percent: float | Unset = 0.0
    change_range_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        change_range = self.change_range

        change_last_seven_days = self.change_last_seven_days

        change_last_thirty_days = self.change_last_thirty_days

        change_last_seven_days_percent = self.change_last_seven_days_percent

        change_last_thirty_days_percent = self.change_last_thirty_days_percent

        change_range_percent = self.change_range_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if change_range is not UNSET:
            field_dict["change_range"] = change_range
        if change_last_seven_days is not UNSET:
            field_dict["change_last_seven_days"] = change_last_seven_days
        if change_last_thirty_days is not UNSET:
            field_dict["change_last_thirty_days"] = change_last_thirty_days
        if change_last_seven_days_percent is not UNSET:
            field_dict["change_last_seven_days_percent"] = change_last_seven_days_percent
        if change_last_thirty_days_percent is not UNSET:
            field_dict["change_last_thirty_days_percent"] = change_last_thirty_days_percent
        if change_range_percent is not UNSET:
            field_dict["change_range_percent"] = change_range_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        change_range = d.pop("change_range", UNSET)

        change_last_seven_days = d.pop("change_last_seven_days", UNSET)

        change_last_thirty_days = d.pop("change_last_thirty_days", UNSET)

        change_last_seven_days_percent = d.pop("change_last_seven_days_percent", UNSET)

        change_last_thirty_days_percent = d.pop("change_last_thirty_days_percent", UNSET)

        change_range_percent = d.pop("change_range_percent", UNSET)

        overtime_meta = cls(
            total=total,
            change_range=change_range,
            change_last_seven_days=change_last_seven_days,
            change_last_thirty_days=change_last_thirty_days,
            change_last_seven_days_percent=change_last_seven_days_percent,
            change_last_thirty_days_percent=change_last_thirty_days_percent,
            change_range_percent=change_range_percent,
        )

        overtime_meta.additional_properties = d
        return overtime_meta

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
