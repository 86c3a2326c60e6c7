from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailPromptDetail")


@_attrs_define
class EmailPromptDetail:
    """
    Attributes:
        id (int):
        inserted_at (str):
        sender_email (str):
        content (str):
        mentor_email (str):
        sender_name (None | str | Unset):
        subject (None | str | Unset):
        mentor_name (None | str | Unset):
        is_processed (bool | Unset):
        mentor_response (None | str | Unset):
        send_status (None | str | Unset):
    """

    id: int
    inserted_at: str
    sender_email: str
    content: str
    mentor_email: str
    sender_name: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    mentor_name: None | str | Unset = UNSET
    is_processed: bool | Unset = UNSET
    mentor_response: None | str | Unset = UNSET
    send_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        inserted_at = self.inserted_at

        sender_email = self.sender_email

        content = self.content

        mentor_email = self.mentor_email

        sender_name: None | str | Unset = self.sender_name

        subject: None | str | Unset = self.subject

        mentor_name: None | str | Unset = self.mentor_name

        is_processed = self.is_processed

        mentor_response: None | str | Unset = self.mentor_response

        send_status: None | str | Unset = self.send_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inserted_at": inserted_at,
                "sender_email": sender_email,
                "content": content,
                "mentor_email": mentor_email,
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
        if mentor_response is not UNSET:
            field_dict["mentor_response"] = mentor_response
        if send_status is not UNSET:
            field_dict["send_status"] = send_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        inserted_at = d.pop("inserted_at")

        sender_email = d.pop("sender_email")

        content = d.pop("content")

        mentor_email = d.pop("mentor_email")

        sender_name = d.pop("sender_name", UNSET)

        subject = d.pop("subject", UNSET)

        mentor_name = d.pop("mentor_name", UNSET)

        is_processed = d.pop("is_processed", UNSET)

        mentor_response = d.pop("mentor_response", UNSET)

        send_status = d.pop("send_status", UNSET)

        email_prompt_detail = cls(
            id=id,
            inserted_at=inserted_at,
            sender_email=sender_email,
            content=content,
            mentor_email=mentor_email,
            sender_name=sender_name,
            subject=subject,
            mentor_name=mentor_name,
            is_processed=is_processed,
            mentor_response=mentor_response,
            send_status=send_status,
        )

        email_prompt_detail.additional_properties = d
        return email_prompt_detail

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
