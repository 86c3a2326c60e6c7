from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorPolicyRequest")


@_attrs_define
class MentorPolicyRequest:
    """Serializer for mentor-specific RBAC policies using ModelSerializer pattern. Accepts
    mentor_id and role, generates resources and role internally.

        Attributes:
            platform_key (str): Platform key where the mentor belongs
            mentor_id (int): ID of the mentor to manage access for
            role (str): Role for accessing this mentor (viewer or editor)
            groups_to_add (list[int] | Unset): List of group IDs to grant access to this mentor
            groups_to_remove (list[int] | Unset): List of group IDs to revoke access from this mentor
            users_to_add (list[int] | Unset): List of user IDs to grant access to this mentor
            usernames_to_add (list[str] | Unset): List of usernames to grant access to this mentor
            emails_to_add (list[str] | Unset): List of user emails to grant access to this mentor
            users_to_remove (list[int] | Unset): List of user IDs to revoke access from this mentor
    """

    platform_key: str
    mentor_id: int
    role: str
    groups_to_add: list[int] | Unset = UNSET
    groups_to_remove: list[int] | Unset = UNSET
    users_to_add: list[int] | Unset = UNSET
    usernames_to_add: list[str] | Unset = UNSET
    emails_to_add: list[str] | Unset = UNSET
    users_to_remove: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        mentor_id = self.mentor_id

        role = self.role

        groups_to_add: list[int] | Unset = UNSET
        if not isinstance(self.groups_to_add, Unset):
            groups_to_add = self.groups_to_add

        groups_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.groups_to_remove, Unset):
            groups_to_remove = self.groups_to_remove

        users_to_add: list[int] | Unset = UNSET
        if not isinstance(self.users_to_add, Unset):
            users_to_add = self.users_to_add

        usernames_to_add: list[str] | Unset = UNSET
        if not isinstance(self.usernames_to_add, Unset):
            usernames_to_add = self.usernames_to_add

        emails_to_add: list[str] | Unset = UNSET
        if not isinstance(self.emails_to_add, Unset):
            emails_to_add = self.emails_to_add

        users_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.users_to_remove, Unset):
            users_to_remove = self.users_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "mentor_id": mentor_id,
                "role": role,
            }
        )
        if groups_to_add is not UNSET:
            field_dict["groups_to_add"] = groups_to_add
        if groups_to_remove is not UNSET:
            field_dict["groups_to_remove"] = groups_to_remove
        if users_to_add is not UNSET:
            field_dict["users_to_add"] = users_to_add
        if usernames_to_add is not UNSET:
            field_dict["usernames_to_add"] = usernames_to_add
        if emails_to_add is not UNSET:
            field_dict["emails_to_add"] = emails_to_add
        if users_to_remove is not UNSET:
            field_dict["users_to_remove"] = users_to_remove

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(("mentor_id", (None, str(self.mentor_id).encode(), "text/plain")))

        files.append(("role", (None, str(self.role).encode(), "text/plain")))

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

        if not isinstance(self.users_to_add, Unset):
            for users_to_add_item_element in self.users_to_add:
                files.append(
                    ("users_to_add", (None, str(users_to_add_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.usernames_to_add, Unset):
            for usernames_to_add_item_element in self.usernames_to_add:
                files.append(
                    (
                        "usernames_to_add",
                        (None, str(usernames_to_add_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.emails_to_add, Unset):
            for emails_to_add_item_element in self.emails_to_add:
                files.append(
                    (
                        "emails_to_add",
                        (None, str(emails_to_add_item_element).encode(), "text/plain"),
                    )
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
        platform_key = d.pop("platform_key")

        mentor_id = d.pop("mentor_id")

        role = d.pop("role")

        groups_to_add = cast(list[int], d.pop("groups_to_add", UNSET))

        groups_to_remove = cast(list[int], d.pop("groups_to_remove", UNSET))

        users_to_add = cast(list[int], d.pop("users_to_add", UNSET))

        usernames_to_add = cast(list[str], d.pop("usernames_to_add", UNSET))

        emails_to_add = cast(list[str], d.pop("emails_to_add", UNSET))

        users_to_remove = cast(list[int], d.pop("users_to_remove", UNSET))

        mentor_policy_request = cls(
            platform_key=platform_key,
            mentor_id=mentor_id,
            role=role,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
            users_to_add=users_to_add,
            usernames_to_add=usernames_to_add,
            emails_to_add=emails_to_add,
            users_to_remove=users_to_remove,
        )

        mentor_policy_request.additional_properties = d
        return mentor_policy_request

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
