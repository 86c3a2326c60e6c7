from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_xblock_xblock_type import CreateXblockXblockType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateXblock")


@_attrs_define
class CreateXblock:
    """Validate input for creating an xblock under a parent.

    Attributes:
        parent_xblock_id (str): The xblock locator of the parent block.
        xblock_type (CreateXblockXblockType): The type of block to create (section, subsection, unit, html, problem,
            video).  * `section` - section * `subsection` - subsection * `unit` - unit * `html` - html * `problem` - problem
            * `video` - video
        display_name (str): Display name for the new block.
        position (str | Unset): Position within the parent ('first', 'last', or a 1-based index). Default: 'last'.
        content (str | Unset): HTML content body. Only used for html/problem component types. Default: ''.
        markdown (str | Unset): Markdown source. Only used for problem (multiplechoice) components. Default: ''.
    """

    parent_xblock_id: str
    xblock_type: CreateXblockXblockType
    display_name: str
    position: str | Unset = "last"
    content: str | Unset = ""
    markdown: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_xblock_id = self.parent_xblock_id

        xblock_type = self.xblock_type.value

        display_name = self.display_name

        position = self.position

        content = self.content

        markdown = self.markdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent_xblock_id": parent_xblock_id,
                "xblock_type": xblock_type,
                "display_name": display_name,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if content is not UNSET:
            field_dict["content"] = content
        if markdown is not UNSET:
            field_dict["markdown"] = markdown

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("parent_xblock_id", (None, str(self.parent_xblock_id).encode(), "text/plain"))
        )

        files.append(("xblock_type", (None, str(self.xblock_type.value).encode(), "text/plain")))

        files.append(("display_name", (None, str(self.display_name).encode(), "text/plain")))

        if not isinstance(self.position, Unset):
            files.append(("position", (None, str(self.position).encode(), "text/plain")))

        if not isinstance(self.content, Unset):
            files.append(("content", (None, str(self.content).encode(), "text/plain")))

        if not isinstance(self.markdown, Unset):
            files.append(("markdown", (None, str(self.markdown).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_xblock_id = d.pop("parent_xblock_id")

        xblock_type = CreateXblockXblockType(d.pop("xblock_type"))

        display_name = d.pop("display_name")

        position = d.pop("position", UNSET)

        content = d.pop("content", UNSET)

        markdown = d.pop("markdown", UNSET)

        create_xblock = cls(
            parent_xblock_id=parent_xblock_id,
            xblock_type=xblock_type,
            display_name=display_name,
            position=position,
            content=content,
            markdown=markdown,
        )

        create_xblock.additional_properties = d
        return create_xblock

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
