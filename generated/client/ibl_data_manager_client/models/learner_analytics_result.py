from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_info import ActivityInfo
    from ..models.platform_metrics import PlatformMetrics
    from ..models.platform_summary import PlatformSummary


T = TypeVar("T", bound="LearnerAnalyticsResult")


@_attrs_define
class LearnerAnalyticsResult:
    """Unified serializer for learner analytics results - handles both cross-platform and
    platform-specific data.

        Attributes:
            platform_id (int):
            platform_name (str):
            platform_key (None | str):
            summary (PlatformSummary | Unset): Serializer for platform summary data (cross-platform view).
            metrics (PlatformMetrics | Unset): Serializer for detailed platform metrics (platform-specific view).
            activity (ActivityInfo | Unset): Serializer for activity information.
            last_updated (datetime.datetime | Unset):
            user_id (int | Unset):
    """

    platform_id: int
    platform_name: str
    platform_key: None | str
    summary: PlatformSummary | Unset = UNSET
    metrics: PlatformMetrics | Unset = UNSET
    activity: ActivityInfo | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_id = self.platform_id

        platform_name = self.platform_name

        platform_key: None | str = self.platform_key

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_id": platform_id,
                "platform_name": platform_name,
                "platform_key": platform_key,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if activity is not UNSET:
            field_dict["activity"] = activity
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_info import ActivityInfo  # noqa: PLC0415
        from ..models.platform_metrics import PlatformMetrics  # noqa: PLC0415
        from ..models.platform_summary import PlatformSummary  # noqa: PLC0415

        d = dict(src_dict)
        platform_id = d.pop("platform_id")

        platform_name = d.pop("platform_name")

        platform_key = d.pop("platform_key")

        _summary = d.pop("summary", UNSET)
        summary: PlatformSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = PlatformSummary.from_dict(_summary)

        _metrics = d.pop("metrics", UNSET)
        metrics: PlatformMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = PlatformMetrics.from_dict(_metrics)

        _activity = d.pop("activity", UNSET)
        activity: ActivityInfo | Unset
        if isinstance(_activity, Unset):
            activity = UNSET
        else:
            activity = ActivityInfo.from_dict(_activity)

        _last_updated = d.pop("last_updated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = datetime.datetime.fromisoformat(_last_updated)

        user_id = d.pop("user_id", UNSET)

        learner_analytics_result = cls(
            platform_id=platform_id,
            platform_name=platform_name,
            platform_key=platform_key,
            summary=summary,
            metrics=metrics,
            activity=activity,
            last_updated=last_updated,
            user_id=user_id,
        )

        learner_analytics_result.additional_properties = d
        return learner_analytics_result

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
