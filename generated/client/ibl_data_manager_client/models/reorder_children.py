from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="ReorderChildren")


@_attrs_define
class ReorderChildren:
    """Validate input for reordering children of an xblock.

    Attributes:
        xblock_id (str): The parent xblock whose children to reorder.
        children (list[str]): Ordered list of child xblock IDs. All existing children must be included.
    """

    xblock_id: str
    children: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xblock_id = self.xblock_id

        children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xblock_id": xblock_id,
                "children": children,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("xblock_id", (None, str(self.xblock_id).encode(), "text/plain")))

        for children_item_element in self.children:
            files.append(("children", (None, str(children_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        xblock_id = d.pop("xblock_id")

        children = cast(list[str], d.pop("children"))

        reorder_children = cls(
            xblock_id=xblock_id,
            children=children,
        )

        reorder_children.additional_properties = d
        return reorder_children

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
