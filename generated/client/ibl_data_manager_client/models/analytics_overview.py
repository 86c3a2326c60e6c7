from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metric_change import MetricChange


T = TypeVar("T", bound="AnalyticsOverview")


@_attrs_define
class AnalyticsOverview:
    """
    Attributes:
        conversation_volume (MetricChange):
        users (MetricChange):
        topics (MetricChange):
        user_rating (MetricChange):
    """

    conversation_volume: MetricChange
    users: MetricChange
    topics: MetricChange
    user_rating: MetricChange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_volume = self.conversation_volume.to_dict()

        users = self.users.to_dict()

        topics = self.topics.to_dict()

        user_rating = self.user_rating.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_volume": conversation_volume,
                "users": users,
                "topics": topics,
                "user_rating": user_rating,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_change import MetricChange  # noqa: PLC0415

        d = dict(src_dict)
        conversation_volume = MetricChange.from_dict(d.pop("conversation_volume"))

        users = MetricChange.from_dict(d.pop("users"))

        topics = MetricChange.from_dict(d.pop("topics"))

        user_rating = MetricChange.from_dict(d.pop("user_rating"))

        analytics_overview = cls(
            conversation_volume=conversation_volume,
            users=users,
            topics=topics,
            user_rating=user_rating,
        )

        analytics_overview.additional_properties = d
        return analytics_overview

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
