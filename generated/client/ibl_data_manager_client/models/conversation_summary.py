from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationSummary")


@_attrs_define
class ConversationSummary:
    """
    Attributes:
        total_conversations (int):
        total_human_messages (int):
        total_ai_messages (int):
    """

    total_conversations: int
    total_human_messages: int
    total_ai_messages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_conversations = self.total_conversations

        total_human_messages = self.total_human_messages

        total_ai_messages = self.total_ai_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_conversations": total_conversations,
                "total_human_messages": total_human_messages,
                "total_ai_messages": total_ai_messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_conversations = d.pop("total_conversations")

        total_human_messages = d.pop("total_human_messages")

        total_ai_messages = d.pop("total_ai_messages")

        conversation_summary = cls(
            total_conversations=total_conversations,
            total_human_messages=total_human_messages,
            total_ai_messages=total_ai_messages,
        )

        conversation_summary.additional_properties = d
        return conversation_summary

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
