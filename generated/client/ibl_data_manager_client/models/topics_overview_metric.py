from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TopicsOverviewMetric")


@_attrs_define
class TopicsOverviewMetric:
    """Serializer for individual topic overview metrics.

    Attributes:
        all_time_total (int): Total count since the beginning of time
        this_month (int): Count for current month
        last_month (int): Count for previous month
        percentage_change (float): Percentage change from last month to this month
    """

    all_time_total: int
    this_month: int
    last_month: int
    percentage_change: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_time_total = self.all_time_total

        this_month = self.this_month

        last_month = self.last_month

        percentage_change = self.percentage_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all_time_total": all_time_total,
                "this_month": this_month,
                "last_month": last_month,
                "percentage_change": percentage_change,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_time_total = d.pop("all_time_total")

        this_month = d.pop("this_month")

        last_month = d.pop("last_month")

        percentage_change = d.pop("percentage_change")

        topics_overview_metric = cls(
            all_time_total=all_time_total,
            this_month=this_month,
            last_month=last_month,
            percentage_change=percentage_change,
        )

        topics_overview_metric.additional_properties = d
        return topics_overview_metric

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
