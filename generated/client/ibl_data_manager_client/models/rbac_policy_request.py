from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="RbacPolicyRequest")


@_attrs_define
class RbacPolicyRequest:
    """Serializer for policies.

    Attributes:
        resources (list[str]): List of resource paths this policy grants access to (e.g., ['/platforms/1/mentors',
            '/platforms/1/mentors/settings'])
        role_id (int): ID of the role this policy applies to
        platform_key (str): Platform key where this policy applies
        name (str | Unset): Policy name. If not supplied, defaults to a UUID4
        users_to_add (list[int] | Unset): List of user IDs to add to this Policy
        users_to_remove (list[int] | Unset): List of user IDs to remove from this Policy
        groups_to_add (list[int] | Unset): List of group IDs to add to this Policy
        groups_to_remove (list[int] | Unset): List of group IDs to remove from this Policy
    """

    resources: list[str]
    role_id: int
    platform_key: str
    name: str | Unset = UNSET
    users_to_add: list[int] | Unset = UNSET
    users_to_remove: list[int] | Unset = UNSET
    groups_to_add: list[int] | Unset = UNSET
    groups_to_remove: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources = self.resources

        role_id = self.role_id

        platform_key = self.platform_key

        name = self.name

        users_to_add: list[int] | Unset = UNSET
        if not isinstance(self.users_to_add, Unset):
            users_to_add = self.users_to_add

        users_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.users_to_remove, Unset):
            users_to_remove = self.users_to_remove

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
                "resources": resources,
                "role_id": role_id,
                "platform_key": platform_key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if users_to_add is not UNSET:
            field_dict["users_to_add"] = users_to_add
        if users_to_remove is not UNSET:
            field_dict["users_to_remove"] = users_to_remove
        if groups_to_add is not UNSET:
            field_dict["groups_to_add"] = groups_to_add
        if groups_to_remove is not UNSET:
            field_dict["groups_to_remove"] = groups_to_remove

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for resources_item_element in self.resources:
            files.append(("resources", (None, str(resources_item_element).encode(), "text/plain")))

        files.append(("role_id", (None, str(self.role_id).encode(), "text/plain")))

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

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
        resources = cast(list[str], d.pop("resources"))

        role_id = d.pop("role_id")

        platform_key = d.pop("platform_key")

        name = d.pop("name", UNSET)

        users_to_add = cast(list[int], d.pop("users_to_add", UNSET))

        users_to_remove = cast(list[int], d.pop("users_to_remove", UNSET))

        groups_to_add = cast(list[int], d.pop("groups_to_add", UNSET))

        groups_to_remove = cast(list[int], d.pop("groups_to_remove", UNSET))

        rbac_policy_request = cls(
            resources=resources,
            role_id=role_id,
            platform_key=platform_key,
            name=name,
            users_to_add=users_to_add,
            users_to_remove=users_to_remove,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
        )

        rbac_policy_request.additional_properties = d
        return rbac_policy_request

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
