from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivityData")


@_attrs_define
class ActivityData:
    """
    Attributes:
        course_id (str): edx Course Id
        name (str): Course name
        course_start (str): Course start date
        course_end (str): Course end date
        average_time_invested (float): Overall course average time invested (other students inclusive)
        time_invested (int): Total time spent
        days_away (str): Days from today the course has been accessed
        last_access_date (str): When course was last accessed
        days_accessed (int): Unique days course was accessed
    """

    course_id: str
    name: str
    course_start: str
    course_end: str
    average_time_invested: float
    time_invested: int
    days_away: str
    last_access_date: str
    days_accessed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        name = self.name

        course_start = self.course_start

        course_end = self.course_end

        average_time_invested = self.average_time_invested

        time_invested = self.time_invested

        days_away = self.days_away

        last_access_date = self.last_access_date

        days_accessed = self.days_accessed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "name": name,
                "course_start": course_start,
                "course_end": course_end,
                "average_time_invested": average_time_invested,
                "time_invested": time_invested,
                "days_away": days_away,
                "last_access_date": last_access_date,
                "days_accessed": days_accessed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        name = d.pop("name")

        course_start = d.pop("course_start")

        course_end = d.pop("course_end")

        average_time_invested = d.pop("average_time_invested")

        time_invested = d.pop("time_invested")

        days_away = d.pop("days_away")

        last_access_date = d.pop("last_access_date")

        days_accessed = d.pop("days_accessed")

        activity_data = cls(
            course_id=course_id,
            name=name,
            course_start=course_start,
            course_end=course_end,
            average_time_invested=average_time_invested,
            time_invested=time_invested,
            days_away=days_away,
            last_access_date=last_access_date,
            days_accessed=days_accessed,
        )

        activity_data.additional_properties = d
        return activity_data

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
