from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.what_app_web_hook_entry_item import WhatAppWebHookEntryItem


T = TypeVar("T", bound="WhatAppWebHook")


@_attrs_define
class WhatAppWebHook:
    """
    Attributes:
        entry (list[WhatAppWebHookEntryItem]):
    """

    entry: list[WhatAppWebHookEntryItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry = []
        for entry_item_data in self.entry:
            entry_item = entry_item_data.to_dict()
            entry.append(entry_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry": entry,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for entry_item_element in self.entry:
            files.append(
                (
                    "entry",
                    (None, json.dumps(entry_item_element.to_dict()).encode(), "application/json"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.what_app_web_hook_entry_item import WhatAppWebHookEntryItem  # noqa: PLC0415

        d = dict(src_dict)
        entry = []
        _entry = d.pop("entry")
        for entry_item_data in _entry:
            entry_item = WhatAppWebHookEntryItem.from_dict(entry_item_data)

            entry.append(entry_item)

        what_app_web_hook = cls(
            entry=entry,
        )

        what_app_web_hook.additional_properties = d
        return what_app_web_hook

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
