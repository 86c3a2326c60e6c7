from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.points_metric_details_item import PointsMetricDetailsItem


T = TypeVar("T", bound="PointsMetric")


@_attrs_define
class PointsMetric:
    """Serializer for points metrics.

    Attributes:
        total (float):
        details (list[PointsMetricDetailsItem] | Unset):
    """

    total: float
    details: list[PointsMetricDetailsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.points_metric_details_item import PointsMetricDetailsItem  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        _details = d.pop("details", UNSET)
        details: list[PointsMetricDetailsItem] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = PointsMetricDetailsItem.from_dict(details_item_data)

                details.append(details_item)

        points_metric = cls(
            total=total,
            details=details,
        )

        points_metric.additional_properties = d
        return points_metric

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
