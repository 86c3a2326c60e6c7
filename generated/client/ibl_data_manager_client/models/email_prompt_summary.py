from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmailPromptSummary")


@_attrs_define
class EmailPromptSummary:
    """
    Attributes:
        total_emails (int):
        replied_emails (int):
        pending_emails (int):
    """

    total_emails: int
    replied_emails: int
    pending_emails: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_emails = self.total_emails

        replied_emails = self.replied_emails

        pending_emails = self.pending_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_emails": total_emails,
                "replied_emails": replied_emails,
                "pending_emails": pending_emails,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_emails = d.pop("total_emails")

        replied_emails = d.pop("replied_emails")

        pending_emails = d.pop("pending_emails")

        email_prompt_summary = cls(
            total_emails=total_emails,
            replied_emails=replied_emails,
            pending_emails=pending_emails,
        )

        email_prompt_summary.additional_properties = d
        return email_prompt_summary

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
