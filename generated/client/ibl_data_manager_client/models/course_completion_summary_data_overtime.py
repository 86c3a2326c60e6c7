from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_completion_summary_data_overtime_overtime import (
        CourseCompletionSummaryDataOvertimeOvertime,
    )


T = TypeVar("T", bound="CourseCompletionSummaryDataOvertime")


@_attrs_define
class CourseCompletionSummaryDataOvertime:
    """
    Attributes:
        total_user_count (int): Total unique active users in this period
        completed_count (int): Total course completions
        completed_percent (float): Completion percent for the time range
        overtime (CourseCompletionSummaryDataOvertimeOvertime | Unset): Dates are keys and values are the value for the
            date in the key. e,g `{"2020-01-01": 30. ...}`
    """

    total_user_count: int
    completed_count: int
    completed_percent: float
    overtime: CourseCompletionSummaryDataOvertimeOvertime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_user_count = self.total_user_count

        completed_count = self.completed_count

        completed_percent = self.completed_percent

        overtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overtime, Unset):
            overtime = self.overtime.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_user_count": total_user_count,
                "completed_count": completed_count,
                "completed_percent": completed_percent,
            }
        )
        if overtime is not UNSET:
            field_dict["overtime"] = overtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_completion_summary_data_overtime_overtime import (
            CourseCompletionSummaryDataOvertimeOvertime,  # noqa: PLC0415
        )

        d = dict(src_dict)
        total_user_count = d.pop("total_user_count")

        completed_count = d.pop("completed_count")

        completed_percent = d.pop("completed_percent")

        _overtime = d.pop("overtime", UNSET)
        overtime: CourseCompletionSummaryDataOvertimeOvertime | Unset
        if isinstance(_overtime, Unset):
            overtime = UNSET
        else:
            overtime = CourseCompletionSummaryDataOvertimeOvertime.from_dict(_overtime)

        course_completion_summary_data_overtime = cls(
            total_user_count=total_user_count,
            completed_count=completed_count,
            completed_percent=completed_percent,
            overtime=overtime,
        )

        course_completion_summary_data_overtime.additional_properties = d
        return course_completion_summary_data_overtime

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
