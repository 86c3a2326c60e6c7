from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_averages import ContentAverages
    from ..models.content_totals import ContentTotals
    from ..models.overtime_data_point import OvertimeDataPoint


T = TypeVar("T", bound="ContentSummary")


@_attrs_define
class ContentSummary:
    """Serializer for content summary data.

    Attributes:
        totals (ContentTotals): Serializer for content summary totals.
        averages (ContentAverages): Serializer for content summary averages.
        overtime (list[OvertimeDataPoint] | Unset): Time spent over time data (courses only, when include_overtime=true)
    """

    totals: ContentTotals
    averages: ContentAverages
    overtime: list[OvertimeDataPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        totals = self.totals.to_dict()

        averages = self.averages.to_dict()

        overtime: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overtime, Unset):
            overtime = []
            for overtime_item_data in self.overtime:
                overtime_item = overtime_item_data.to_dict()
                overtime.append(overtime_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totals": totals,
                "averages": averages,
            }
        )
        if overtime is not UNSET:
            field_dict["overtime"] = overtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_averages import ContentAverages  # noqa: PLC0415
        from ..models.content_totals import ContentTotals  # noqa: PLC0415
        from ..models.overtime_data_point import OvertimeDataPoint  # noqa: PLC0415

        d = dict(src_dict)
        totals = ContentTotals.from_dict(d.pop("totals"))

        averages = ContentAverages.from_dict(d.pop("averages"))

        _overtime = d.pop("overtime", UNSET)
        overtime: list[OvertimeDataPoint] | Unset = UNSET
        if _overtime is not UNSET:
            overtime = []
            for overtime_item_data in _overtime:
                overtime_item = OvertimeDataPoint.from_dict(overtime_item_data)

                overtime.append(overtime_item)

        content_summary = cls(
            totals=totals,
            averages=averages,
            overtime=overtime,
        )

        content_summary.additional_properties = d
        return content_summary

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
