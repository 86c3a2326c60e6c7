from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rbac_policy_group import RbacPolicyGroup
    from ..models.rbac_user import RbacUser


T = TypeVar("T", bound="MentorPolicy")


@_attrs_define
class MentorPolicy:
    """Serializer for mentor-specific RBAC policies using ModelSerializer pattern. Accepts
    mentor_id and role, generates resources and role internally.

        Attributes:
            id (int):
            name (str): Policy name. If not supplied, defaults to a UUID4
            platform_key (str): Platform key where the mentor belongs
            mentor_id (int): ID of the mentor to manage access for
            role (str): Role for accessing this mentor (viewer or editor)
            resources (Any): List of resources this policy applies to
            users (list[RbacUser]):
            groups (list[RbacPolicyGroup]):
            groups_to_add (list[int] | Unset): List of group IDs to grant access to this mentor
            groups_to_remove (list[int] | Unset): List of group IDs to revoke access from this mentor
            users_to_add (list[int] | Unset): List of user IDs to grant access to this mentor
            usernames_to_add (list[str] | Unset): List of usernames to grant access to this mentor
            emails_to_add (list[str] | Unset): List of user emails to grant access to this mentor
            users_to_remove (list[int] | Unset): List of user IDs to revoke access from this mentor
    """

    id: int
    name: str
    platform_key: str
    mentor_id: int
    role: str
    resources: Any
    users: list[RbacUser]
    groups: list[RbacPolicyGroup]
    groups_to_add: list[int] | Unset = UNSET
    groups_to_remove: list[int] | Unset = UNSET
    users_to_add: list[int] | Unset = UNSET
    usernames_to_add: list[str] | Unset = UNSET
    emails_to_add: list[str] | Unset = UNSET
    users_to_remove: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform_key = self.platform_key

        mentor_id = self.mentor_id

        role = self.role

        resources = self.resources

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

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
                "id": id,
                "name": name,
                "platform_key": platform_key,
                "mentor_id": mentor_id,
                "role": role,
                "resources": resources,
                "users": users,
                "groups": groups,
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rbac_policy_group import RbacPolicyGroup  # noqa: PLC0415
        from ..models.rbac_user import RbacUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        platform_key = d.pop("platform_key")

        mentor_id = d.pop("mentor_id")

        role = d.pop("role")

        resources = d.pop("resources")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = RbacUser.from_dict(users_item_data)

            users.append(users_item)

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = RbacPolicyGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        groups_to_add = cast(list[int], d.pop("groups_to_add", UNSET))

        groups_to_remove = cast(list[int], d.pop("groups_to_remove", UNSET))

        users_to_add = cast(list[int], d.pop("users_to_add", UNSET))

        usernames_to_add = cast(list[str], d.pop("usernames_to_add", UNSET))

        emails_to_add = cast(list[str], d.pop("emails_to_add", UNSET))

        users_to_remove = cast(list[int], d.pop("users_to_remove", UNSET))

        mentor_policy = cls(
            id=id,
            name=name,
            platform_key=platform_key,
            mentor_id=mentor_id,
            role=role,
            resources=resources,
            users=users,
            groups=groups,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
            users_to_add=users_to_add,
            usernames_to_add=usernames_to_add,
            emails_to_add=emails_to_add,
            users_to_remove=users_to_remove,
        )

        mentor_policy.additional_properties = d
        return mentor_policy

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
