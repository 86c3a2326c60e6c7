from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserGroupRequest")


@_attrs_define
class UserGroupRequest:
    """Serializer for UserGroups.

    Attributes:
        name (None | str): Group display name
        platform_key (str): The platform key
        description (None | str | Unset): Group description
        users_to_set (list[int] | Unset): List of user IDs to set in this group (replaces all existing users)
    """

    name: None | str
    platform_key: str
    description: None | str | Unset = UNSET
    users_to_set: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str = self.name

        platform_key = self.platform_key

        description: None | str | Unset = self.description

        users_to_set: list[int] | Unset = UNSET
        if not isinstance(self.users_to_set, Unset):
            users_to_set = self.users_to_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "platform_key": platform_key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if users_to_set is not UNSET:
            field_dict["users_to_set"] = users_to_set

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.name, str):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))
        else:
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str):
                files.append(("description", (None, str(self.description).encode(), "text/plain")))
            else:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.users_to_set, Unset):
            for users_to_set_item_element in self.users_to_set:
                files.append(
                    ("users_to_set", (None, str(users_to_set_item_element).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        platform_key = d.pop("platform_key")

        description = d.pop("description", UNSET)

        users_to_set = cast(list[int], d.pop("users_to_set", UNSET))

        user_group_request = cls(
            name=name,
            platform_key=platform_key,
            description=description,
            users_to_set=users_to_set,
        )

        user_group_request.additional_properties = d
        return user_group_request

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
