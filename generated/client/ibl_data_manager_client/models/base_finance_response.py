from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.comparison_info import ComparisonInfo
    from ..models.finance_filters import FinanceFilters
    from ..models.overtime_data import OvertimeData
    from ..models.period_info import PeriodInfo


T = TypeVar("T", bound="BaseFinanceResponse")


@_attrs_define
class BaseFinanceResponse:
    """Base response for all finance metrics.

    Attributes:
        metric (str): The metric type that was requested
        filters (FinanceFilters): Applied filters for the response.
        value (str): Primary metric value (cost in USD)
        percentage_change (float | None): Percentage change vs comparison period (null if no comparison)
        overtime (list[OvertimeData]): Time series data for overtime visualization
        period_info (PeriodInfo): Information about the analysis period.
        comparison_info (ComparisonInfo): Comparison period information.
    """

    metric: str
    filters: FinanceFilters
    value: str
    percentage_change: float | None
    overtime: list[OvertimeData]
    period_info: PeriodInfo
    comparison_info: ComparisonInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        filters = self.filters.to_dict()

        value = self.value

        percentage_change: float | None = self.percentage_change

        overtime = []
        for overtime_item_data in self.overtime:
            overtime_item = overtime_item_data.to_dict()
            overtime.append(overtime_item)

        period_info = self.period_info.to_dict()

        comparison_info = self.comparison_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "filters": filters,
                "value": value,
                "percentage_change": percentage_change,
                "overtime": overtime,
                "period_info": period_info,
                "comparison_info": comparison_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comparison_info import ComparisonInfo  # noqa: PLC0415
        from ..models.finance_filters import FinanceFilters  # noqa: PLC0415
        from ..models.overtime_data import OvertimeData  # noqa: PLC0415
        from ..models.period_info import PeriodInfo  # noqa: PLC0415

        d = dict(src_dict)
        metric = d.pop("metric")

        filters = FinanceFilters.from_dict(d.pop("filters"))

        value = d.pop("value")

        percentage_change = d.pop("percentage_change")

        overtime = []
        _overtime = d.pop("overtime")
        for overtime_item_data in _overtime:
            overtime_item = OvertimeData.from_dict(overtime_item_data)

            overtime.append(overtime_item)

        period_info = PeriodInfo.from_dict(d.pop("period_info"))

        comparison_info = ComparisonInfo.from_dict(d.pop("comparison_info"))

        base_finance_response = cls(
            metric=metric,
            filters=filters,
            value=value,
            percentage_change=percentage_change,
            overtime=overtime,
            period_info=period_info,
            comparison_info=comparison_info,
        )

        base_finance_response.additional_properties = d
        return base_finance_response

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
