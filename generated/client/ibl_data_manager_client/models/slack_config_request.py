from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="SlackConfigRequest")


@_attrs_define
class SlackConfigRequest:
    """
    Attributes:
        bot (int):
        client_id (str):
        client_secret (str):
        app_token (str):
        verification_token (str):
    """

    bot: int
    client_id: str
    client_secret: str
    app_token: str
    verification_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot = self.bot

        client_id = self.client_id

        client_secret = self.client_secret

        app_token = self.app_token

        verification_token = self.verification_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot": bot,
                "client_id": client_id,
                "client_secret": client_secret,
                "app_token": app_token,
                "verification_token": verification_token,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("bot", (None, str(self.bot).encode(), "text/plain")))

        files.append(("client_id", (None, str(self.client_id).encode(), "text/plain")))

        files.append(("client_secret", (None, str(self.client_secret).encode(), "text/plain")))

        files.append(("app_token", (None, str(self.app_token).encode(), "text/plain")))

        files.append(
            ("verification_token", (None, str(self.verification_token).encode(), "text/plain"))
        )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bot = d.pop("bot")

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        app_token = d.pop("app_token")

        verification_token = d.pop("verification_token")

        slack_config_request = cls(
            bot=bot,
            client_id=client_id,
            client_secret=client_secret,
            app_token=app_token,
            verification_token=verification_token,
        )

        slack_config_request.additional_properties = d
        return slack_config_request

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
