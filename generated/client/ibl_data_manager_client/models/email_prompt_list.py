from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailPromptList")


@_attrs_define
class EmailPromptList:
    """
    Attributes:
        id (int):
        sender_email (str):
        content_summary (None | str):
        mentor_email (str):
        inserted_at (str):
        sender_name (None | str | Unset):
        subject (None | str | Unset):
        mentor_name (None | str | Unset):
        is_processed (bool | Unset):
    """

    id: int
    sender_email: str
    content_summary: None | str
    mentor_email: str
    inserted_at: str
    sender_name: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    mentor_name: None | str | Unset = UNSET
    is_processed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sender_email = self.sender_email

        content_summary: None | str = self.content_summary

        mentor_email = self.mentor_email

        inserted_at = self.inserted_at

        sender_name: None | str | Unset = self.sender_name

        subject: None | str | Unset = self.subject

        mentor_name: None | str | Unset = self.mentor_name

        is_processed = self.is_processed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sender_email": sender_email,
                "content_summary": content_summary,
                "mentor_email": mentor_email,
                "inserted_at": inserted_at,
            }
        )
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if mentor_name is not UNSET:
            field_dict["mentor_name"] = mentor_name
        if is_processed is not UNSET:
            field_dict["is_processed"] = is_processed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        sender_email = d.pop("sender_email")

        content_summary = d.pop("content_summary")

        mentor_email = d.pop("mentor_email")

        inserted_at = d.pop("inserted_at")

        sender_name = d.pop("sender_name", UNSET)

        subject = d.pop("subject", UNSET)

        mentor_name = d.pop("mentor_name", UNSET)

        is_processed = d.pop("is_processed", UNSET)

        email_prompt_list = cls(
            id=id,
            sender_email=sender_email,
            content_summary=content_summary,
            mentor_email=mentor_email,
            inserted_at=inserted_at,
            sender_name=sender_name,
            subject=subject,
            mentor_name=mentor_name,
            is_processed=is_processed,
        )

        email_prompt_list.additional_properties = d
        return email_prompt_list

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
