from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_info import MetricInfo


T = TypeVar("T", bound="FinanceDetailsResponse")


@_attrs_define
class FinanceDetailsResponse:
    """Serializer for /financial/details responses.

    Attributes:
        page (int):
        limit (int):
        total_pages (int):
        total_records (int):
        rows (Any | Unset):
        total_cost (str | Unset):
        metrics (list[MetricInfo] | Unset):
    """

    page: int
    limit: int
    total_pages: int
    total_records: int
    rows: Any | Unset = UNSET
    total_cost: str | Unset = UNSET
    metrics: list[MetricInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        total_pages = self.total_pages

        total_records = self.total_records

        rows = self.rows

        total_cost = self.total_cost

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
                "total_pages": total_pages,
                "total_records": total_records,
            }
        )
        if rows is not UNSET:
            field_dict["rows"] = rows
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_info import MetricInfo  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page")

        limit = d.pop("limit")

        total_pages = d.pop("total_pages")

        total_records = d.pop("total_records")

        rows = d.pop("rows", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[MetricInfo] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = MetricInfo.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        finance_details_response = cls(
            page=page,
            limit=limit,
            total_pages=total_pages,
            total_records=total_records,
            rows=rows,
            total_cost=total_cost,
            metrics=metrics,
        )

        finance_details_response.additional_properties = d
        return finance_details_response

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
