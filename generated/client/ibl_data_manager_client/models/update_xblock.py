from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateXblock")


@_attrs_define
class UpdateXblock:
    """Validate input for updating an xblock.

    Attributes:
        xblock_id (str): The xblock locator to update.
        display_name (str | Unset): New display name.
        content (str | Unset): New HTML content. Only applicable to component blocks (html, problem).
    """

    xblock_id: str
    display_name: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xblock_id = self.xblock_id

        display_name = self.display_name

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xblock_id": xblock_id,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("xblock_id", (None, str(self.xblock_id).encode(), "text/plain")))

        if not isinstance(self.display_name, Unset):
            files.append(("display_name", (None, str(self.display_name).encode(), "text/plain")))

        if not isinstance(self.content, Unset):
            files.append(("content", (None, str(self.content).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        xblock_id = d.pop("xblock_id")

        display_name = d.pop("display_name", UNSET)

        content = d.pop("content", UNSET)

        update_xblock = cls(
            xblock_id=xblock_id,
            display_name=display_name,
            content=content,
        )

        update_xblock.additional_properties = d
        return update_xblock

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
