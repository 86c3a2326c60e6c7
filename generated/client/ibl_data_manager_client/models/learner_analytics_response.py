from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_analytics_result import LearnerAnalyticsResult
    from ..models.learner_summary import LearnerSummary
    from ..models.overtime_data_point import OvertimeDataPoint
    from ..models.pagination import Pagination
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="LearnerAnalyticsResponse")


@_attrs_define
class LearnerAnalyticsResponse:
    """Unified response serializer for learner analytics endpoint.

    Attributes:
        user (UserInfo): Serializer for user information.
        summary (LearnerSummary): Serializer for learner summary data across all platforms.
        results (list[LearnerAnalyticsResult]):
        pagination (Pagination):
        generated_at (datetime.datetime):
        overtime (list[OvertimeDataPoint] | Unset): Time spent over time data (when overtime=true)
    """

    user: UserInfo
    summary: LearnerSummary
    results: list[LearnerAnalyticsResult]
    pagination: Pagination
    generated_at: datetime.datetime
    overtime: list[OvertimeDataPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        summary = self.summary.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        pagination = self.pagination.to_dict()

        generated_at = self.generated_at.isoformat()

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
                "user": user,
                "summary": summary,
                "results": results,
                "pagination": pagination,
                "generated_at": generated_at,
            }
        )
        if overtime is not UNSET:
            field_dict["overtime"] = overtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.learner_analytics_result import LearnerAnalyticsResult  # noqa: PLC0415
        from ..models.learner_summary import LearnerSummary  # noqa: PLC0415
        from ..models.overtime_data_point import OvertimeDataPoint  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = dict(src_dict)
        user = UserInfo.from_dict(d.pop("user"))

        summary = LearnerSummary.from_dict(d.pop("summary"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = LearnerAnalyticsResult.from_dict(results_item_data)

            results.append(results_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        _overtime = d.pop("overtime", UNSET)
        overtime: list[OvertimeDataPoint] | Unset = UNSET
        if _overtime is not UNSET:
            overtime = []
            for overtime_item_data in _overtime:
                overtime_item = OvertimeDataPoint.from_dict(overtime_item_data)

                overtime.append(overtime_item)

        learner_analytics_response = cls(
            user=user,
            summary=summary,
            results=results,
            pagination=pagination,
            generated_at=generated_at,
            overtime=overtime,
        )

        learner_analytics_response.additional_properties = d
        return learner_analytics_response

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
