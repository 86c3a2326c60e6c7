from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserDetail")


@_attrs_define
class UserDetail:
    """
    Attributes:
        email (str):
        full_name (str):
        messages (int):
        conversations (int):
        last_activity (datetime.datetime):
    """

    email: str
    full_name: str
    messages: int
    conversations: int
    last_activity: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        full_name = self.full_name

        messages = self.messages

        conversations = self.conversations

        last_activity = self.last_activity.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "full_name": full_name,
                "messages": messages,
                "conversations": conversations,
                "last_activity": last_activity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        full_name = d.pop("full_name")

        messages = d.pop("messages")

        conversations = d.pop("conversations")

        last_activity = datetime.datetime.fromisoformat(d.pop("last_activity"))

        user_detail = cls(
            email=email,
            full_name=full_name,
            messages=messages,
            conversations=conversations,
            last_activity=last_activity,
        )

        user_detail.additional_properties = d
        return user_detail

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
