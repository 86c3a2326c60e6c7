from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicDetail")


@_attrs_define
class TopicDetail:
    """
    Attributes:
        name (str):
        messages (int):
        conversations (int):
        sessions (int):
        average_rating (str | Unset):
        rating_count (int | Unset):
    """

    name: str
    messages: int
    conversations: int
    sessions: int
    average_rating: str | Unset = UNSET
    rating_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        messages = self.messages

        conversations = self.conversations

        sessions = self.sessions

        average_rating = self.average_rating

        rating_count = self.rating_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "messages": messages,
                "conversations": conversations,
                "sessions": sessions,
            }
        )
        if average_rating is not UNSET:
            field_dict["average_rating"] = average_rating
        if rating_count is not UNSET:
            field_dict["rating_count"] = rating_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        messages = d.pop("messages")

        conversations = d.pop("conversations")

        sessions = d.pop("sessions")

        average_rating = d.pop("average_rating", UNSET)

        rating_count = d.pop("rating_count", UNSET)

        topic_detail = cls(
            name=name,
            messages=messages,
            conversations=conversations,
            sessions=sessions,
            average_rating=average_rating,
            rating_count=rating_count,
        )

        topic_detail.additional_properties = d
        return topic_detail

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
