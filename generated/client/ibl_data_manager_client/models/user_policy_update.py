from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPolicyUpdate")


@_attrs_define
class UserPolicyUpdate:
    """Serializer for updating user policies on a platform.  Accepts lists of policies to add
    and remove for a specific user on a platform.

        Attributes:
            user_id (int): ID of the user to update policies for
            platform_key (str): Platform key where the user's policies should be updated
            policies_to_add (list[str] | Unset): List of policy names to add to the user
            policies_to_remove (list[str] | Unset): List of policy names to remove from the user
            policies_to_set (list[str] | Unset): List of policy names to set for the user (replaces all existing policies
                with these)
    """

    user_id: int
    platform_key: str
    policies_to_add: list[str] | Unset = UNSET
    policies_to_remove: list[str] | Unset = UNSET
    policies_to_set: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        platform_key = self.platform_key

        policies_to_add: list[str] | Unset = UNSET
        if not isinstance(self.policies_to_add, Unset):
            policies_to_add = self.policies_to_add

        policies_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.policies_to_remove, Unset):
            policies_to_remove = self.policies_to_remove

        policies_to_set: list[str] | Unset = UNSET
        if not isinstance(self.policies_to_set, Unset):
            policies_to_set = self.policies_to_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "platform_key": platform_key,
            }
        )
        if policies_to_add is not UNSET:
            field_dict["policies_to_add"] = policies_to_add
        if policies_to_remove is not UNSET:
            field_dict["policies_to_remove"] = policies_to_remove
        if policies_to_set is not UNSET:
            field_dict["policies_to_set"] = policies_to_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        platform_key = d.pop("platform_key")

        policies_to_add = cast(list[str], d.pop("policies_to_add", UNSET))

        policies_to_remove = cast(list[str], d.pop("policies_to_remove", UNSET))

        policies_to_set = cast(list[str], d.pop("policies_to_set", UNSET))

        user_policy_update = cls(
            user_id=user_id,
            platform_key=platform_key,
            policies_to_add=policies_to_add,
            policies_to_remove=policies_to_remove,
            policies_to_set=policies_to_set,
        )

        user_policy_update.additional_properties = d
        return user_policy_update

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
