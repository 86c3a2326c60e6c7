from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TopicStatisticsResponse")


@_attrs_define
class TopicStatisticsResponse:
    """
    Attributes:
        total_topics (int):
        total_topics_change_percentage (float):
        new_topics (int):
        new_topics_change_percentage (float):
    """

    total_topics: int
    total_topics_change_percentage: float
    new_topics: int
    new_topics_change_percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_topics = self.total_topics

        total_topics_change_percentage = self.total_topics_change_percentage

        new_topics = self.new_topics

        new_topics_change_percentage = self.new_topics_change_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_topics": total_topics,
                "total_topics_change_percentage": total_topics_change_percentage,
                "new_topics": new_topics,
                "new_topics_change_percentage": new_topics_change_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_topics = d.pop("total_topics")

        total_topics_change_percentage = d.pop("total_topics_change_percentage")

        new_topics = d.pop("new_topics")

        new_topics_change_percentage = d.pop("new_topics_change_percentage")

        topic_statistics_response = cls(
            total_topics=total_topics,
            total_topics_change_percentage=total_topics_change_percentage,
            new_topics=new_topics,
            new_topics_change_percentage=new_topics_change_percentage,
        )

        topic_statistics_response.additional_properties = d
        return topic_statistics_response

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
