from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserGroupAccessRequest")


@_attrs_define
class UserGroupAccessRequest:
    """ModelSerializer for user group access policies

    Attributes:
        platform_key (str): Platform key where the groups exist
        user_id (int): ID of the user to manage group access for
        groups_to_add (list[int] | Unset): List of group IDs to grant access to
        groups_to_remove (list[int] | Unset): List of group IDs to revoke access from
    """

    platform_key: str
    user_id: int
    groups_to_add: list[int] | Unset = UNSET
    groups_to_remove: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        user_id = self.user_id

        groups_to_add: list[int] | Unset = UNSET
        if not isinstance(self.groups_to_add, Unset):
            groups_to_add = self.groups_to_add

        groups_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.groups_to_remove, Unset):
            groups_to_remove = self.groups_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "user_id": user_id,
            }
        )
        if groups_to_add is not UNSET:
            field_dict["groups_to_add"] = groups_to_add
        if groups_to_remove is not UNSET:
            field_dict["groups_to_remove"] = groups_to_remove

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        if not isinstance(self.groups_to_add, Unset):
            for groups_to_add_item_element in self.groups_to_add:
                files.append(
                    (
                        "groups_to_add",
                        (None, str(groups_to_add_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.groups_to_remove, Unset):
            for groups_to_remove_item_element in self.groups_to_remove:
                files.append(
                    (
                        "groups_to_remove",
                        (None, str(groups_to_remove_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        user_id = d.pop("user_id")

        groups_to_add = cast(list[int], d.pop("groups_to_add", UNSET))

        groups_to_remove = cast(list[int], d.pop("groups_to_remove", UNSET))

        user_group_access_request = cls(
            platform_key=platform_key,
            user_id=user_id,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
        )

        user_group_access_request.additional_properties = d
        return user_group_access_request

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
