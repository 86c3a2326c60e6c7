from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebexConfig")


@_attrs_define
class WebexConfig:
    """
    Attributes:
        id (int):
        bot (int):
        webex_bot_id (str): Bot id from webex
        bot_access_token (str):
        bot_username (str):
    """

    id: int
    bot: int
    webex_bot_id: str
    bot_access_token: str
    bot_username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bot = self.bot

        webex_bot_id = self.webex_bot_id

        bot_access_token = self.bot_access_token

        bot_username = self.bot_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "bot": bot,
                "webex_bot_id": webex_bot_id,
                "bot_access_token": bot_access_token,
                "bot_username": bot_username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        bot = d.pop("bot")

        webex_bot_id = d.pop("webex_bot_id")

        bot_access_token = d.pop("bot_access_token")

        bot_username = d.pop("bot_username")

        webex_config = cls(
            id=id,
            bot=bot,
            webex_bot_id=webex_bot_id,
            bot_access_token=bot_access_token,
            bot_username=bot_username,
        )

        webex_config.additional_properties = d
        return webex_config

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
