from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rbac_base_role import RbacBaseRole
    from ..models.rbac_platform import RbacPlatform
    from ..models.rbac_policy_group import RbacPolicyGroup
    from ..models.rbac_user import RbacUser


T = TypeVar("T", bound="RbacPolicy")


@_attrs_define
class RbacPolicy:
    """Serializer for policies.

    Attributes:
        id (int):
        role (RbacBaseRole): Serializer for roles.
        platform (RbacPlatform): Serializer for platforms.
        resources (list[str]): List of resource paths this policy grants access to (e.g., ['/platforms/1/mentors',
            '/platforms/1/mentors/settings'])
        users (list[RbacUser]):
        groups (list[RbacPolicyGroup]):
        role_id (int): ID of the role this policy applies to
        platform_key (str): Platform key where this policy applies
        is_internal (bool): When True, this policy is internal to the system and cannot be modified by tenants via API
            endpoints.
        name (str | Unset): Policy name. If not supplied, defaults to a UUID4
        users_to_add (list[int] | Unset): List of user IDs to add to this Policy
        users_to_remove (list[int] | Unset): List of user IDs to remove from this Policy
        groups_to_add (list[int] | Unset): List of group IDs to add to this Policy
        groups_to_remove (list[int] | Unset): List of group IDs to remove from this Policy
    """

    id: int
    role: RbacBaseRole
    platform: RbacPlatform
    resources: list[str]
    users: list[RbacUser]
    groups: list[RbacPolicyGroup]
    role_id: int
    platform_key: str
    is_internal: bool
    name: str | Unset = UNSET
    users_to_add: list[int] | Unset = UNSET
    users_to_remove: list[int] | Unset = UNSET
    groups_to_add: list[int] | Unset = UNSET
    groups_to_remove: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role = self.role.to_dict()

        platform = self.platform.to_dict()

        resources = self.resources

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        role_id = self.role_id

        platform_key = self.platform_key

        is_internal = self.is_internal

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
                "id": id,
                "role": role,
                "platform": platform,
                "resources": resources,
                "users": users,
                "groups": groups,
                "role_id": role_id,
                "platform_key": platform_key,
                "is_internal": is_internal,
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rbac_base_role import RbacBaseRole  # noqa: PLC0415
        from ..models.rbac_platform import RbacPlatform  # noqa: PLC0415
        from ..models.rbac_policy_group import RbacPolicyGroup  # noqa: PLC0415
        from ..models.rbac_user import RbacUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        role = RbacBaseRole.from_dict(d.pop("role"))

        platform = RbacPlatform.from_dict(d.pop("platform"))

        resources = cast(list[str], d.pop("resources"))

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

        role_id = d.pop("role_id")

        platform_key = d.pop("platform_key")

        is_internal = d.pop("is_internal")

        name = d.pop("name", UNSET)

        users_to_add = cast(list[int], d.pop("users_to_add", UNSET))

        users_to_remove = cast(list[int], d.pop("users_to_remove", UNSET))

        groups_to_add = cast(list[int], d.pop("groups_to_add", UNSET))

        groups_to_remove = cast(list[int], d.pop("groups_to_remove", UNSET))

        rbac_policy = cls(
            id=id,
            role=role,
            platform=platform,
            resources=resources,
            users=users,
            groups=groups,
            role_id=role_id,
            platform_key=platform_key,
            is_internal=is_internal,
            name=name,
            users_to_add=users_to_add,
            users_to_remove=users_to_remove,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
        )

        rbac_policy.additional_properties = d
        return rbac_policy

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
