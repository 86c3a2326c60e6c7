from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.topics_overview_metric import TopicsOverviewMetric


T = TypeVar("T", bound="TopicsOverview")


@_attrs_define
class TopicsOverview:
    """Dashboard KPI overview for topics.

    Attributes:
        topics (TopicsOverviewMetric): Serializer for individual topic overview metrics.
        sessions (TopicsOverviewMetric): Serializer for individual topic overview metrics.
        conversations (TopicsOverviewMetric): Serializer for individual topic overview metrics.
        messages (TopicsOverviewMetric): Serializer for individual topic overview metrics.
    """

    topics: TopicsOverviewMetric
    sessions: TopicsOverviewMetric
    conversations: TopicsOverviewMetric
    messages: TopicsOverviewMetric
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics = self.topics.to_dict()

        sessions = self.sessions.to_dict()

        conversations = self.conversations.to_dict()

        messages = self.messages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topics": topics,
                "sessions": sessions,
                "conversations": conversations,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topics_overview_metric import TopicsOverviewMetric  # noqa: PLC0415

        d = dict(src_dict)
        topics = TopicsOverviewMetric.from_dict(d.pop("topics"))

        sessions = TopicsOverviewMetric.from_dict(d.pop("sessions"))

        conversations = TopicsOverviewMetric.from_dict(d.pop("conversations"))

        messages = TopicsOverviewMetric.from_dict(d.pop("messages"))

        topics_overview = cls(
            topics=topics,
            sessions=sessions,
            conversations=conversations,
            messages=messages,
        )

        topics_overview.additional_properties = d
        return topics_overview

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
