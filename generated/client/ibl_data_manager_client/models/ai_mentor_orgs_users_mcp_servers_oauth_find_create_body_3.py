from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMentorOrgsUsersMcpServersOauthFindCreateBody3")


@_attrs_define
class AiMentorOrgsUsersMcpServersOauthFindCreateBody3:
    """
    Attributes:
        url (str):
        callback_url (str | Unset):
        name (str | Unset):
    """

    url: str
    callback_url: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        callback_url = self.callback_url

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.callback_url, Unset):
            files.append(("callback_url", (None, str(self.callback_url).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        callback_url = d.pop("callback_url", UNSET)

        name = d.pop("name", UNSET)

        ai_mentor_orgs_users_mcp_servers_oauth_find_create_body_3 = cls(
            url=url,
            callback_url=callback_url,
            name=name,
        )

        ai_mentor_orgs_users_mcp_servers_oauth_find_create_body_3.additional_properties = d
        return ai_mentor_orgs_users_mcp_servers_oauth_find_create_body_3

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
