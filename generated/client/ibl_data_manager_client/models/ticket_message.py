from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketMessage")


@_attrs_define
class TicketMessage:
    """
    Attributes:
        id (int):
        ticket (int):
        message (str):
        timestamp (datetime.datetime):
        sender (int | None | Unset): edX user ID
    """

    id: int
    ticket: int
    message: str
    timestamp: datetime.datetime
    sender: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticket = self.ticket

        message = self.message

        timestamp = self.timestamp.isoformat()

        sender: int | None | Unset = self.sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticket": ticket,
                "message": message,
                "timestamp": timestamp,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        ticket = d.pop("ticket")

        message = d.pop("message")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        sender = d.pop("sender", UNSET)

        ticket_message = cls(
            id=id,
            ticket=ticket,
            message=message,
            timestamp=timestamp,
            sender=sender,
        )

        ticket_message.additional_properties = d
        return ticket_message

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
