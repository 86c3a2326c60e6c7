from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamsConfig")


@_attrs_define
class TeamsConfig:
    """
    Attributes:
        id (int):
        bot (int):
        client_id (str):
        client_secret (str):
        verification_token (str | Unset):
    """

    id: int
    bot: int
    client_id: str
    client_secret: str
    verification_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bot = self.bot

        client_id = self.client_id

        client_secret = self.client_secret

        verification_token = self.verification_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "bot": bot,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if verification_token is not UNSET:
            field_dict["verification_token"] = verification_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        bot = d.pop("bot")

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        verification_token = d.pop("verification_token", UNSET)

        teams_config = cls(
            id=id,
            bot=bot,
            client_id=client_id,
            client_secret=client_secret,
            verification_token=verification_token,
        )

        teams_config.additional_properties = d
        return teams_config

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
