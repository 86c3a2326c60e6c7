from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.topic_statistics import TopicStatistics


T = TypeVar("T", bound="PaginatedTopicStatisticsResponse")


@_attrs_define
class PaginatedTopicStatisticsResponse:
    """
    Attributes:
        count (int):
        next_ (None | str):
        previous (None | str):
        results (list[TopicStatistics]):
    """

    count: int
    next_: None | str
    previous: None | str
    results: list[TopicStatistics]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str = self.next_

        previous: None | str = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_statistics import TopicStatistics  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        next_ = d.pop("next")

        previous = d.pop("previous")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = TopicStatistics.from_dict(results_item_data)

            results.append(results_item)

        paginated_topic_statistics_response = cls(
            count=count,
            next_=next_,
            previous=previous,
            results=results,
        )

        paginated_topic_statistics_response.additional_properties = d
        return paginated_topic_statistics_response

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
