from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSlackConfig")


@_attrs_define
class PatchedSlackConfig:
    """
    Attributes:
        bot (int | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        app_token (str | Unset):
        verification_token (str | Unset):
    """

    bot: int | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    app_token: str | Unset = UNSET
    verification_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot = self.bot

        client_id = self.client_id

        client_secret = self.client_secret

        app_token = self.app_token

        verification_token = self.verification_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bot is not UNSET:
            field_dict["bot"] = bot
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if app_token is not UNSET:
            field_dict["app_token"] = app_token
        if verification_token is not UNSET:
            field_dict["verification_token"] = verification_token

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.bot, Unset):
            files.append(("bot", (None, str(self.bot).encode(), "text/plain")))

        if not isinstance(self.client_id, Unset):
            files.append(("client_id", (None, str(self.client_id).encode(), "text/plain")))

        if not isinstance(self.client_secret, Unset):
            files.append(("client_secret", (None, str(self.client_secret).encode(), "text/plain")))

        if not isinstance(self.app_token, Unset):
            files.append(("app_token", (None, str(self.app_token).encode(), "text/plain")))

        if not isinstance(self.verification_token, Unset):
            files.append(
                ("verification_token", (None, str(self.verification_token).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bot = d.pop("bot", UNSET)

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        app_token = d.pop("app_token", UNSET)

        verification_token = d.pop("verification_token", UNSET)

        patched_slack_config = cls(
            bot=bot,
            client_id=client_id,
            client_secret=client_secret,
            app_token=app_token,
            verification_token=verification_token,
        )

        patched_slack_config.additional_properties = d
        return patched_slack_config

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
