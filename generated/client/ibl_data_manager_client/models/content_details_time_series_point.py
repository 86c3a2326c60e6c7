from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentDetailsTimeSeriesPoint")


@_attrs_define
class ContentDetailsTimeSeriesPoint:
    """Serializer for individual time series points in content details response.

    Attributes:
        period (str): ISO8601 timestamp representing the aggregated period
        value (float): Value for the requested metric during the period
        average (float | None | Unset): Average value for the period (used for ratings)
    """

    period: str
    value: float
    average: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        value = self.value

        average: float | None | Unset = self.average

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "value": value,
            }
        )
        if average is not UNSET:
            field_dict["average"] = average

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        value = d.pop("value")

        average = d.pop("average", UNSET)

        content_details_time_series_point = cls(
            period=period,
            value=value,
            average=average,
        )

        content_details_time_series_point.additional_properties = d
        return content_details_time_series_point

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
