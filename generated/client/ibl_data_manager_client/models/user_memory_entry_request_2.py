from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMemoryEntryRequest2")


@_attrs_define
class UserMemoryEntryRequest2:
    """
    Attributes:
        key (str):
        unique_id (UUID | Unset):
        value (None | str | Unset):
    """

    key: str
    unique_id: UUID | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        value: None | str | Unset = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("key", (None, str(self.key).encode(), "text/plain")))

        if not isinstance(self.unique_id, Unset):
            files.append(("unique_id", (None, str(self.unique_id), "text/plain")))

        if not isinstance(self.value, Unset):
            if isinstance(self.value, str):
                files.append(("value", (None, str(self.value).encode(), "text/plain")))
            else:
                files.append(("value", (None, str(self.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = UUID(_unique_id)

        value = d.pop("value", UNSET)

        user_memory_entry_request_2 = cls(
            key=key,
            unique_id=unique_id,
            value=value,
        )

        user_memory_entry_request_2.additional_properties = d
        return user_memory_entry_request_2

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
