from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_detail_response_messages_item import (
        ConversationDetailResponseMessagesItem,
    )
    from ..models.conversation_detail_response_summary import ConversationDetailResponseSummary


T = TypeVar("T", bound="ConversationDetailResponse")


@_attrs_define
class ConversationDetailResponse:
    """
    Attributes:
        summary (ConversationDetailResponseSummary):
        messages (list[ConversationDetailResponseMessagesItem]):
    """

    summary: ConversationDetailResponseSummary
    messages: list[ConversationDetailResponseMessagesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_detail_response_messages_item import (
            ConversationDetailResponseMessagesItem,  # noqa: PLC0415
        )
        from ..models.conversation_detail_response_summary import ConversationDetailResponseSummary  # noqa: PLC0415

        d = dict(src_dict)
        summary = ConversationDetailResponseSummary.from_dict(d.pop("summary"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ConversationDetailResponseMessagesItem.from_dict(messages_item_data)

            messages.append(messages_item)

        conversation_detail_response = cls(
            summary=summary,
            messages=messages,
        )

        conversation_detail_response.additional_properties = d
        return conversation_detail_response

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
