from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMemoryEntry")


@_attrs_define
class UserMemoryEntry:
    """
    Attributes:
        key (str):
        inserted_at (str):
        updated_at (str):
        expires_at (None | str):
        category (None | str):
        unique_id (UUID | Unset):
        value (None | str | Unset):
    """

    key: str
    inserted_at: str
    updated_at: str
    expires_at: None | str
    category: None | str
    unique_id: UUID | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        expires_at: None | str = self.expires_at

        category: None | str = self.category

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        value: None | str | Unset = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "inserted_at": inserted_at,
                "updated_at": updated_at,
                "expires_at": expires_at,
                "category": category,
            }
        )
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        inserted_at = d.pop("inserted_at")

        updated_at = d.pop("updated_at")

        expires_at = d.pop("expires_at")

        category = d.pop("category")

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = UUID(_unique_id)

        value = d.pop("value", UNSET)

        user_memory_entry = cls(
            key=key,
            inserted_at=inserted_at,
            updated_at=updated_at,
            expires_at=expires_at,
            category=category,
            unique_id=unique_id,
            value=value,
        )

        user_memory_entry.additional_properties = d
        return user_memory_entry

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
