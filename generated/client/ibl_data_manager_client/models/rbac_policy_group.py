from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RbacPolicyGroup")


@_attrs_define
class RbacPolicyGroup:
    """Serializer for RBAC groups when returned in a policy.  We are limiting the returne data
    since we don't need everything there

        Attributes:
            id (int):
            unique_id (str): The unique identifier for the group
            name (str | Unset): Optional name of the group
            description (str | Unset): Optional group description
    """

    id: int
    unique_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unique_id = self.unique_id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "unique_id": unique_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        unique_id = d.pop("unique_id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        rbac_policy_group = cls(
            id=id,
            unique_id=unique_id,
            name=name,
            description=description,
        )

        rbac_policy_group.additional_properties = d
        return rbac_policy_group

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
