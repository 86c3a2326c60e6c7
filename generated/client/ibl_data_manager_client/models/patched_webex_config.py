from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedWebexConfig")


@_attrs_define
class PatchedWebexConfig:
    """
    Attributes:
        webex_bot_id (str | Unset): Bot id from webex
        bot_access_token (str | Unset):
        bot_username (str | Unset):
    """

    webex_bot_id: str | Unset = UNSET
    bot_access_token: str | Unset = UNSET
    bot_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webex_bot_id = self.webex_bot_id

        bot_access_token = self.bot_access_token

        bot_username = self.bot_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webex_bot_id is not UNSET:
            field_dict["webex_bot_id"] = webex_bot_id
        if bot_access_token is not UNSET:
            field_dict["bot_access_token"] = bot_access_token
        if bot_username is not UNSET:
            field_dict["bot_username"] = bot_username

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.webex_bot_id, Unset):
            files.append(("webex_bot_id", (None, str(self.webex_bot_id).encode(), "text/plain")))

        if not isinstance(self.bot_access_token, Unset):
            files.append(
                ("bot_access_token", (None, str(self.bot_access_token).encode(), "text/plain"))
            )

        if not isinstance(self.bot_username, Unset):
            files.append(("bot_username", (None, str(self.bot_username).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webex_bot_id = d.pop("webex_bot_id", UNSET)

        bot_access_token = d.pop("bot_access_token", UNSET)

        bot_username = d.pop("bot_username", UNSET)

        patched_webex_config = cls(
            webex_bot_id=webex_bot_id,
            bot_access_token=bot_access_token,
            bot_username=bot_username,
        )

        patched_webex_config.additional_properties = d
        return patched_webex_config

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
