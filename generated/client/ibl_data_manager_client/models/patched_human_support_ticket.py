from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.human_support_ticket_status_enum import HumanSupportTicketStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedHumanSupportTicket")


@_attrs_define
class PatchedHumanSupportTicket:
    """serializer interface intended for students/ non-admin users. This limits students to
    only update the subject and description of a ticket.

        Attributes:
            subject (str | Unset):
            description (str | Unset):
            status (HumanSupportTicketStatusEnum | Unset): * `open` - Open * `in_progress` - In Progress * `closed` - Closed
    """

    subject: str | Unset = UNSET
    description: str | Unset = UNSET
    status: HumanSupportTicketStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.subject, Unset):
            files.append(("subject", (None, str(self.subject).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.status, Unset):
            files.append(("status", (None, str(self.status.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: HumanSupportTicketStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = HumanSupportTicketStatusEnum(_status)

        patched_human_support_ticket = cls(
            subject=subject,
            description=description,
            status=status,
        )

        patched_human_support_ticket.additional_properties = d
        return patched_human_support_ticket

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
