from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RbacBaseRole")


@_attrs_define
class RbacBaseRole:
    """Serializer for roles.

    Attributes:
        id (int):
        name (str):
        platform_key (str): Platform key where this role belongs
        actions (list[str] | Unset): List of actions/permissions this role can perform (e.g.,
            ['Ibl.Mentor/Settings/read', 'Ibl.Mentor/Settings/write'])
        data_actions (list[str] | Unset): List of data actions/permissions this role can perform for field-level access
            (e.g., ['Ibl.Mentor/Settings/name/read', 'Ibl.Mentor/Settings/email/write'])
    """

    id: int
    name: str
    platform_key: str
    actions: list[str] | Unset = UNSET
    data_actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform_key = self.platform_key

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        data_actions: list[str] | Unset = UNSET
        if not isinstance(self.data_actions, Unset):
            data_actions = self.data_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform_key": platform_key,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if data_actions is not UNSET:
            field_dict["data_actions"] = data_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        platform_key = d.pop("platform_key")

        actions = cast(list[str], d.pop("actions", UNSET))

        data_actions = cast(list[str], d.pop("data_actions", UNSET))

        rbac_base_role = cls(
            id=id,
            name=name,
            platform_key=platform_key,
            actions=actions,
            data_actions=data_actions,
        )

        rbac_base_role.additional_properties = d
        return rbac_base_role

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
