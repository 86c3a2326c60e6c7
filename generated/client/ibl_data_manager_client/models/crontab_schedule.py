from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrontabSchedule")


@_attrs_define
class CrontabSchedule:
    """
    Attributes:
        minute (str | Unset): Cron Minutes to Run. Use "*" for "all". (Example: "0,30")
        hour (str | Unset): Cron Hours to Run. Use "*" for "all". (Example: "8,20")
        day_of_week (str | Unset): Cron Days Of The Week to Run. Use "*" for "all", Sunday is 0 or 7, Monday is 1.
            (Example: "0,5")
        day_of_month (str | Unset): Cron Days Of The Month to Run. Use "*" for "all". (Example: "1,15")
        month_of_year (str | Unset): Cron Months (1-12) Of The Year to Run. Use "*" for "all". (Example: "1,12")
    """

    minute: str | Unset = UNSET
    hour: str | Unset = UNSET
    day_of_week: str | Unset = UNSET
    day_of_month: str | Unset = UNSET
    month_of_year: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minute = self.minute

        hour = self.hour

        day_of_week = self.day_of_week

        day_of_month = self.day_of_month

        month_of_year = self.month_of_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minute is not UNSET:
            field_dict["minute"] = minute
        if hour is not UNSET:
            field_dict["hour"] = hour
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month
        if month_of_year is not UNSET:
            field_dict["month_of_year"] = month_of_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        minute = d.pop("minute", UNSET)

        hour = d.pop("hour", UNSET)

        day_of_week = d.pop("day_of_week", UNSET)

        day_of_month = d.pop("day_of_month", UNSET)

        month_of_year = d.pop("month_of_year", UNSET)

        crontab_schedule = cls(
            minute=minute,
            hour=hour,
            day_of_week=day_of_week,
            day_of_month=day_of_month,
            month_of_year=month_of_year,
        )

        crontab_schedule.additional_properties = d
        return crontab_schedule

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
