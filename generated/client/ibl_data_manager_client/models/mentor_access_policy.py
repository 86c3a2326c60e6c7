from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rbac_policy_group import RbacPolicyGroup
    from ..models.rbac_user import RbacUser


T = TypeVar("T", bound="MentorAccessPolicy")


@_attrs_define
class MentorAccessPolicy:
    """
    Attributes:
        id (int):
        name (str): Policy name. If not supplied, defaults to a UUID4
        role (str): Role for accessing this mentor (viewer or editor)
        resources (Any): List of resources this policy applies to
        users (list[RbacUser]):
        groups (list[RbacPolicyGroup]):
    """

    id: int
    name: str
    role: str
    resources: Any
    users: list[RbacUser]
    groups: list[RbacPolicyGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "role": role,
                "resources": resources,
                "users": users,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rbac_policy_group import RbacPolicyGroup  # noqa: PLC0415
        from ..models.rbac_user import RbacUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

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

        mentor_access_policy = cls(
            id=id,
            name=name,
            role=role,
            resources=resources,
            users=users,
            groups=groups,
        )

        mentor_access_policy.additional_properties = d
        return mentor_access_policy

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
