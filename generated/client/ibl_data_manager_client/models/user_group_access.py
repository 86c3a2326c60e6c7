from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_group_access_info import UserGroupAccessInfo


T = TypeVar("T", bound="UserGroupAccess")


@_attrs_define
class UserGroupAccess:
    """ModelSerializer for user group access policies

    Attributes:
        platform_key (str): Platform key where the groups exist
        user_id (int): ID of the user to manage group access for
        policy_id (int): Policy ID
        policy_name (str): Policy name
        groups_with_access (list[UserGroupAccessInfo]): Groups with access
        groups_to_add (list[int] | Unset): List of group IDs to grant access to
        groups_to_remove (list[int] | Unset): List of group IDs to revoke access from
    """

    platform_key: str
    user_id: int
    policy_id: int
    policy_name: str
    groups_with_access: list[UserGroupAccessInfo]
    groups_to_add: list[int] | Unset = UNSET
    groups_to_remove: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        user_id = self.user_id

        policy_id = self.policy_id

        policy_name = self.policy_name

        groups_with_access = []
        for groups_with_access_item_data in self.groups_with_access:
            groups_with_access_item = groups_with_access_item_data.to_dict()
            groups_with_access.append(groups_with_access_item)

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
                "policy_id": policy_id,
                "policy_name": policy_name,
                "groups_with_access": groups_with_access,
            }
        )
        if groups_to_add is not UNSET:
            field_dict["groups_to_add"] = groups_to_add
        if groups_to_remove is not UNSET:
            field_dict["groups_to_remove"] = groups_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_group_access_info import UserGroupAccessInfo  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        user_id = d.pop("user_id")

        policy_id = d.pop("policy_id")

        policy_name = d.pop("policy_name")

        groups_with_access = []
        _groups_with_access = d.pop("groups_with_access")
        for groups_with_access_item_data in _groups_with_access:
            groups_with_access_item = UserGroupAccessInfo.from_dict(groups_with_access_item_data)

            groups_with_access.append(groups_with_access_item)

        groups_to_add = cast(list[int], d.pop("groups_to_add", UNSET))

        groups_to_remove = cast(list[int], d.pop("groups_to_remove", UNSET))

        user_group_access = cls(
            platform_key=platform_key,
            user_id=user_id,
            policy_id=policy_id,
            policy_name=policy_name,
            groups_with_access=groups_with_access,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
        )

        user_group_access.additional_properties = d
        return user_group_access

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
