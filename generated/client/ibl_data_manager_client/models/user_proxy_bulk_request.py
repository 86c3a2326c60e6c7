from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.user_proxy_bulk_request_users_item import UserProxyBulkRequestUsersItem


T = TypeVar("T", bound="UserProxyBulkRequest")


@_attrs_define
class UserProxyBulkRequest:
    """
    Attributes:
        users (list[UserProxyBulkRequestUsersItem]):
    """

    users: list[UserProxyBulkRequestUsersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for users_item_element in self.users:
            files.append(
                (
                    "users",
                    (None, json.dumps(users_item_element.to_dict()).encode(), "application/json"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_proxy_bulk_request_users_item import UserProxyBulkRequestUsersItem  # noqa: PLC0415

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UserProxyBulkRequestUsersItem.from_dict(users_item_data)

            users.append(users_item)

        user_proxy_bulk_request = cls(
            users=users,
        )

        user_proxy_bulk_request.additional_properties = d
        return user_proxy_bulk_request

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
