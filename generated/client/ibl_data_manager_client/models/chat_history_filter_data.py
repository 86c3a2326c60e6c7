from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_history_filter_user import ChatHistoryFilterUser
    from ..models.date_range import DateRange
    from ..models.topic_model import TopicModel


T = TypeVar("T", bound="ChatHistoryFilterData")


@_attrs_define
class ChatHistoryFilterData:
    """
    Attributes:
        topics (list[TopicModel]):
        users (list[ChatHistoryFilterUser]):
        date_ranges (list[DateRange] | Unset):
        sentiment (list[str] | Unset):
    """

    topics: list[TopicModel]
    users: list[ChatHistoryFilterUser]
    date_ranges: list[DateRange] | Unset = UNSET
    sentiment: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        date_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.date_ranges, Unset):
            date_ranges = []
            for date_ranges_item_data in self.date_ranges:
                date_ranges_item = date_ranges_item_data.to_dict()
                date_ranges.append(date_ranges_item)

        sentiment: list[str] | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topics": topics,
                "users": users,
            }
        )
        if date_ranges is not UNSET:
            field_dict["date_ranges"] = date_ranges
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_history_filter_user import ChatHistoryFilterUser  # noqa: PLC0415
        from ..models.date_range import DateRange  # noqa: PLC0415
        from ..models.topic_model import TopicModel  # noqa: PLC0415

        d = dict(src_dict)
        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = TopicModel.from_dict(topics_item_data)

            topics.append(topics_item)

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = ChatHistoryFilterUser.from_dict(users_item_data)

            users.append(users_item)

        _date_ranges = d.pop("date_ranges", UNSET)
        date_ranges: list[DateRange] | Unset = UNSET
        if _date_ranges is not UNSET:
            date_ranges = []
            for date_ranges_item_data in _date_ranges:
                date_ranges_item = DateRange.from_dict(date_ranges_item_data)

                date_ranges.append(date_ranges_item)

        sentiment = cast(list[str], d.pop("sentiment", UNSET))

        chat_history_filter_data = cls(
            topics=topics,
            users=users,
            date_ranges=date_ranges,
            sentiment=sentiment,
        )

        chat_history_filter_data.additional_properties = d
        return chat_history_filter_data

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
