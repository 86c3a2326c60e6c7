from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pie_chart_segment import PieChartSegment


T = TypeVar("T", bound="PieChartData")


@_attrs_define
class PieChartData:
    """
    Attributes:
        new_users (PieChartSegment):
        returning_users (PieChartSegment):
    """

    new_users: PieChartSegment
    returning_users: PieChartSegment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_users = self.new_users.to_dict()

        returning_users = self.returning_users.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_users": new_users,
                "returning_users": returning_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pie_chart_segment import PieChartSegment  # noqa: PLC0415

        d = dict(src_dict)
        new_users = PieChartSegment.from_dict(d.pop("new_users"))

        returning_users = PieChartSegment.from_dict(d.pop("returning_users"))

        pie_chart_data = cls(
            new_users=new_users,
            returning_users=returning_users,
        )

        pie_chart_data.additional_properties = d
        return pie_chart_data

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
