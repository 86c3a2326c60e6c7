from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPlatformViewPostRequest")


@_attrs_define
class UserPlatformViewPostRequest:
    """
    Attributes:
        user_id (int):
        platform_key (str):
        added_on (datetime.datetime | Unset):
        expired_on (datetime.datetime | Unset):
        is_admin (bool | Unset):
        active (bool | Unset):
    """

    user_id: int
    platform_key: str
    added_on: datetime.datetime | Unset = UNSET
    expired_on: datetime.datetime | Unset = UNSET
    is_admin: bool | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        platform_key = self.platform_key

        added_on: str | Unset = UNSET
        if not isinstance(self.added_on, Unset):
            added_on = self.added_on.isoformat()

        expired_on: str | Unset = UNSET
        if not isinstance(self.expired_on, Unset):
            expired_on = self.expired_on.isoformat()

        is_admin = self.is_admin

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "platform_key": platform_key,
            }
        )
        if added_on is not UNSET:
            field_dict["added_on"] = added_on
        if expired_on is not UNSET:
            field_dict["expired_on"] = expired_on
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.added_on, Unset):
            files.append(("added_on", (None, self.added_on.isoformat().encode(), "text/plain")))

        if not isinstance(self.expired_on, Unset):
            files.append(("expired_on", (None, self.expired_on.isoformat().encode(), "text/plain")))

        if not isinstance(self.is_admin, Unset):
            files.append(("is_admin", (None, str(self.is_admin).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        platform_key = d.pop("platform_key")

        _added_on = d.pop("added_on", UNSET)
        added_on: datetime.datetime | Unset
        if isinstance(_added_on, Unset):
            added_on = UNSET
        else:
            added_on = datetime.datetime.fromisoformat(_added_on)

        _expired_on = d.pop("expired_on", UNSET)
        expired_on: datetime.datetime | Unset
        if isinstance(_expired_on, Unset):
            expired_on = UNSET
        else:
            expired_on = datetime.datetime.fromisoformat(_expired_on)

        is_admin = d.pop("is_admin", UNSET)

        active = d.pop("active", UNSET)

        user_platform_view_post_request = cls(
            user_id=user_id,
            platform_key=platform_key,
            added_on=added_on,
            expired_on=expired_on,
            is_admin=is_admin,
            active=active,
        )

        user_platform_view_post_request.additional_properties = d
        return user_platform_view_post_request

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
