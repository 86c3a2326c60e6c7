from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_history import ChatHistory
    from ..models.session_summary_mentor import SessionSummaryMentor


T = TypeVar("T", bound="SessionSummary")


@_attrs_define
class SessionSummary:
    """Lightweight serializer for session list endpoints (pinned/recent messages).

    Attributes:
        session_id (UUID):
        mentor_unique_id (UUID):
        mentor (SessionSummaryMentor): Lightweight mentor serializer for backward compatibility.
        title (None | str):
        messages (list[ChatHistory]):
    """

    session_id: UUID
    mentor_unique_id: UUID
    mentor: SessionSummaryMentor
    title: None | str
    messages: list[ChatHistory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        mentor_unique_id = str(self.mentor_unique_id)

        mentor = self.mentor.to_dict()

        title: None | str = self.title

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "mentor_unique_id": mentor_unique_id,
                "mentor": mentor,
                "title": title,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_history import ChatHistory  # noqa: PLC0415
        from ..models.session_summary_mentor import SessionSummaryMentor  # noqa: PLC0415

        d = dict(src_dict)
        session_id = UUID(d.pop("session_id"))

        mentor_unique_id = UUID(d.pop("mentor_unique_id"))

        mentor = SessionSummaryMentor.from_dict(d.pop("mentor"))

        title = d.pop("title")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ChatHistory.from_dict(messages_item_data)

            messages.append(messages_item)

        session_summary = cls(
            session_id=session_id,
            mentor_unique_id=mentor_unique_id,
            mentor=mentor,
            title=title,
            messages=messages,
        )

        session_summary.additional_properties = d
        return session_summary

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
