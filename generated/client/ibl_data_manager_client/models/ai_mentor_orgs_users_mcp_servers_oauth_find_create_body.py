from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMentorOrgsUsersMcpServersOauthFindCreateBody")


@_attrs_define
class AiMentorOrgsUsersMcpServersOauthFindCreateBody:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        callback_url = d.pop("callback_url", UNSET)

        name = d.pop("name", UNSET)

        ai_mentor_orgs_users_mcp_servers_oauth_find_create_body = cls(
            url=url,
            callback_url=callback_url,
            name=name,
        )

        ai_mentor_orgs_users_mcp_servers_oauth_find_create_body.additional_properties = d
        return ai_mentor_orgs_users_mcp_servers_oauth_find_create_body

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
