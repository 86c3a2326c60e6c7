from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_memory_entry_request import UserMemoryEntryRequest


T = TypeVar("T", bound="UserMemoryRequest")


@_attrs_define
class UserMemoryRequest:
    """
    Attributes:
        entries (list[UserMemoryEntryRequest]):
        mode (str | Unset):  Default: 'all'.
        name (None | str | Unset):
        platform (None | str | Unset):
        mentor_unique_id (None | str | Unset):
        session_id (None | str | Unset):
        catalog_item_type (None | str | Unset):
        catalog_item_id (None | str | Unset):
        category (None | str | Unset):
    """

    entries: list[UserMemoryEntryRequest]
    mode: str | Unset = "all"
    name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    mentor_unique_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    catalog_item_type: None | str | Unset = UNSET
    catalog_item_id: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        mode = self.mode

        name: None | str | Unset = self.name

        platform: None | str | Unset = self.platform

        mentor_unique_id: None | str | Unset = self.mentor_unique_id

        session_id: None | str | Unset = self.session_id

        catalog_item_type: None | str | Unset = self.catalog_item_type

        catalog_item_id: None | str | Unset = self.catalog_item_id

        category: None | str | Unset = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if mentor_unique_id is not UNSET:
            field_dict["mentor_unique_id"] = mentor_unique_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if catalog_item_type is not UNSET:
            field_dict["catalog_item_type"] = catalog_item_type
        if catalog_item_id is not UNSET:
            field_dict["catalog_item_id"] = catalog_item_id
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for entries_item_element in self.entries:
            files.append(
                (
                    "entries",
                    (None, json.dumps(entries_item_element.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.mode, Unset):
            files.append(("mode", (None, str(self.mode).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str):
                files.append(("name", (None, str(self.name).encode(), "text/plain")))
            else:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.platform, Unset):
            if isinstance(self.platform, str):
                files.append(("platform", (None, str(self.platform).encode(), "text/plain")))
            else:
                files.append(("platform", (None, str(self.platform).encode(), "text/plain")))

        if not isinstance(self.mentor_unique_id, Unset):
            if isinstance(self.mentor_unique_id, str):
                files.append(
                    ("mentor_unique_id", (None, str(self.mentor_unique_id).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("mentor_unique_id", (None, str(self.mentor_unique_id).encode(), "text/plain"))
                )

        if not isinstance(self.session_id, Unset):
            if isinstance(self.session_id, str):
                files.append(("session_id", (None, str(self.session_id).encode(), "text/plain")))
            else:
                files.append(("session_id", (None, str(self.session_id).encode(), "text/plain")))

        if not isinstance(self.catalog_item_type, Unset):
            if isinstance(self.catalog_item_type, str):
                files.append(
                    (
                        "catalog_item_type",
                        (None, str(self.catalog_item_type).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "catalog_item_type",
                        (None, str(self.catalog_item_type).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.catalog_item_id, Unset):
            if isinstance(self.catalog_item_id, str):
                files.append(
                    ("catalog_item_id", (None, str(self.catalog_item_id).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("catalog_item_id", (None, str(self.catalog_item_id).encode(), "text/plain"))
                )

        if not isinstance(self.category, Unset):
            if isinstance(self.category, str):
                files.append(("category", (None, str(self.category).encode(), "text/plain")))
            else:
                files.append(("category", (None, str(self.category).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_memory_entry_request import UserMemoryEntryRequest  # noqa: PLC0415

        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = UserMemoryEntryRequest.from_dict(entries_item_data)

            entries.append(entries_item)

        mode = d.pop("mode", UNSET)

        name = d.pop("name", UNSET)

        platform = d.pop("platform", UNSET)

        mentor_unique_id = d.pop("mentor_unique_id", UNSET)

        session_id = d.pop("session_id", UNSET)

        catalog_item_type = d.pop("catalog_item_type", UNSET)

        catalog_item_id = d.pop("catalog_item_id", UNSET)

        category = d.pop("category", UNSET)

        user_memory_request = cls(
            entries=entries,
            mode=mode,
            name=name,
            platform=platform,
            mentor_unique_id=mentor_unique_id,
            session_id=session_id,
            catalog_item_type=catalog_item_type,
            catalog_item_id=catalog_item_id,
            category=category,
        )

        user_memory_request.additional_properties = d
        return user_memory_request

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
