from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationTemplateData")


@_attrs_define
class NotificationTemplateData:
    """
    Attributes:
        message_body (str):      This would be the body of the message. Some context are available to use in the system.
            e.g      ```     This is a sample message to {{username}}.      Available accessors are      - site_name     -
            site_url     - site_logo_url     - username     and <anything passed into context dictionary>     ```
        message_title (None | str | Unset): Title of the message Default: ''.
    """

    message_body: str
    message_title: None | str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_body = self.message_body

        message_title: None | str | Unset = self.message_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_body": message_body,
            }
        )
        if message_title is not UNSET:
            field_dict["message_title"] = message_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_body = d.pop("message_body")

        message_title = d.pop("message_title", UNSET)

        notification_template_data = cls(
            message_body=message_body,
            message_title=message_title,
        )

        notification_template_data.additional_properties = d
        return notification_template_data

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
