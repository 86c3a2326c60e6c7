from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """Serializer for user information.

    Attributes:
        user_id (int):
        username (None | str):
        email (None | str):
        name (str):
        is_active (bool | Unset):  Default: True.
        last_active (datetime.datetime | Unset):
        date_joined (datetime.datetime | Unset):
    """

    user_id: int
    username: None | str
    email: None | str
    name: str
    is_active: bool | Unset = True
    last_active: datetime.datetime | Unset = UNSET
    date_joined: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username: None | str = self.username

        email: None | str = self.email

        name = self.name

        is_active = self.is_active

        last_active: str | Unset = UNSET
        if not isinstance(self.last_active, Unset):
            last_active = self.last_active.isoformat()

        date_joined: str | Unset = UNSET
        if not isinstance(self.date_joined, Unset):
            date_joined = self.date_joined.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "name": name,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if last_active is not UNSET:
            field_dict["last_active"] = last_active
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        name = d.pop("name")

        is_active = d.pop("is_active", UNSET)

        _last_active = d.pop("last_active", UNSET)
        last_active: datetime.datetime | Unset
        if isinstance(_last_active, Unset):
            last_active = UNSET
        else:
            last_active = datetime.datetime.fromisoformat(_last_active)

        _date_joined = d.pop("date_joined", UNSET)
        date_joined: datetime.datetime | Unset
        if isinstance(_date_joined, Unset):
            date_joined = UNSET
        else:
            date_joined = datetime.datetime.fromisoformat(_date_joined)

        user_info = cls(
            user_id=user_id,
            username=username,
            email=email,
            name=name,
            is_active=is_active,
            last_active=last_active,
            date_joined=date_joined,
        )

        user_info.additional_properties = d
        return user_info

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
