from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketMessageRequest")


@_attrs_define
class TicketMessageRequest:
    """
    Attributes:
        ticket (int):
        message (str):
        sender (int | None | Unset): edX user ID
    """

    ticket: int
    message: str
    sender: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket = self.ticket

        message = self.message

        sender: int | None | Unset = self.sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket": ticket,
                "message": message,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("ticket", (None, str(self.ticket).encode(), "text/plain")))

        files.append(("message", (None, str(self.message).encode(), "text/plain")))

        if not isinstance(self.sender, Unset):
            if isinstance(self.sender, int):
                files.append(("sender", (None, str(self.sender).encode(), "text/plain")))
            else:
                files.append(("sender", (None, str(self.sender).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket = d.pop("ticket")

        message = d.pop("message")

        sender = d.pop("sender", UNSET)

        ticket_message_request = cls(
            ticket=ticket,
            message=message,
            sender=sender,
        )

        ticket_message_request.additional_properties = d
        return ticket_message_request

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
