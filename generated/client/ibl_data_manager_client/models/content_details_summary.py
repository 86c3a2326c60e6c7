from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_details_summary_averages import ContentDetailsSummaryAverages
    from ..models.content_details_summary_totals import ContentDetailsSummaryTotals
    from ..models.content_details_time_series import ContentDetailsTimeSeries


T = TypeVar("T", bound="ContentDetailsSummary")


@_attrs_define
class ContentDetailsSummary:
    """Serializer for summary data in the content details endpoint.

    Attributes:
        totals (ContentDetailsSummaryTotals): Total counts related to the content item
        averages (ContentDetailsSummaryAverages): Average values related to the content item
        time_series (ContentDetailsTimeSeries | Unset): Serializer describing the time series block.
    """

    totals: ContentDetailsSummaryTotals
    averages: ContentDetailsSummaryAverages
    time_series: ContentDetailsTimeSeries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        totals = self.totals.to_dict()

        averages = self.averages.to_dict()

        time_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_series, Unset):
            time_series = self.time_series.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totals": totals,
                "averages": averages,
            }
        )
        if time_series is not UNSET:
            field_dict["time_series"] = time_series

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_details_summary_averages import ContentDetailsSummaryAverages  # noqa: PLC0415
        from ..models.content_details_summary_totals import ContentDetailsSummaryTotals  # noqa: PLC0415
        from ..models.content_details_time_series import ContentDetailsTimeSeries  # noqa: PLC0415

        d = dict(src_dict)
        totals = ContentDetailsSummaryTotals.from_dict(d.pop("totals"))

        averages = ContentDetailsSummaryAverages.from_dict(d.pop("averages"))

        _time_series = d.pop("time_series", UNSET)
        time_series: ContentDetailsTimeSeries | Unset
        if isinstance(_time_series, Unset):
            time_series = UNSET
        else:
            time_series = ContentDetailsTimeSeries.from_dict(_time_series)

        content_details_summary = cls(
            totals=totals,
            averages=averages,
            time_series=time_series,
        )

        content_details_summary.additional_properties = d
        return content_details_summary

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
