from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhatsappUserConfig")


@_attrs_define
class WhatsappUserConfig:
    """
    Attributes:
        id (int):
        user (int): edX user ID
        phone_number (str):
        date_created (datetime.datetime):
        last_modified (datetime.datetime):
    """

    id: int
    user: int
    phone_number: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        phone_number = self.phone_number

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "phone_number": phone_number,
                "date_created": date_created,
                "last_modified": last_modified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user = d.pop("user")

        phone_number = d.pop("phone_number")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        last_modified = datetime.datetime.fromisoformat(d.pop("last_modified"))

        whatsapp_user_config = cls(
            id=id,
            user=user,
            phone_number=phone_number,
            date_created=date_created,
            last_modified=last_modified,
        )

        whatsapp_user_config.additional_properties = d
        return whatsapp_user_config

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
