from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedRbacGroup")


@_attrs_define
class PatchedRbacGroup:
    """Serializer for RBAC groups.

    Attributes:
        unique_id (str | Unset): The unique identifier for the group
        platform_key (str | Unset): The platform key
        name (str | Unset): Optional name of the group
        description (str | Unset): Optional group description
        users_to_add (list[int] | Unset): List of user IDs to add to this group
        users_to_remove (list[int] | Unset): List of user IDs to remove from this group
    """

    unique_id: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    users_to_add: list[int] | Unset = UNSET
    users_to_remove: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = self.unique_id

        platform_key = self.platform_key

        name = self.name

        description = self.description

        users_to_add: list[int] | Unset = UNSET
        if not isinstance(self.users_to_add, Unset):
            users_to_add = self.users_to_add

        users_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.users_to_remove, Unset):
            users_to_remove = self.users_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if users_to_add is not UNSET:
            field_dict["users_to_add"] = users_to_add
        if users_to_remove is not UNSET:
            field_dict["users_to_remove"] = users_to_remove

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.unique_id, Unset):
            files.append(("unique_id", (None, str(self.unique_id).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.users_to_add, Unset):
            for users_to_add_item_element in self.users_to_add:
                files.append(
                    ("users_to_add", (None, str(users_to_add_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.users_to_remove, Unset):
            for users_to_remove_item_element in self.users_to_remove:
                files.append(
                    (
                        "users_to_remove",
                        (None, str(users_to_remove_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unique_id = d.pop("unique_id", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        users_to_add = cast(list[int], d.pop("users_to_add", UNSET))

        users_to_remove = cast(list[int], d.pop("users_to_remove", UNSET))

        patched_rbac_group = cls(
            unique_id=unique_id,
            platform_key=platform_key,
            name=name,
            description=description,
            users_to_add=users_to_add,
            users_to_remove=users_to_remove,
        )

        patched_rbac_group.additional_properties = d
        return patched_rbac_group

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
