from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedRbacRole")


@_attrs_define
class PatchedRbacRole:
    """Serializer for roles.

    Attributes:
        name (str | Unset):
        platform_key (str | Unset): Platform key where this role belongs
        actions (list[str] | Unset): List of actions/permissions this role can perform (e.g.,
            ['Ibl.Mentor/Settings/read', 'Ibl.Mentor/Settings/write'])
        data_actions (list[str] | Unset): List of data actions/permissions this role can perform for field-level access
            (e.g., ['Ibl.Mentor/Settings/name/read', 'Ibl.Mentor/Settings/email/write'])
    """

    name: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    data_actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if actions is not UNSET:
            field_dict["actions"] = actions
        if data_actions is not UNSET:
            field_dict["data_actions"] = data_actions

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.actions, Unset):
            for actions_item_element in self.actions:
                files.append(("actions", (None, str(actions_item_element).encode(), "text/plain")))

        if not isinstance(self.data_actions, Unset):
            for data_actions_item_element in self.data_actions:
                files.append(
                    ("data_actions", (None, str(data_actions_item_element).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        data_actions = cast(list[str], d.pop("data_actions", UNSET))

        patched_rbac_role = cls(
            name=name,
            platform_key=platform_key,
            actions=actions,
            data_actions=data_actions,
        )

        patched_rbac_role.additional_properties = d
        return patched_rbac_role

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
