from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageViewRequest")


@_attrs_define
class MessageViewRequest:
    """
    Attributes:
        title (str | Unset):
        tools (list[str] | None | Unset): List of tools slugs to use
        enable_artifacts (bool | Unset):
        is_shared (bool | Unset):
    """

    title: str | Unset = UNSET
    tools: list[str] | None | Unset = UNSET
    enable_artifacts: bool | Unset = UNSET
    is_shared: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        tools: list[str] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = self.tools

        else:
            tools = self.tools

        enable_artifacts = self.enable_artifacts

        is_shared = self.is_shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if tools is not UNSET:
            field_dict["tools"] = tools
        if enable_artifacts is not UNSET:
            field_dict["enable_artifacts"] = enable_artifacts
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.tools, Unset):
            if isinstance(self.tools, list):
                for tools_type_0_item_element in self.tools:
                    files.append(
                        ("tools", (None, str(tools_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("tools", (None, str(self.tools).encode(), "text/plain")))

        if not isinstance(self.enable_artifacts, Unset):
            files.append(
                ("enable_artifacts", (None, str(self.enable_artifacts).encode(), "text/plain"))
            )

        if not isinstance(self.is_shared, Unset):
            files.append(("is_shared", (None, str(self.is_shared).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        def _parse_tools(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = cast(list[str], data)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        enable_artifacts = d.pop("enable_artifacts", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        message_view_request = cls(
            title=title,
            tools=tools,
            enable_artifacts=enable_artifacts,
            is_shared=is_shared,
        )

        message_view_request.additional_properties = d
        return message_view_request

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
