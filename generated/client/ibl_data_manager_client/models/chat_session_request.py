from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSessionRequest")


@_attrs_define
class ChatSessionRequest:
    """
    Attributes:
        mentor (str): Name of mentor
        tools (list[str] | Unset): List of tools slugs to use. Passing `null` will use all tools assigned to the mentor.
            For no tools, pass an empty list.
        enable_artifacts (bool | Unset):  Default: False.
        shareable_link_token (str | Unset): Optional token for a mentor's shareable link
    """

    mentor: str
    tools: list[str] | Unset = UNSET
    enable_artifacts: bool | Unset = False
    shareable_link_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor = self.mentor

        tools: list[str] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        enable_artifacts = self.enable_artifacts

        shareable_link_token = self.shareable_link_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor": mentor,
            }
        )
        if tools is not UNSET:
            field_dict["tools"] = tools
        if enable_artifacts is not UNSET:
            field_dict["enable_artifacts"] = enable_artifacts
        if shareable_link_token is not UNSET:
            field_dict["shareable_link_token"] = shareable_link_token

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("mentor", (None, str(self.mentor).encode(), "text/plain")))

        if not isinstance(self.tools, Unset):
            for tools_item_element in self.tools:
                files.append(("tools", (None, str(tools_item_element).encode(), "text/plain")))

        if not isinstance(self.enable_artifacts, Unset):
            files.append(
                ("enable_artifacts", (None, str(self.enable_artifacts).encode(), "text/plain"))
            )

        if not isinstance(self.shareable_link_token, Unset):
            files.append(
                (
                    "shareable_link_token",
                    (None, str(self.shareable_link_token).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor = d.pop("mentor")

        tools = cast(list[str], d.pop("tools", UNSET))

        enable_artifacts = d.pop("enable_artifacts", UNSET)

        shareable_link_token = d.pop("shareable_link_token", UNSET)

        chat_session_request = cls(
            mentor=mentor,
            tools=tools,
            enable_artifacts=enable_artifacts,
            shareable_link_token=shareable_link_token,
        )

        chat_session_request.additional_properties = d
        return chat_session_request

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
