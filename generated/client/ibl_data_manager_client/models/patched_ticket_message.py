from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedTicketMessage")


@_attrs_define
class PatchedTicketMessage:
    """
    Attributes:
        ticket (int | Unset):
        sender (int | None | Unset): edX user ID
        message (str | Unset):
    """

    ticket: int | Unset = UNSET
    sender: int | None | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket = self.ticket

        sender: int | None | Unset = self.sender

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket is not UNSET:
            field_dict["ticket"] = ticket
        if sender is not UNSET:
            field_dict["sender"] = sender
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.ticket, Unset):
            files.append(("ticket", (None, str(self.ticket).encode(), "text/plain")))

        if not isinstance(self.sender, Unset):
            if isinstance(self.sender, int):
                files.append(("sender", (None, str(self.sender).encode(), "text/plain")))
            else:
                files.append(("sender", (None, str(self.sender).encode(), "text/plain")))

        if not isinstance(self.message, Unset):
            files.append(("message", (None, str(self.message).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket = d.pop("ticket", UNSET)

        sender = d.pop("sender", UNSET)

        message = d.pop("message", UNSET)

        patched_ticket_message = cls(
            ticket=ticket,
            sender=sender,
            message=message,
        )

        patched_ticket_message.additional_properties = d
        return patched_ticket_message

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
